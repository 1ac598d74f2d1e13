"""JUnit XML that CI test views (Jenkins, GitLab, GitHub test reporters) render as they are.

Valid against the Jenkins xUnit ``junit-10.xsd`` (kept in tests/specs/). One test case per
control × resource, named ``<control id> <resource id>`` (stable across runs). Suites:

- ``group="control"`` (default): one suite per control; suite properties carry the control
  id, title, severity, citations, resource type, remediation and roll-up status.
- ``group="citation"``: one suite per catalogue citation (all of them, in catalogue order);
  a finding appears in the suite of every citation it serves. A citation no control checks
  has one case, ``<citation> attestation``: skipped while it is manual, passed when attested.

fail → ``<failure type=severity>``, error → ``<error type="collection_error">``, waived /
baseline / not_applicable → ``<skipped message=…>`` saying why; every case's
``<system-out>`` holds status, severity, citations, account, region, location, message and
the evidence the control read.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hipaa_scan.reports import common
from hipaa_scan.scanner.catalogue import load_catalogue
from hipaa_scan.scanner.types import Document, Results

NAME = "junit"
FILENAME = "junit.xml"
DESCRIPTION = "JUnit XML: a suite per control (or per citation, --junit-group citation), a case per resource"
GROUPS = ("control", "citation")

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(value) -> str:
    """Text safe for XML 1.0 (control characters dropped)."""
    return _BAD_XML.sub("", "" if value is None else str(value))


def case_name(f: dict) -> str:
    r = f.get("resource")
    return f"{f['control_id']} {r['id']}" if r else f"{f['control_id']} (no resource in scope)"


def _skip_message(f: dict) -> str:
    st = f["status"]
    if st in ("waived", "baseline"):
        w = f.get("waiver") or {}
        who = ", ".join(f"{k} {w[k]}" for k in ("approver", "ticket", "expires") if w.get(k))
        ident = f" {w['id']}" if w.get("id") else ""
        reason = w.get("reason") or f.get("message", "")
        if st == "baseline":
            return f"baseline{ident}: known failure accepted by the baseline: {reason}" + (f" ({who})" if who else "")
        return f"waived{ident}: {reason}" + (f" ({who})" if who else "")
    if st == "not_applicable":
        return f"not applicable: {f.get('message', '')}"
    return f"{st}: {f.get('message', '')}"


def _stdout(f: dict) -> str:
    r = f.get("resource") or {}
    lines = [f"status: {f['status']}", f"severity: {f.get('severity', '')}",
             f"hipaa: {', '.join(f.get('hipaa', []))}", f"resource: {r.get('id', '-')}",
             f"account: {r.get('account') or '-'}", f"region: {r.get('region') or '-'}",
             f"location: {common.location_of(f) or '-'}", f"message: {common.one_line(f.get('message', ''), 1000)}"]
    if f.get("evidence"):
        lines.append("evidence: " + json.dumps(f["evidence"], ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def _case(parent: ET.Element, f: dict, classname: str) -> ET.Element:
    tc = ET.SubElement(parent, "testcase", {"name": _x(case_name(f)), "classname": _x(classname), "time": "0"})
    st = f["status"]
    if st == "fail":
        el = ET.SubElement(tc, "failure", {"type": _x(f.get("severity", "")),
                                           "message": _x(common.one_line(f.get("message", ""), 1000))})
        el.text = _x(f"Remediation: {f.get('remediation', '')}")
    elif st == "error":
        el = ET.SubElement(tc, "error", {"type": "collection_error",
                                         "message": _x(common.one_line(f.get("message", ""), 1000))})
        el.text = _x("The resource (or what the control reads) could not be collected; the control is not evaluated.")
    elif st in ("waived", "baseline", "not_applicable", "manual"):
        ET.SubElement(tc, "skipped", {"message": _x(_skip_message(f))})
    out = ET.SubElement(tc, "system-out")
    out.text = _x(_stdout(f))
    return tc


def _suite(root: ET.Element, name: str, props: dict, findings: Sequence[Any], sid: int, timestamp, package: str,
           extra=None) -> ET.Element:
    fails = sum(1 for f in findings if f["status"] == "fail")
    errors = sum(1 for f in findings if f["status"] == "error")
    skipped = sum(1 for f in findings if f["status"] in ("waived", "baseline", "not_applicable", "manual"))
    tests = len(findings)
    if extra is not None:
        tests += 1
        skipped += 1 if extra["skipped"] else 0
    attrs = {"name": _x(name), "tests": str(tests), "failures": str(fails), "errors": str(errors),
             "skipped": str(skipped), "time": "0", "id": str(sid), "package": _x(package)}
    if timestamp:
        attrs["timestamp"] = _x(timestamp)
    suite = ET.SubElement(root, "testsuite", attrs)
    pe = ET.SubElement(suite, "properties")
    for k, v in props.items():
        ET.SubElement(pe, "property", {"name": _x(k), "value": _x(v)})
    return suite


def build(results: Document, group: str = "control") -> ET.Element:
    if group not in GROUPS:
        raise ValueError(f"unknown JUnit grouping {group!r} (choose from {', '.join(GROUPS)})")
    findings = results.get("findings", [])
    controls = {c["id"]: c for c in results.get("controls", [])}
    timestamp = (results.get("scan") or {}).get("finished_at")
    root = ET.Element("testsuites", {"name": "hipaa-scan: HIPAA Security Rule", "time": "0"})
    key = lambda f: ((f.get("resource") or {}).get("id", ""), f["status"])  # noqa: E731
    total = fails = errs = 0
    if group == "control":
        by = common.by_control(findings)
        for i, cid in enumerate(sorted(set(by) | set(controls))):
            ctl = controls.get(cid, {})
            fs = sorted(by.get(cid, []), key=key)
            props = {"control_id": cid, "title": ctl.get("title", fs[0]["title"] if fs else ""),
                     "severity": ctl.get("severity", ""), "hipaa": ", ".join(ctl.get("hipaa", [])),
                     "resource_type": ctl.get("resource_type", ""), "remediation": ctl.get("remediation", ""),
                     "status": ctl.get("status") or common.control_status(fs)}
            suite = _suite(root, f"{cid}: {props['title']}", props, fs, i, timestamp, f"hipaa.{cid}")
            for f in fs:
                _case(suite, f, f"hipaa.{cid}")
    else:
        cat = load_catalogue()
        by_cit: dict[str, list[dict]] = defaultdict(list)
        for f in findings:
            for c in f.get("hipaa", []):
                by_cit[c].append(f)
        rows = {r["citation"]: r for r in results.get("coverage", [])}
        for i, c in enumerate(cat.citations):
            fs = sorted(by_cit.get(c.citation, []), key=lambda f: (f["control_id"], *key(f)))
            row = rows.get(c.citation, {})
            status = row.get("status", "manual" if not fs else common.control_status(fs))
            props = {"citation": c.citation, "name": c.name, "safeguard": c.safeguard,
                     "requirement": c.requirement, "status": status,
                     "controls": ", ".join(x["id"] for x in row.get("controls", []))
                     or ("none selected (not assessed)" if status == "not_assessed" else "none (manual)")}
            att = row.get("attestation") or {}
            if att:
                props["attestation"] = (f"{att.get('attested_by', '')} ({att.get('role', '')}), "
                                        f"{att.get('date', '')} to {att.get('expires', '')}: {att.get('status', '')}")
            extra = None
            if not fs:
                extra = {"skipped": status != "attested"}
            cls = f"hipaa.{c.citation}"
            suite = _suite(root, f"{c.citation} {c.name} ({c.requirement})", props, fs, i, timestamp, cls, extra)
            for f in fs:
                _case(suite, f, f"{cls}.{f['control_id']}")
            if extra is not None:
                tc = ET.SubElement(suite, "testcase", {"name": _x(f"{c.citation} attestation"), "classname": cls,
                                                       "time": "0"})
                if status == "attested":
                    out = ET.SubElement(tc, "system-out")
                    out.text = _x(f"attested: {props.get('attestation', '')}\n")
                elif status == "not_assessed":
                    left = ", ".join(row.get("deselected_controls") or [])
                    ET.SubElement(tc, "skipped", {"message": _x(f"not assessed: its controls ({left}) were not "
                                                                 "selected for this run")})
                else:
                    reason = row.get("manual_reason") or "no automated control checks this citation"
                    ET.SubElement(tc, "skipped", {"message": _x(f"manual: {reason}; the organisation must attest it")})
    for suite in root.findall("testsuite"):
        total += int(suite.get("tests", "0"))
        fails += int(suite.get("failures", "0"))
        errs += int(suite.get("errors", "0"))
    root.set("tests", str(total))
    root.set("failures", str(fails))
    root.set("errors", str(errs))
    return root


def render(results: Document, group: str = "control") -> str:
    root = build(results, group)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write(results: Results, path: Path, group: str = "control", **_options) -> None:
    Path(path).write_text(render(results, group), encoding="utf-8")
