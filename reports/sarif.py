"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

- One rule per control: id, a PascalCase name, the title and description, help text with
  the HIPAA citations and remediation, a default level from the severity, and
  ``properties.tags`` (``hipaa``, each citation, the severity) plus ``security-severity``.
- One result per ``fail`` and ``error`` finding; ``waived`` and ``baseline`` findings are
  results too, carrying a ``suppressions`` entry (GitHub shows them as dismissed, never as
  open). ``pass`` and ``not_applicable`` are not results.
- Locations: an IaC finding whose evidence has ``file_path`` (and ``line_range``) points at
  that file and those lines. Any other finding (an ARN, a host, an endpoint) has a logical
  location with the resource id, and — because GitHub code scanning rejects the whole file
  when a result has no physical location — a physical location under the pseudo-directory
  ``hipaa-scan-resources/<type>/<id>`` that names the resource and no real file.
- Every physical location has a ``region`` (line 1 for a resource that is no file), as GitHub
  code scanning expects one.
- ``partialFingerprints``: ``primaryLocationLineHash`` (the key GitHub tracks alerts by; for an
  IaC finding a hash of control, file and resource address, for any other of control,
  resource type and resource id, so it survives moved lines and reworded messages; given, so
  upload-sarif does not try to hash a pseudo-path that is no file) and ``hipaaScanFinding/v1``
  (control, resource type, resource id).
- A collection error is a result of ``kind: "review"`` (level ``none``, as SARIF requires for a
  kind other than ``fail``): the control could not be judged, nothing is known to fail; each
  inventory error is also a ``toolExecutionNotification``.
- ``invocations[0]``: ``exitCode`` is the gate's exit code; ``executionSuccessful`` is false when
  something could not be read (the scan is incomplete).
- GitHub's upload limits (docs "SARIF results exceed limits"): at most 25,000 results per run
  (the worst kept, the rest counted in a notification), 20 tags per rule; every rule has a
  ``helpUri`` (the eCFR section of its first citation).
- Messages are one line, markup stripped and length capped (scanner/messages.py).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import quote

from hipaa_scan.reports.common import SEVERITY_RANK, one_line
from hipaa_scan.scanner.catalogue import load_catalogue
from hipaa_scan.scanner.types import Document, Results

NAME = "sarif"
FILENAME = "results.sarif"
DESCRIPTION = "SARIF 2.1.0 (GitHub code scanning): one rule per control, one result per fail/error"

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "hipaaScanFinding/v1"
RESOURCE_DIR = "hipaa-scan-resources"
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
#: GitHub code scanning reads this to rank security alerts (0.1–10)
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0"}
_RESULT_STATUSES = ("fail", "error", "waived", "baseline")
#: GitHub code scanning rejects a run with more results, and a rule with more tags
MAX_RESULTS = 25000
MAX_TAGS = 20
ECFR = "https://www.ecfr.gov/current/title-45/section-"


def rule_name(title: str, control_id: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", title) or re.findall(r"[A-Za-z0-9]+", control_id)
    return "".join(w[:1].upper() + w[1:] for w in words)


def fingerprint(f: dict) -> str:
    r = f.get("resource") or {}
    key = "\x00".join((f["control_id"], r.get("type", ""), r.get("id", "")))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def line_hash(f: dict) -> str:
    """``primaryLocationLineHash``: IaC — control, file and resource address (not the line
    number, so a resource moved down its file keeps its alert); anything else — control,
    resource type and resource id. In GitHub's ``<hex>:<occurrence>`` shape."""
    ev = f.get("evidence") or {}
    fp = ev.get("file_path") or ev.get("file")
    if isinstance(fp, str) and fp:
        parts = (f["control_id"], fp, str(ev.get("resource_address") or (f.get("resource") or {}).get("id", "")))
    else:
        r = f.get("resource") or {}
        parts = (f["control_id"], r.get("type", ""), r.get("id", ""))
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16] + ":1"


def help_uri(citations: list[str]) -> str:
    """The eCFR page of the first citation's section (45 CFR 164.xxx)."""
    m = re.match(r"(\d{3}\.\d{3})", citations[0]) if citations else None
    return ECFR + (m.group(1) if m else "164.302")


