"""Security Hub: enabled per region (not subscribed is a fact, not an error)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, read
from hipaa_scan.scanner.types import Resource


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_securityhub_settings"
    rid = f"{ctx.account}/{region}/securityhub"
    sh = ctx.client("securityhub", region)
    res: Resource = {"id": rid, "name": f"Security Hub in {region}", "account": ctx.account, "region": region}
    # InvalidAccessException: "Account ... is not subscribed to AWS Security Hub".
    ok, out = read(ctx, rt, sh.describe_hub, region=region, resource_id=rid, field="enabled",
                   absent=("InvalidAccessException", "ResourceNotFoundException"), absent_value=None)
    if ok:
        res["enabled"] = out is not None
        res["hub_arn"] = (out or {}).get("HubArn")
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_securityhub_settings", "securityhub", "regional", ("securityhub:DescribeHub",),
                 collect_settings, "Security Hub per region"),
]
