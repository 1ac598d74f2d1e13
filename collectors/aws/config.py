"""AWS Config: a recorder recording all resource types (with global ones) per region."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, read
from hipaa_scan.scanner.types import Resource


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_config_settings"
    rid = f"{ctx.account}/{region}/config"
    cfg = ctx.client("config", region)
    res: Resource = {"id": rid, "name": f"AWS Config in {region}", "account": ctx.account, "region": region}
    ok, recs = read(ctx, rt, cfg.describe_configuration_recorders, region=region, resource_id=rid, field="recorder")
    ok2, stats = read(ctx, rt, cfg.describe_configuration_recorder_status, region=region, resource_id=rid,
                      field="recorder")
    if ok and ok2:
        status = {s.get("name"): s for s in stats.get("ConfigurationRecordersStatus", [])}
        recorders = []
        for r in recs.get("ConfigurationRecorders", []):
            group = r.get("recordingGroup") or {}
            recorders.append({"name": r.get("name"),
                              "recording": (status.get(r.get("name")) or {}).get("recording") is True,
                              "all_supported": group.get("allSupported") is True,
                              "include_global_resource_types": group.get("includeGlobalResourceTypes") is True})
        res["recorder"] = {"present": bool(recorders),
                           "recording": any(r["recording"] for r in recorders),
                           "all_supported": any(r["recording"] and r["all_supported"] for r in recorders),
                           "include_global_resource_types": any(r["recording"] and r["include_global_resource_types"]
                                                                for r in recorders)}
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_config_settings", "config", "regional",
                 ("config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus"),
                 collect_settings, "AWS Config recorder per region"),
]
