"""CloudWatch Logs: log groups (KMS, retention) and metric filters (for alarm controls)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource


def collect_log_groups(ctx: AwsContext, region: str) -> None:
    rt = "aws_cloudwatch_log_group"
    logs = ctx.client("logs", region)
    for g in listed(ctx, rt, paginate(logs, "describe_log_groups", "logGroups"), "logGroupName",
                    region=region, operation="DescribeLogGroups"):
        name = g["logGroupName"]
        arn = g.get("logGroupArn") or (g.get("arn") or "").removesuffix(":*") or ctx.arn("logs", region,
                                                                                         f"log-group:{name}")
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region,
               "kms_key_id": g.get("kmsKeyId"),
               # None = never expire
               "retention_in_days": g.get("retentionInDays"),
               "never_expire": g.get("retentionInDays") is None}
        ok, out = read(ctx, rt, logs.list_tags_for_resource, region=region, resource_id=arn, field="tags",
                       resourceArn=arn)
        if ok:
            res["tags"] = dict(out.get("tags") or {})
        ctx.inventory.add(rt, res)


def collect_metric_filters(ctx: AwsContext, region: str) -> None:
    logs = ctx.client("logs", region)
    for f in listed(ctx, "aws_cloudwatch_metric_filter", paginate(logs, "describe_metric_filters", "metricFilters"),
                    "filterName", region=region, operation="DescribeMetricFilters"):
        name, group = f["filterName"], f.get("logGroupName")
        ctx.inventory.add("aws_cloudwatch_metric_filter", {
            "id": ctx.arn("logs", region, f"log-group:{group}:metric-filter:{name}"), "name": name,
            "account": ctx.account, "region": region, "log_group": group,
            "pattern": f.get("filterPattern") or "",
            "metrics": [{"name": t.get("metricName"), "namespace": t.get("metricNamespace")}
                        for t in f.get("metricTransformations", [])],
        })


SPECS = [
    ResourceSpec("aws_cloudwatch_log_group", "logs", "regional", ("logs:DescribeLogGroups", "logs:ListTagsForResource"),
                 collect_log_groups, "CloudWatch Logs log groups"),
    ResourceSpec("aws_cloudwatch_metric_filter", "logs", "regional", ("logs:DescribeMetricFilters",),
                 collect_metric_filters, "CloudWatch Logs metric filters"),
]