def _rule(ctl: dict, cat) -> dict:
    cits = list(ctl.get("hipaa", []))
    cit_lines = [f"- {c} {cat[c].name} ({cat[c].requirement})" if c in cat else f"- {c}" for c in cits]
    sev = ctl.get("severity", "medium")
    text = (f"{ctl.get('title', ctl['id'])}\n\n{ctl.get('description') or ''}\n\n"
            f"HIPAA Security Rule citations:\n" + "\n".join(cit_lines) +
            f"\n\nRemediation: {ctl.get('remediation') or ''}\n")
    md = (f"**{ctl.get('title', ctl['id'])}**\n\n{ctl.get('description') or ''}\n\n"
          f"**HIPAA Security Rule (45 CFR)**\n\n" + "\n".join(cit_lines) +
          f"\n\n**Remediation:** {ctl.get('remediation') or ''}\n")
    return {
        "id": ctl["id"],
        "name": rule_name(ctl.get("title", ""), ctl["id"]),
        "shortDescription": {"text": ctl.get("title") or ctl["id"]},
        "fullDescription": {"text": ctl.get("description") or ctl.get("title") or ctl["id"]},
        "helpUri": help_uri(cits),
        "help": {"text": text, "markdown": md},
        "defaultConfiguration": {"level": LEVEL.get(sev, "warning")},
        "properties": {
            "tags": ["hipaa", "security", "compliance", *cits, f"severity:{sev}"][:MAX_TAGS],
            "security-severity": SECURITY_SEVERITY.get(sev, "5.5"),
            "precision": "high",
            "hipaa": cits,
            "severity": sev,
            "resource_type": ctl.get("resource_type", ""),
        },
    }


def _uri_path(*parts: str) -> str:
    return "/".join(quote(p, safe="-._~") or "_" for p in parts)


def locations(f: dict) -> list[dict]:
    r = f.get("resource") or {}
    ev = f.get("evidence") or {}
    logical = {"name": r.get("name") or r.get("id") or f["control_id"],
               "fullyQualifiedName": r.get("id") or f["control_id"], "kind": "resource"}
    fp = ev.get("file_path") or ev.get("file")
    if isinstance(fp, str) and fp:
        physical: dict = {"artifactLocation": {"uri": quote(fp.lstrip("/"), safe="/-._~")}}
        lr = ev.get("line_range")
        region = {"startLine": 1}  # a file-level check result (no line range) points at the file's start
        if isinstance(lr, list) and lr and isinstance(lr[0], int) and lr[0] >= 1:
            region = {"startLine": lr[0]}
            if len(lr) > 1 and isinstance(lr[1], int) and lr[1] >= lr[0]:
                region["endLine"] = lr[1]
        physical["region"] = region
        if ev.get("resource_address"):
            logical["name"] = str(ev["resource_address"])
        return [{"physicalLocation": physical, "logicalLocations": [logical]}]
    if r:
        uri = _uri_path(RESOURCE_DIR, r.get("type") or "resource", r.get("id") or "")
    else:
        uri = _uri_path(RESOURCE_DIR, "control", f["control_id"])
    return [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": 1}},
             "logicalLocations": [logical]}]


def _result(f: dict, rule_index: int) -> dict:
    r = f.get("resource") or {}
    sev = f.get("severity", "medium")
    status = f["status"]
    if status == "error":  # not judged: a review item, never a failure (SARIF: level none for kind review)
        kind, level, text = "review", "none", f"Not evaluated (collection error): {one_line(f.get('message', ''))}"
    else:
        kind, level, text = "fail", LEVEL.get(sev, "warning"), one_line(f.get("message", ""), 1000)
    res = {
        "ruleId": f["control_id"],
        "ruleIndex": rule_index,
        "kind": kind,
        "level": level,
        "message": {"text": text or f["control_id"]},
        "locations": locations(f),
        "partialFingerprints": {"primaryLocationLineHash": line_hash(f), FINGERPRINT_KEY: fingerprint(f)},
        "properties": {
            "status": status, "severity": sev, "hipaa": list(f.get("hipaa", [])),
            "resource": {k: r.get(k) for k in ("type", "id", "name", "account", "region") if r.get(k) is not None},
            "remediation": f.get("remediation", ""),
            "tags": ["hipaa", *f.get("hipaa", [])],
        },
    }
    if status in ("waived", "baseline"):
        w = f.get("waiver") or {}
        just = w.get("reason") or ("known in the baseline" if status == "baseline" else "waived")
        parts = [just] + [f"{k}: {w[k]}" for k in ("approver", "ticket", "expires") if w.get(k)]
        res["suppressions"] = [{"kind": "external", "status": "accepted", "justification": "; ".join(parts)}]
        if status == "baseline":
            res["baselineState"] = "unchanged"
    return res


