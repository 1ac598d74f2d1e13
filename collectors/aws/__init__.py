"""AWS collector: every declared resource spec, per account and region, concurrently; read-only."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import botocore.exceptions

from hipaa_scan.collectors.aws.base import DEFAULT_TIMEOUT, Breaker, ResourceSpec
from hipaa_scan.scanner.errors import CollectorError
from hipaa_scan.scanner.inventory import InventoryBuilder

#: One module per AWS service; each declares SPECS.
SERVICE_MODULES = ("s3", "ec2", "rds", "cloudtrail", "iam",
                   # issue 4: AWS breadth
                   "efs", "dynamodb", "opensearch", "redshift", "sns", "sqs", "logs", "cloudwatch", "secretsmanager",
                   "sagemaker", "elasticache", "backup", "ecr", "kinesis", "elb", "elbv2", "cloudfront", "apigateway",
                   "acm", "awslambda", "emr", "kms", "guardduty", "securityhub", "inspector2", "macie",
                   "accessanalyzer", "config", "ssm", "sso", "account",
                   # issue 17: the anchors' checks
                   "dax", "eks",
                   # issue 17, second round: the services the anchors' remaining checks need
                   "waf", "autoscaling", "codebuild", "dms", "ecs", "elasticbeanstalk", "fsx")
DEFAULT_REGIONS = ("us-east-1",)


def all_specs() -> list[ResourceSpec]:
    specs: list[ResourceSpec] = []
    for name in SERVICE_MODULES:
        specs.extend(importlib.import_module(f"hipaa_scan.collectors.aws.{name}").SPECS)
    return specs


def iam_actions() -> list[str]:
    """Every IAM action the collector may call (the least-privilege policy's actions)."""
    from hipaa_scan.collectors.aws.orchestrator import ORCHESTRATOR_ACTIONS

    return sorted({a for s in all_specs() for a in s.actions} | set(ORCHESTRATOR_ACTIONS))


def make_session(profile: str | None = None):
    import boto3

    try:
        return boto3.Session(profile_name=profile)
    except botocore.exceptions.ProfileNotFound as exc:
        raise CollectorError(str(exc), "--profile") from None


def identify(session, endpoint_url: str | None, region: str, config=None) -> str:
    """The account id of the session's credentials (sts:GetCallerIdentity)."""
    sts = session.client("sts", region_name=region, endpoint_url=endpoint_url, config=config)
    if config is not None and config.read_timeout:
        Breaker(float(config.read_timeout)).attach(sts, "sts", region)
    try:
        return sts.get_caller_identity()["Account"]
    except botocore.exceptions.NoCredentialsError:
        raise CollectorError("no AWS credentials found (set AWS_PROFILE, --profile, or the AWS_* variables)") from None
    except (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError) as exc:
        raise CollectorError(f"cannot identify the AWS account: {exc}") from None


def collect_aws(builder: InventoryBuilder, *, session=None, profile: str | None = None,
                regions: list[str] | str | None = None, endpoint_url: str | None = None, workers: int = 16,
                specs: list[ResourceSpec] | None = None, org: bool = False, role_name: str | None = None,
                external_id: str | None = None, accounts: list[str] | None = None,
                progress: Callable | None = None, timeout: float | None = None, max_attempts: int | None = None):
    """Collect one account, given accounts, or an organization's accounts into ``builder``.

    ``regions`` is a list, or ``"all"`` (the regions enabled in each account). Returns a
    :class:`collectors.aws.orchestrator.CollectRun` (``.calls`` lists every API call,
    ``.contexts`` holds one :class:`AwsContext` per readable account). See
    :mod:`collectors.aws.orchestrator` for the plan.
    """
    from hipaa_scan.collectors.aws.orchestrator import collect

    session = session or make_session(profile)
    return collect(builder, session=session, specs=list(specs or all_specs()), identify=identify,
                   regions=regions or list(DEFAULT_REGIONS), endpoint_url=endpoint_url, workers=workers, org=org,
                   role_name=role_name, external_id=external_id, accounts=accounts, progress=progress,
                   timeout=DEFAULT_TIMEOUT if timeout is None else timeout, max_attempts=max_attempts)
