"""CloudWatch: metric alarms (the alarms on CloudTrail metric filters)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate


def collect_alarms(ctx: AwsContext, region: str) -> None:
    cw = ctx.client("cloudwatch", region)
    alarms = paginate(cw, "describe_alarms", "MetricAlarms", AlarmTypes=["MetricAlarm"])
    for a in listed(ctx, "aws_cloudwatch_alarm", alarms,
                    "AlarmArn", "AlarmName", region=region, operation="DescribeAlarms"):
        ctx.inventory.add("aws_cloudwatch_alarm", {
            "id": a["AlarmArn"], "name": a["AlarmName"], "account": ctx.account, "region": region,
            "metric_name": a.get("MetricName"), "namespace": a.get("Namespace"),
            "actions_enabled": a.get("ActionsEnabled") is True,
            "alarm_actions": sorted(a.get("AlarmActions", [])),
        })


SPECS = [
    ResourceSpec("aws_cloudwatch_alarm", "cloudwatch", "regional", ("cloudwatch:DescribeAlarms",), collect_alarms,
                 "CloudWatch metric alarms"),
]
