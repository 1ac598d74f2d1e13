"""IAM Access Analyzer: an active analyzer per region."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, read_pages
from hipaa_scan.scanner.types import Resource


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_access_analyzer_settings"
    rid = f"{ctx.account}/{region}/access-analyzer"
    aa = ctx.client("accessanalyzer", region)
    res: Resource = {"id": rid, "name": f"IAM Access Analyzer in {region}", "account": ctx.account, "region": region}
    ok, analyzers = read_pages(ctx, rt, aa, "list_analyzers", "analyzers", region=region, resource_id=rid,
                               field="active_analyzers")
    if ok:
        res["active_analyzers"] = sorted(a["name"] for a in analyzers if a.get("status") == "ACTIVE"
                                         and a.get("type") in ("ACCOUNT", "ORGANIZATION"))
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_access_analyzer_settings", "accessanalyzer", "regional", ("access-analyzer:ListAnalyzers",),
                 collect_settings, "IAM Access Analyzer per region"),
]
