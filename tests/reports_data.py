"""Results documents for the report-writer tests.

``live_results()`` evaluates a small synthetic inventory with the real policy set (so the
writers are exercised on what the engine really produces today); ``fixture_results()``
loads the pinned copy in tests/fixtures/reports/results.json (so golden files do not move
when someone adds a policy). ``python tests/reports_data.py`` regenerates the pinned copy and the Markdown golden file
(tests/golden/summary.md) — only when the results contract changes: the tests' exact counts
are those of the pinned copy. ``python tests/reports_data.py --golden`` rewrites the golden
file alone.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hipaa_scan.scanner.inventory import document_text  # noqa: E402
from tests.helpers import bucket, inventory  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "reports" / "results.json"
HOSTILE = "<img src=x onerror=alert(1)>"
ACCOUNT = "123456789012"


def _rds(name: str, *, public: bool, encrypted: bool = True) -> dict:
    return {"id": f"arn:aws:rds:us-east-1:{ACCOUNT}:db:{name}", "name": name, "account": ACCOUNT,
            "region": "us-east-1", "tags": {}, "storage_encrypted": encrypted, "publicly_accessible": public,
            "multi_az": True, "backup_retention_period": 7, "engine": "postgres"}


def _iac(check: str, result: str, file: str, lines: list[int], address: str) -> dict:
    return {"id": f"{file}:{address}:{check}", "name": address, "check_id": check,
            "check_name": f"checkov {check}", "result": result, "resource_address": address,
            "framework": "terraform", "file": file, "file_path": file, "start_line": lines[0],
            "end_line": lines[1], "line_range": lines, "tags": {}}


def synthetic_inventory() -> dict:
    hostile = bucket("hostile", encrypted=False)
    hostile["name"] = HOSTILE
    hostile["id"] = f"arn:aws:s3:::{HOSTILE}"
    resources = {
        "aws_s3_bucket": [bucket("phi-images"), bucket("legacy-logs", encrypted=False, logging=False), hostile],
        "aws_rds_instance": [_rds("patients", public=False), _rds("reporting", public=True)],
        "iac_check": [_iac("CKV_AWS_19", "failed", "terraform/storage.tf", [3, 9], "aws_s3_bucket.phi"),
                      _iac("CKV_AWS_19", "passed", "terraform/storage.tf", [11, 17], "aws_s3_bucket.logs")],
    }
    errors = [{"collector": "aws", "resource_type": "aws_ebs_volume", "account": ACCOUNT, "region": "eu-west-1",
               "code": "AccessDenied", "message": "User is not authorized to perform ec2:DescribeVolumes",
               "operation": "DescribeVolumes"}]
    inv = inventory(resources, errors)
    inv["sources"] = [{"collector": "aws", "account": ACCOUNT, "regions": ["us-east-1", "eu-west-1"]},
                      {"collector": "iac", "paths": ["terraform/"]}]
    return inv


def live_results() -> dict:
    """Evaluate the synthetic inventory with the real policy set; add a waiver and an attestation."""
    from hipaa_scan.scanner.evaluate import Evaluator, finalize
    from hipaa_scan.scanner.policies import load_policy_set

    inv = synthetic_inventory()
    doc = Evaluator(load_policy_set()).evaluate(inv, inventory_sha256="a" * 64, fail_on="high", pin=True)
    for f in doc["findings"]:
        if f["control_id"] == "AWS-S3-01" and f["resource"] and f["resource"]["name"] == "legacy-logs":
            f["status"] = "waived"
            f["waiver"] = {"id": "W-001", "reason": "Read-only legacy bucket, deleted with the Q3 migration.",
                           "approver": "jane.doe@example.com", "ticket": "SEC-123", "expires": "2027-03-31",
                           "source": "waivers.yaml:3"}
            f["message"] = "legacy-logs: S3 buckets encrypt data at rest (waived: Read-only legacy bucket)."
    doc["waivers"] = {"file": "waivers.yaml", "as_of": "2026-11-22", "total": 1, "applied": [
        {"id": "W-001", "control": "AWS-S3-01", "resource": {"id": "arn:aws:s3:::legacy-logs"}, "account": None,
         "region": None, "reason": "Read-only legacy bucket, deleted with the Q3 migration.",
         "approver": "jane.doe@example.com", "ticket": "SEC-123", "expires": "2027-03-31",
         "source": "waivers.yaml:3", "findings": [], "count": 1}], "expired": [], "unused": [], "refused": []}
    doc["attestations"] = {"file": "attestations.yaml", "as_of": "2026-11-22", "entries": [
        {"citation": "164.308(a)(1)(ii)(C)", "attested_by": "Jane Doe", "role": "Security Officer",
         "date": "2026-10-01", "expires": "2027-10-01", "evidence": {"url": "https://wiki.example.com/sanctions"},
         "implemented": None, "source": "attestations.yaml:2", "status": "valid"}]}
    return finalize(doc, "high")


def fixture_results() -> dict:
    return copy.deepcopy(json.loads(FIXTURE.read_text(encoding="utf-8")))


if __name__ == "__main__":
    if "--golden" not in sys.argv:
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        FIXTURE.write_text(document_text(live_results()), encoding="utf-8")
    from hipaa_scan.reports import markdown

    golden = ROOT / "tests" / "golden" / "summary.md"
    golden.parent.mkdir(parents=True, exist_ok=True)
    golden.write_text(markdown.render(fixture_results()), encoding="utf-8")
    print(FIXTURE, golden)
