"""AWS collector: every declared resource spec, per region, concurrently; read-only."""

from __future__ import annotations

import importlib
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

import botocore.exceptions

from collectors.aws.base import COLLECTOR, AwsContext, ReadOnlyViolation, ResourceSpec
from scanner.errors import CollectorError
from scanner.inventory import InventoryBuilder, utcnow

#: One module per AWS service; each declares SPECS.
SERVICE_MODULES = ("s3", "ec2", "rds", "cloudtrail", "iam")
DEFAULT_REGIONS = ("us-east-1",)


def all_specs() -> list[ResourceSpec]:
    specs: list[ResourceSpec] = []
    for name in SERVICE_MODULES:
        specs.extend(importlib.import_module(f"collectors.aws.{name}").SPECS)
    return specs


def iam_actions() -> list[str]:
    """Every IAM action the collector may call (the least-privilege policy's actions)."""
    return sorted({a for s in all_specs() for a in s.actions} | {"sts:GetCallerIdentity"})


def make_session(profile: str | None = None):
    import boto3

    try:
        return boto3.Session(profile_name=profile)
    except botocore.exceptions.ProfileNotFound as exc:
        raise CollectorError(str(exc), "--profile") from None


def identify(session, endpoint_url: str | None, region: str) -> str:
    """The account id of the session's credentials (sts:GetCallerIdentity)."""
    sts = session.client("sts", region_name=region, endpoint_url=endpoint_url)
    try:
        return sts.get_caller_identity()["Account"]
    except botocore.exceptions.NoCredentialsError:
        raise CollectorError("no AWS credentials found (set AWS_PROFILE, --profile, or the AWS_* variables)") from None
    except (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError) as exc:
        raise CollectorError(f"cannot identify the AWS account: {exc}") from None


def collect_aws(builder: InventoryBuilder, *, session=None, profile: str | None = None,
                regions: list[str] | None = None, endpoint_url: str | None = None, workers: int = 8,
                specs: list[ResourceSpec] | None = None, progress: Callable[[str], None] | None = None) -> AwsContext:
    """Collect one account into ``builder``; return the context (its ``calls`` list the API calls)."""
    session = session or make_session(profile)
    regions = list(regions or DEFAULT_REGIONS)
    account = identify(session, endpoint_url, regions[0])
    ctx = AwsContext(session=session, account=account, regions=regions, inventory=builder, clock=utcnow,
                     endpoint_url=endpoint_url)
    builder.add_source({"collector": COLLECTOR, "account": account, "regions": regions})
    jobs = []
    for spec in specs or all_specs():
        for region in ([ctx.home_region] if spec.scope == "global" else regions):
            jobs.append((spec, region))

    def run(job):
        spec, region = job
        try:
            spec.collect(ctx, region)
        except (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError, ReadOnlyViolation) as exc:
            ctx.error(spec.resource_type, exc, region=None if spec.scope == "global" else region)
        except Exception as exc:  # noqa: BLE001 — an unexpected response shape is a read failure, never a pass
            ctx.error(spec.resource_type, exc, region=None if spec.scope == "global" else region,
                      code=f"CollectorFailure:{type(exc).__name__}")
        if progress:
            progress(f"{spec.resource_type} {region}")

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        list(pool.map(run, jobs))
    return ctx
