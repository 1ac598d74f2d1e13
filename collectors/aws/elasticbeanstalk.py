"""Elastic Beanstalk: environments (managed platform updates, enhanced health reporting, log streaming)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource

_OPTIONS = {("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled"): "managed_actions_enabled",
            ("aws:elasticbeanstalk:healthreporting:system", "SystemType"): "health_reporting",
            ("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs"): "log_streaming"}


def collect_environments(ctx: AwsContext, region: str) -> None:
    rt = "aws_elastic_beanstalk_environment"
    eb = ctx.client("elasticbeanstalk", region)
    for e in listed(ctx, rt, paginate(eb, "describe_environments", "Environments", IncludeDeleted=False),
                    "EnvironmentArn", "EnvironmentName", "ApplicationName", region=region,
                    operation="DescribeEnvironments"):
        arn = e["EnvironmentArn"]
        res: Resource = {"id": arn, "name": e["EnvironmentName"], "account": ctx.account, "region": region,
                         "status": e.get("Status")}
        ok, out = read(ctx, rt, eb.describe_configuration_settings, region=region, resource_id=arn, field=None,
                       ApplicationName=e["ApplicationName"], EnvironmentName=e["EnvironmentName"])
        if ok:  # every setting comes from this call; a setting not listed is null (Beanstalk's default applies)
            opts = {(o.get("Namespace"), o.get("OptionName")): o.get("Value")
                    for s in out.get("ConfigurationSettings") or [] for o in s.get("OptionSettings") or []}
            for key, fld in _OPTIONS.items():
                val = opts.get(key)
                res[fld] = val.lower() if isinstance(val, str) else None
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_elastic_beanstalk_environment", "elasticbeanstalk", "regional",
                 ("elasticbeanstalk:DescribeEnvironments", "elasticbeanstalk:DescribeConfigurationSettings"),
                 collect_environments, "Elastic Beanstalk environments"),
]
