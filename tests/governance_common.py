"""Shared builders for the governance tests (config, waivers, baseline, attestations, custom policies)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from click.testing import CliRunner

from scanner.cli import cli
from tests.helpers import bucket, inventory

ONE_LINE = re.compile(r"^hipaa-scan: error: [^\n]+\n$")
ACCT = "123456789012"
TODAY = datetime.now(timezone.utc).date()


def day(offset: int) -> str:
    """An ISO date ``offset`` days from today (UTC)."""
    return (TODAY + timedelta(days=offset)).isoformat()


def arn(name: str) -> str:
    return f"arn:aws:s3:::{name}"


def base_inventory(extra: list[dict] | None = None, errors: list[dict] | None = None, unread: bool = True) -> dict:
    """Buckets: 'good' passes everything; 'open' is unencrypted (AWS-S3-01, high);
    'legacy-a' (env=sandbox) and 'legacy-b' (env=prod) have no versioning (AWS-S3-02, medium);
    'unread' could not be read (an error on its versioning field); ``unread=False`` leaves it out."""
    buckets = [
        bucket("good"),
        bucket("open", encrypted=False),
        bucket("legacy-a", versioning="Suspended", tags={"env": "sandbox", "owner": "ops"}),
        bucket("legacy-b", versioning="Disabled", tags={"env": "prod"}),
        *([bucket("unread", versioning=None)] if unread else []),
        *(extra or []),
    ]
    errs = [{"collector": "aws", "resource_type": "aws_s3_bucket", "code": "AccessDenied",
             "message": "GetBucketVersioning denied", "account": ACCT, "region": "us-east-1",
             "resource_id": arn("unread"), "field": "versioning", "operation": "GetBucketVersioning"}]
    return inventory({"aws_s3_bucket": buckets}, (errs if unread else []) if errors is None else errors)


def write(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content, indent=2), encoding="utf-8")
    return path


def run(*args):
    """Invoke the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(cli, [str(a) for a in args])


def statuses(results: dict, control: str) -> dict:
    return {f["resource"]["name"]: f["status"] for f in results["findings"]
            if f["control_id"] == control and f["resource"]}


def finding(results: dict, control: str, name: str) -> dict:
    return next(f for f in results["findings"]
                if f["control_id"] == control and f["resource"] and f["resource"]["name"] == name)


def load(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def first_error(result) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert ONE_LINE.match(result.stderr), result.stderr
    return result.stderr.strip()[len("hipaa-scan: error: "):]


__all__ = ["ACCT", "TODAY", "arn", "base_inventory", "bucket", "date", "day", "finding", "first_error", "load",
           "run", "statuses", "write"]
