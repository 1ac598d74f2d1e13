"""Inspector (v2): EC2, ECR and Lambda scanning enabled per region."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, read
from hipaa_scan.scanner.types import Resource

SCAN_TYPES = ("ec2", "ecr", "lambda")


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_inspector2_settings"
    rid = f"{ctx.account}/{region}/inspector2"
    ins = ctx.client("inspector2", region)
    res: Resource = {"id": rid, "name": f"Inspector in {region}", "account": ctx.account, "region": region}
    ok, out = read(ctx, rt, ins.batch_get_account_status, region=region, resource_id=rid, field="scanning",
                   accountIds=[ctx.account])
    if ok:
        failed = [f for f in out.get("failedAccounts", []) if f.get("accountId") == ctx.account]
        mine = [a for a in out.get("accounts", []) if a.get("accountId") == ctx.account]
        if failed:
            ctx.error(rt, f"{failed[0].get('errorCode')}: {failed[0].get('errorMessage')}", region=region,
                      resource_id=rid, field="scanning", code=failed[0].get("errorCode") or "FailedAccount",
                      operation="BatchGetAccountStatus")
        else:
            state = (mine[0].get("resourceState") if mine else None) or {}
            # An account Inspector has never been enabled in is not listed: nothing is scanned.
            res["scanning"] = {t: (state.get(t) or {}).get("status") == "ENABLED" for t in SCAN_TYPES}
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_inspector2_settings", "inspector2", "regional", ("inspector2:BatchGetAccountStatus",),
                 collect_settings, "Inspector scanning per region"),
]