def build(results: Document) -> dict:
    cat = load_catalogue().by_id
    controls = {c["id"]: c for c in results.get("controls", [])}
    for f in results.get("findings", []):
        controls.setdefault(f["control_id"], {"id": f["control_id"], "title": f.get("title", ""),
                                              "severity": f.get("severity", "medium"), "hipaa": f.get("hipaa", []),
                                              "remediation": f.get("remediation", "")})
    ids = sorted(controls)
    index = {cid: i for i, cid in enumerate(ids)}
    rules = [_rule(controls[cid], cat) for cid in ids]
    chosen = [f for f in results.get("findings", []) if f.get("status") in _RESULT_STATUSES]
    left_out = 0
    if len(chosen) > MAX_RESULTS:  # GitHub rejects the file: keep the worst (unwaived failures first)
        rank = {"fail": 0, "error": 1, "baseline": 2, "waived": 3}
        chosen.sort(key=lambda f: (rank[f["status"]], SEVERITY_RANK.get(str(f.get("severity")), 9)))
        left_out, chosen = len(chosen) - MAX_RESULTS, chosen[:MAX_RESULTS]
    out = [_result(f, index[f["control_id"]]) for f in chosen]
    out.sort(key=lambda x: (x["ruleId"], x["properties"]["resource"].get("id", "")))
    scan = results.get("scan", {})
    gate = results.get("gate", {})
    errors = results.get("errors", []) or []
    incomplete = bool(errors) or any(f.get("status") == "error" for f in results.get("findings", []))
    invocation: dict = {"executionSuccessful": not incomplete,
                        "properties": {"gate": gate.get("verdict"), "exit_code": gate.get("exit_code"),
                                       "fail_on": gate.get("fail_on")}}
    if isinstance(gate.get("exit_code"), int):
        invocation["exitCode"] = gate["exit_code"]
        invocation["exitCodeDescription"] = f"gate {gate.get('verdict', '')}"
    for key, src in (("startTimeUtc", "started_at"), ("endTimeUtc", "finished_at")):
        if scan.get(src):
            invocation[key] = scan[src]
    notes = [{"level": "error", "descriptor": {"id": one_line(e.get("code") or "CollectionError", 80)},
              "message": {"text": one_line(f"{e.get('collector', '?')} could not read "
                                           f"{e.get('resource_id') or e.get('resource_type', '?')}"
                                           f"{' in ' + e['region'] if e.get('region') else ''}: "
                                           f"{e.get('code', '')}: {one_line(e.get('message', ''))}", 1000)}}
             for e in errors]
    if left_out:
        notes.append({"level": "warning", "message": {"text": f"{left_out} results were left out: GitHub code "
                                                              f"scanning accepts at most {MAX_RESULTS} per run "
                                                              "(every finding is in results.json)"}})
    if notes:
        invocation["toolExecutionNotifications"] = notes
    version = scan.get("scanner_version") or "0"
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "hipaa-scan", "version": version, "semanticVersion": version,
                                "rules": rules}},
            "automationDetails": {"id": f"hipaa-scan/{scan.get('id', '')}"},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": out,
            "properties": {"policy_set_sha256": scan.get("policy_set_sha256"),
                           "inventory_sha256": scan.get("inventory_sha256"), "summary": results.get("summary")},
        }],
    }


def write(results: Results, path: Path, **_options) -> None:
    Path(path).write_text(json.dumps(build(results), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
