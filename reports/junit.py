"""JUnit XML (junit-xml): one suite per control, one test case per control × resource.

fail → <failure>, error → <error>, waived / not_applicable → <skipped>; citations,
severity and remediation are suite properties so CI test views show them.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from junit_xml import TestCase, TestSuite, to_xml_report_string

NAME = "junit"
FILENAME = "junit.xml"
DESCRIPTION = "JUnit XML, one suite per control and one test case per resource"


def case_name(f: dict) -> str:
    r = f.get("resource")
    return f"{f['control_id']} {r['id']}" if r else f"{f['control_id']} (no resource)"


def build_suites(results: dict) -> list[TestSuite]:
    controls = {c["id"]: c for c in results.get("controls", [])}
    by_control: dict[str, list[dict]] = defaultdict(list)
    for f in results["findings"]:
        by_control[f["control_id"]].append(f)
    suites = []
    for cid in sorted(by_control):
        ctl = controls.get(cid, {})
        cases = []
        for f in by_control[cid]:
            r = f.get("resource") or {}
            case = TestCase(case_name(f), classname=f"hipaa.{cid}", elapsed_sec=0.0,
                            file=(f.get("evidence") or {}).get("file_path"),
                            stdout=f"status={f['status']} severity={f['severity']} hipaa={','.join(f['hipaa'])} "
                                   f"account={r.get('account') or ''} region={r.get('region') or ''}\n{f['message']}")
            if f["status"] == "fail":
                case.add_failure_info(message=f["message"], output=f"Remediation: {f.get('remediation', '')}",
                                      failure_type=f["severity"])
            elif f["status"] == "error":
                case.add_error_info(message=f["message"], error_type="collection_error")
            elif f["status"] in ("waived", "baseline"):
                w = f.get("waiver") or {}
                case.add_skipped_info(message=f"{f['status']}: {w.get('reason', f['message'])}")
            elif f["status"] == "not_applicable":
                case.add_skipped_info(message=f"not applicable: {f['message']}")
            cases.append(case)
        props = {"control_id": cid, "title": ctl.get("title", ""), "severity": ctl.get("severity", ""),
                 "hipaa": ",".join(ctl.get("hipaa", [])), "remediation": ctl.get("remediation", "")}
        suites.append(TestSuite(f"{cid}: {ctl.get('title', '')}", cases, properties=props,
                                timestamp=results.get("scan", {}).get("finished_at")))
    return suites


def write(results: dict, path: Path) -> None:
    xml = to_xml_report_string(build_suites(results), prettyprint=True, encoding="utf-8")
    Path(path).write_text(xml, encoding="utf-8")
