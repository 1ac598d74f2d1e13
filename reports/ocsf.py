"""OCSF 1.x Compliance Finding events (class 2003), a JSON array, for Security Lake, Prowler and
other OCSF consumers.

One event per finding with a resource that is not ``not_applicable`` (pass, fail, error,
waived, baseline). The HIPAA Security Rule lives where OCSF puts a framework, never in
``unmapped``: ``compliance.standards`` names the Rule, ``compliance.requirements`` lists the
finding's citations (``164.312(a)(2)(iv)``), ``compliance.control`` names the control
(``AWS-S3-01: S3 buckets encrypt data at rest``), ``compliance.checks`` the control as a check
with its severity and status, and ``compliance.status_id`` is Pass (1), Warning (2: an
``error``, the resource was not read) or Fail (3; also a waived or baseline failure, whose
finding ``status_id`` is Suppressed). Finding ``status_id``: New (1) for fail, error and pass;
Suppressed (3) for waived and baseline. ``finding_info.uid`` is stable across runs (control,
resource type, resource id), ``resources[0]`` carries the resource id, type, region and, in
``data``, its account, the IaC file and lines, and the evidence the control read.

tests/test_reports_ci.py validates every event against py-ocsf-models' ComplianceFinding
(Prowler's OCSF models, from the published OCSF schema) and its JSON Schema.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from hipaa_scan.reports.common import one_line
from hipaa_scan.reports.sarif import fingerprint
from hipaa_scan.scanner.types import Document, Results

NAME = "ocsf"
FILENAME = "results.ocsf.json"
DESCRIPTION = "OCSF 1.x Compliance Finding events (class 2003), HIPAA citations in compliance.requirements"

OCSF_VERSION = "1.5.0"
STANDARD = "HIPAA Security Rule (45 CFR Part 164, Subpart C)"
CLASS_UID, CATEGORY_UID, ACTIVITY_CREATE = 2003, 2, 1
SEVERITY_ID = {"critical": 5, "high": 4, "medium": 3, "low": 2}
#: finding status → (compliance status_id, compliance status, finding status_id, finding status)
STATUS = {
    "fail": (3, "Fail", 1, "New"),
    "error": (2, "Warning", 1, "New"),
    "pass": (1, "Pass", 1, "New"),
    "waived": (3, "Fail", 3, "Suppressed"),
    "baseline": (3, "Fail", 3, "Suppressed"),
}


def epoch_ms(value: object) -> int:
    """An ISO-8601 time as epoch milliseconds (0 when there is none)."""
    if not isinstance(value, str) or not value:
        return 0
    try:
        return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return 0


def event(f: dict, scan: dict, time_ms: int, controls: dict) -> dict:
    r = f.get("resource") or {}
    ev = f.get("evidence") or {}
    sev = str(f.get("severity", "medium"))
    comp_id, comp, status_id, status = STATUS[f["status"]]
    ctl = controls.get(f["control_id"], {})
    data: dict = {"account": r.get("account"), "evidence": ev}
    if isinstance(ev.get("file_path"), str):
        data.update(file_path=ev["file_path"], line_range=ev.get("line_range"))
    if f.get("waiver"):
        data["waiver"] = f["waiver"]
    message = one_line(f.get("message", ""), 1000)
    labels = [f"{k}={v}" for k, v in sorted((r.get("tags") or {}).items())] if isinstance(r.get("tags"), dict) else []
    resource = {"uid": r.get("id", ""), "name": r.get("name") or r.get("id", ""), "type": r.get("type", ""),
                "data": data}
    if r.get("region"):
        resource["region"] = r["region"]
    if labels:
        resource["labels"] = labels
    return {
        "metadata": {"version": OCSF_VERSION, "uid": fingerprint(f),
                     "product": {"name": "hipaa-scan", "vendor_name": "hipaa-scan",
                                 "version": str(scan.get("scanner_version") or "0")},
                     "correlation_uid": str(scan.get("id", ""))},
        "time": time_ms,
        "category_uid": CATEGORY_UID, "category_name": "Findings",
        "class_uid": CLASS_UID, "class_name": "Compliance Finding",
        "activity_id": ACTIVITY_CREATE, "activity_name": "Create",
        "type_uid": CLASS_UID * 100 + ACTIVITY_CREATE, "type_name": "Compliance Finding: Create",
        "severity_id": SEVERITY_ID.get(sev, 3), "severity": sev.capitalize(),
        "status_id": status_id, "status": status, "status_code": f["status"].upper(), "status_detail": message,
        "message": message,
        "finding_info": {"uid": fingerprint(f), "title": one_line(f.get("title") or f["control_id"], 256),
                         "desc": message, "types": ["HIPAA Security Rule", f"Control {f['control_id']}"]},
        "compliance": {
            "standards": [STANDARD],
            "requirements": list(f.get("hipaa", [])),
            "control": f"{f['control_id']}: {one_line(f.get('title', ''), 256)}",
            "desc": one_line(ctl.get("description") or f.get("title", ""), 1000),
            "status_id": comp_id,
            "checks": [{"uid": f["control_id"], "name": one_line(f.get("title", ""), 256), "severity": sev.capitalize(),
                        "severity_id": SEVERITY_ID.get(sev, 3), "status": comp, "status_id": comp_id,
                        "standards": [STANDARD]}],
        },
        "remediation": {"desc": one_line(f.get("remediation") or "See the control's description.", 1000)},
        "resources": [resource],
    }


def build(results: Document) -> list[dict]:
    scan = results.get("scan", {})
    time_ms = epoch_ms(scan.get("finished_at") or scan.get("collected_at"))
    controls = {c["id"]: c for c in results.get("controls", [])}
    return [event(f, scan, time_ms, controls) for f in results.get("findings", [])
            if f.get("resource") and f.get("status") in STATUS]


def write(results: Results, path: Path, **_options) -> None:
    Path(path).write_text(json.dumps(build(results), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
