"""CloudTrail: trails and their status (multi-region, logging, validation, KMS)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, read
from hipaa_scan.scanner.types import Resource


def collect_trails(ctx: AwsContext, region: str) -> None:
    rt = "aws_cloudtrail_trail"
    ct = ctx.client("cloudtrail", region)
    for t in listed(ctx, rt, ct.describe_trails(includeShadowTrails=False).get("trailList"), "TrailARN", "Name",
                    region=region, operation="DescribeTrails"):
        arn = t["TrailARN"]
        home = t.get("HomeRegion") or region
        res: Resource = {"id": arn, "name": t["Name"], "account": ctx.account, "region": home,
               "is_multi_region": t.get("IsMultiRegionTrail") is True,
               "is_organization_trail": t.get("IsOrganizationTrail") is True,
               "log_file_validation": t.get("LogFileValidationEnabled") is True,
               "kms_key_id": t.get("KmsKeyId"), "s3_bucket": t.get("S3BucketName"),
               "cloudwatch_logs_log_group_arn": t.get("CloudWatchLogsLogGroupArn"),
               "include_global_service_events": t.get("IncludeGlobalServiceEvents") is True}
        hc = ctx.client("cloudtrail", home)
        ok, st = read(ctx, rt, hc.get_trail_status, region=home, resource_id=arn, field="is_logging", Name=arn)
        if ok:
            res["is_logging"] = st.get("IsLogging") is True
        ok, sel = read(ctx, rt, hc.get_event_selectors, region=home, resource_id=arn, field="s3_data_events",
                       TrailName=arn)
        if ok:
            res["s3_data_events"] = s3_data_events(sel)
        else:  # the same read gives both facts
            ctx.error(rt, "GetEventSelectors failed", region=home, resource_id=arn, field="data_event_types",
                      operation="GetEventSelectors", code="ReadFailed")
        if ok:
            res["data_event_types"] = data_event_types(sel)
        ctx.inventory.add(rt, res)


def s3_data_events(sel: dict) -> bool:
    """Whether the trail's (basic or advanced) event selectors log S3 object-level events."""
    for es in sel.get("EventSelectors") or []:
        if any(d.get("Type") == "AWS::S3::Object" for d in es.get("DataResources", [])):
            return True
    for aes in sel.get("AdvancedEventSelectors") or []:
        for f in aes.get("FieldSelectors", []):
            if f.get("Field") == "resources.type" and "AWS::S3::Object" in f.get("Equals", []):
                return True
    return False


def data_event_types(sel: dict) -> list[str]:
    """The resource types whose data events the trail's (basic or advanced) selectors log, e.g.
    ``AWS::S3::Object``, ``AWS::Bedrock::Model`` (Bedrock InvokeModel calls)."""
    out: set[str] = set()
    for es in sel.get("EventSelectors") or []:
        out.update(d["Type"] for d in es.get("DataResources", []) if d.get("Type"))
    for aes in sel.get("AdvancedEventSelectors") or []:
        fields = aes.get("FieldSelectors", [])
        if not any(f.get("Field") == "eventCategory" and "Data" in f.get("Equals", []) for f in fields):
            continue
        for f in fields:
            if f.get("Field") == "resources.type":
                out.update(t for t in f.get("Equals", []) if isinstance(t, str))
    return sorted(out)


SPECS = [
    ResourceSpec("aws_cloudtrail_trail", "cloudtrail", "regional",
                 ("cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors"),
                 collect_trails, "CloudTrail trails"),
]
