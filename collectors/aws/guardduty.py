"""GuardDuty: detector enabled per region; high-severity findings left open for more than 30 days."""

from __future__ import annotations

from datetime import timedelta

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, read, read_pages
from hipaa_scan.scanner.types import Resource

STALE_DAYS = 30
HIGH_SEVERITY = 7


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_guardduty_settings"
    rid = f"{ctx.account}/{region}/guardduty"
    gd = ctx.client("guardduty", region)
    res: Resource = {"id": rid, "name": f"GuardDuty in {region}", "account": ctx.account, "region": region}
    ok, ids = read_pages(ctx, rt, gd, "list_detectors", "DetectorIds", region=region, resource_id=rid,
                         field="enabled")
    if not ok:
        ctx.inventory.add(rt, res)
        return
    enabled = []
    for did in ids:
        ok, det = read(ctx, rt, gd.get_detector, region=region, resource_id=rid, field="enabled", DetectorId=did)
        if not ok:
            ctx.inventory.add(rt, res)
            return
        if det.get("Status") == "ENABLED":
            enabled.append(did)
    res["enabled"] = bool(enabled)
    res["detector_ids"] = sorted(ids)
    cutoff = ctx.clock() - timedelta(days=STALE_DAYS)
    stale = 0
    for did in enabled:
        ok, found = read_pages(ctx, rt, gd, "list_findings", "FindingIds", region=region, resource_id=rid,
                               field="stale_high_findings", DetectorId=did, FindingCriteria={"Criterion": {
                                   "severity": {"Gte": HIGH_SEVERITY},
                                   "service.archived": {"Eq": ["false"]},
                                   "updatedAt": {"Lt": int(cutoff.timestamp() * 1000)}}})
        if not ok:
            ctx.inventory.add(rt, res)
            return
        stale += len(found)
    res["stale_high_findings"] = stale
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_guardduty_settings", "guardduty", "regional",
                 ("guardduty:ListDetectors", "guardduty:GetDetector", "guardduty:ListFindings"), collect_settings,
                 "GuardDuty per region"),
]
