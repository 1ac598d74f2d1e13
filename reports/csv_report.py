"""CSV: one row per finding, the columns auditors filter on in a spreadsheet.

Rows are sorted failed first (then error, waived, pass, not applicable), worst severity
first. Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, tab or carriage return) are prefixed with an apostrophe (OWASP CSV injection).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from hipaa_scan.reports import common
from hipaa_scan.scanner.types import Document, Results

NAME = "csv"
FILENAME = "findings.csv"
DESCRIPTION = "CSV, one row per finding (control, citations, severity, status, account, region, resource, waiver)"

COLUMNS = ("control_id", "title", "hipaa", "severity", "status", "account", "region", "resource_type",
           "resource_id", "resource_name", "location", "message", "remediation", "waiver_reason",
           "waiver_approver", "waiver_ticket", "waiver_expires", "evidence")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA):
        return "'" + text
    return text


def rows(results: Document):
    for f in common.sorted_findings(results.get("findings", [])):
        r = f.get("resource") or {}
        w = f.get("waiver") or {}
        yield {
            "control_id": f.get("control_id"), "title": f.get("title"), "hipaa": "; ".join(f.get("hipaa", [])),
            "severity": f.get("severity"), "status": f.get("status"), "account": r.get("account"),
            "region": r.get("region"), "resource_type": r.get("type"), "resource_id": r.get("id"),
            "resource_name": r.get("name"), "location": common.location_of(f), "message": f.get("message"),
            "remediation": f.get("remediation"), "waiver_reason": w.get("reason"),
            "waiver_approver": w.get("approver"), "waiver_ticket": w.get("ticket"), "waiver_expires": w.get("expires"),
            "evidence": json.dumps(f.get("evidence") or {}, ensure_ascii=False, sort_keys=True),
        }


def write(results: Results, path: Path, **_options) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        for row in rows(results):
            w.writerow({k: cell(v) for k, v in row.items()})
