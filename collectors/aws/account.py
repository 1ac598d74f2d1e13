"""Account: the security alternate contact (who AWS notifies about security issues)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, read
from hipaa_scan.scanner.types import Resource


def collect_security_contact(ctx: AwsContext, region: str) -> None:
    rt = "aws_account_contact"
    rid = f"{ctx.account}/security-contact"
    acct = ctx.client("account", region)
    res: Resource = {"id": rid, "name": f"Security contact of {ctx.account}", "account": ctx.account, "region": None}
    ok, out = read(ctx, rt, acct.get_alternate_contact, region=None, resource_id=rid, field="security_contact",
                   absent=("ResourceNotFoundException",), absent_value=None, AlternateContactType="SECURITY")
    if ok:
        c = (out or {}).get("AlternateContact") or {}
        res["security_contact"] = {"present": bool(c.get("EmailAddress")), "email": c.get("EmailAddress"),
                                   "name": c.get("Name")}
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_account_contact", "account", "global", ("account:GetAlternateContact",),
                 collect_security_contact, "The account's security alternate contact"),
]
