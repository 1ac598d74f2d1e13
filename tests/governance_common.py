"""Shared builders for the governance tests (config, waivers, baseline, attestations, custom policies).

The inventories hold ``gov_store`` resources judged by two synthetic controls in
``tests/fixtures/governance/policies`` (GOV-ENC-01 high: ``encrypted``; GOV-VER-01 medium:
``versioning``), evaluated by the real engine. Built-in controls find nothing of that type
(``not_applicable``), so the verdicts and exit codes here do not move when controls are added.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from hipaa_scan.scanner.cli import cli
from tests.helpers import inventory

ONE_LINE = re.compile(r"^hipaa-scan: error: [^\n]+\n$")
ACCT = "123456789012"
TODAY = datetime.now(UTC).date()
POLICIES = Path(__file__).resolve().parent / "fixtures" / "governance" / "policies"
ENC, VER = "GOV-ENC-01", "GOV-VER-01"


def day(offset: int) -> str:
    """An ISO date ``offset`` days from today (UTC)."""
    return (TODAY + timedelta(days=offset)).isoformat()


def arn(name: str) -> str:
    return f"arn:acme:store:::{name}"


def store(name: str, *, encrypted=True, versioning="Enabled", tags=None, region="us-east-1") -> dict:
    s = {"id": arn(name), "name": name, "account": ACCT, "region": region, "tags": dict(tags or {}),
         "encrypted": encrypted}
    if versioning is not None:
        s["versioning"] = versioning
    return s


def base_inventory(extra: list[dict] | None = None, errors: list[dict] | None = None, unread: bool = True) -> dict:
    """Stores: 'good' passes both controls; 'open' is unencrypted (GOV-ENC-01, high);
    'legacy-a' (env=sandbox) and 'legacy-b' (env=prod) keep no versions (GOV-VER-01, medium);
    'unread' could not be read (an error on its versioning field); ``unread=False`` leaves it out."""
    stores = [
        store("good"),
        store("open", encrypted=False),
        store("legacy-a", versioning="Suspended", tags={"env": "sandbox", "owner": "ops"}),
        store("legacy-b", versioning="Disabled", tags={"env": "prod"}),
        *([store("unread", versioning=None)] if unread else []),
        *(extra or []),
    ]
    errs = [{"collector": "test", "resource_type": "gov_store", "code": "AccessDenied",
             "message": "GetVersioning denied", "account": ACCT, "region": "us-east-1",
             "resource_id": arn("unread"), "field": "versioning", "operation": "GetVersioning"}]
    return inventory({"gov_store": stores}, (errs if unread else []) if errors is None else errors)


def write(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content, indent=2), encoding="utf-8")
    return path


def run(*args):
    """Invoke the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(cli, [str(a) for a in args])


def evaluate(*args):
    """``hipaa-scan evaluate … --policy-dir <the synthetic GOV controls>``."""
    return run("evaluate", *args, "--policy-dir", POLICIES)


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


__all__ = ["ACCT", "ENC", "POLICIES", "TODAY", "VER", "arn", "base_inventory", "date", "day", "evaluate", "finding",
           "first_error", "load", "run", "statuses", "store", "write"]
