"""GitLab Code Quality (``artifacts:reports:codequality``): one issue per unwaived fail/error.

GitLab reads a JSON array of issues, a subset of the Code Climate engine format: each has a
``description``, a ``check_name``, a unique ``fingerprint``, a ``severity`` (``info``,
``minor``, ``major``, ``critical``, ``blocker``) and a ``location`` with a ``path`` relative to
the repository and ``lines.begin``. tests/specs/gitlab-codequality.schema.json holds that
documented format; tests/test_reports_ci.py checks every document against it.

- An IaC finding points at its file and first line, so the merge request diff shows it.
- Any other finding (an ARN, a host, an endpoint) names the pseudo-path
  ``hipaa-scan-resources/<type>/<id>`` at line 1, as SARIF does (reports/sarif.py).
- ``waived`` and ``baseline`` findings are left out: Code Quality has no suppressed state, and
  a merge request widget would otherwise list accepted risks as new problems.
- The fingerprint hashes control, resource type and resource id (never the message or line),
  so GitLab tracks an issue across runs and edits.
"""

from __future__ import annotations

import json
from pathlib import Path

from hipaa_scan.reports import common
from hipaa_scan.reports.sarif import RESOURCE_DIR, fingerprint
from hipaa_scan.scanner.types import Document, Results

NAME = "codequality"
FILENAME = "gl-code-quality-report.json"
DESCRIPTION = "GitLab Code Quality JSON (artifacts:reports:codequality): one issue per unwaived fail/error"

SEVERITY = {"critical": "critical", "high": "major", "medium": "minor", "low": "info"}


def location(f: dict) -> dict:
    ev = f.get("evidence") or {}
    fp = ev.get("file_path") or ev.get("file")
    if isinstance(fp, str) and fp:
        lr = ev.get("line_range")
        begin = lr[0] if isinstance(lr, list) and lr and isinstance(lr[0], int) and lr[0] >= 1 else 1
        lines = {"begin": begin}
        if isinstance(lr, list) and len(lr) > 1 and isinstance(lr[1], int) and lr[1] > begin:
            lines["end"] = lr[1]
        return {"path": fp.lstrip("/").removeprefix("./"), "lines": lines}
    r = f.get("resource") or {}
    path = "/".join((RESOURCE_DIR, r.get("type") or "control", r.get("id") or f["control_id"]))
    return {"path": path, "lines": {"begin": 1}}


def issue(f: dict) -> dict:
    hipaa = ", ".join(f.get("hipaa", []))
    msg = common.one_line(f.get("message", ""))
    if f["status"] == "error":
        msg = f"Not evaluated (collection error): {msg}"
    return {
        "type": "issue",
        "check_name": f["control_id"],
        "description": f"{f['control_id']} [{hipaa}]: {msg or f.get('title', '')}",
        "content": {"body": f"{f.get('title', '')}\n\nHIPAA Security Rule: {hipaa}\n\n"
                            f"Remediation: {f.get('remediation', '')}"},
        "categories": ["Security"],
        "fingerprint": fingerprint(f),
        "severity": SEVERITY.get(str(f.get("severity")), "minor"),
        "location": location(f),
    }


def build(results: Document) -> list[dict]:
    return [issue(f) for f in common.sorted_findings(results.get("findings", []))
            if f.get("status") in ("fail", "error")]


def write(results: Results, path: Path, **_options) -> None:
    Path(path).write_text(json.dumps(build(results), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
