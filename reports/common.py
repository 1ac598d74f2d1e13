"""What several writers share: status order, sorting, the results' own hash, scope.

Only presentation helpers live here; nothing decides a verdict.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from hipaa_scan.scanner.catalogue import SAFEGUARD_ORDER, load_catalogue
from hipaa_scan.scanner.types import Document

#: display order, worst first (fail before error before anything accepted or clean)
STATUS_ORDER = ("fail", "error", "baseline", "waived", "attested", "manual", "not_assessed", "pass", "not_applicable")
STATUS_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
SEVERITY_ORDER = ("critical", "high", "medium", "low")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITY_ORDER)}
STATUS_LABEL = {
    "fail": "fail", "error": "error (not read)", "baseline": "baseline", "waived": "waived",
    "attested": "attested", "manual": "manual", "not_assessed": "not assessed", "pass": "pass",
    "not_applicable": "not applicable",
}
FAMILY_LABEL = {
    "administrative": "Administrative safeguards (164.308)",
    "physical": "Physical safeguards (164.310)",
    "technical": "Technical safeguards (164.312)",
    "organizational": "Organizational requirements (164.314)",
    "documentation": "Policies, procedures and documentation (164.316)",
}
FAMILIES = SAFEGUARD_ORDER


def results_bytes(results: Document) -> bytes:
    """The bytes ``results.json`` has when the json writer writes this document."""
    from hipaa_scan.scanner.inventory import document_text

    return document_text(results).encode("utf-8")


def results_sha256(results: Document) -> str:
    return hashlib.sha256(results_bytes(results)).hexdigest()


def resource_of(f: dict) -> dict:
    return f.get("resource") or {}


def finding_key(f: dict) -> tuple:
    r = resource_of(f)
    return (STATUS_RANK.get(str(f.get("status")), 99), SEVERITY_RANK.get(str(f.get("severity")), 9),
            f.get("control_id", ""), r.get("id", ""))


def sorted_findings(findings: Sequence[Any]) -> list[dict]:
    """Failed first, then errors, then the accepted, then the clean; worst severity first."""
    return sorted(findings, key=finding_key)


def by_control(findings: Sequence[Any]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for f in findings:
        out[f["control_id"]].append(f)
    return out


def control_status(findings: Sequence[Any]) -> str:
    """The worst status among a control's findings (display roll-up)."""
    if not findings:
        return "not_applicable"
    return min((f.get("status", "") for f in findings), key=lambda s: STATUS_RANK.get(s, 99))


def controls_failed_first(results: Document) -> list[tuple[dict, list[dict]]]:
    """(control, its findings sorted) for every control, the failing controls first."""
    groups = by_control(results.get("findings", []))
    controls = {c["id"]: c for c in results.get("controls", [])}
    for cid in groups:
        if cid not in controls:
            f = groups[cid][0]
            controls[cid] = {"id": cid, "title": f.get("title", cid), "severity": f.get("severity", "low"),
                             "hipaa": f.get("hipaa", []), "remediation": f.get("remediation", "")}
    out = []
    for cid, ctl in controls.items():
        fs = sorted_findings(groups.get(cid, []))
        st = ctl.get("status") or control_status(fs)
        out.append((dict(ctl, status=st), fs))
    out.sort(key=lambda t: (STATUS_RANK.get(t[0]["status"], 99), SEVERITY_RANK.get(str(t[0].get("severity")), 9),
                            -sum(1 for f in t[1] if f.get("status") == "fail"), t[0]["id"]))
    return out


def top_failing_controls(results: Document, n: int = 10) -> list[dict]:
    """Controls with the most failed resources: {id, title, severity, hipaa, failed, total}."""
    groups = by_control(results.get("findings", []))
    controls = {c["id"]: c for c in results.get("controls", [])}
    rows = []
    for cid, fs in groups.items():
        failed = sum(1 for f in fs if f.get("status") == "fail")
        if not failed:
            continue
        ctl = controls.get(cid, {})
        rows.append({"id": cid, "title": ctl.get("title") or fs[0].get("title", ""),
                     "severity": ctl.get("severity") or fs[0].get("severity", ""),
                     "hipaa": ctl.get("hipaa") or fs[0].get("hipaa", []), "failed": failed, "total": len(fs)})
    rows.sort(key=lambda r: (SEVERITY_RANK.get(r["severity"], 9), -r["failed"], r["id"]))
    return rows[:n]


def top_failing_resources(results: Document, n: int = 10) -> list[dict]:
    """Resources with the most failed controls: {id, name, type, account, region, failed, worst}."""
    counts: Counter = Counter()
    worst: dict[str, str] = {}
    refs: dict[str, dict] = {}
    for f in results.get("findings", []):
        if f.get("status") != "fail" or not f.get("resource"):
            continue
        rid = f["resource"]["id"]
        counts[rid] += 1
        refs[rid] = f["resource"]
        sev = f.get("severity", "low")
        if rid not in worst or SEVERITY_RANK.get(sev, 9) < SEVERITY_RANK.get(worst[rid], 9):
            worst[rid] = sev
    rows = [dict(refs[rid], failed=c, worst=worst[rid]) for rid, c in counts.items()]
    rows.sort(key=lambda r: (-r["failed"], SEVERITY_RANK.get(r["worst"], 9), r["id"]))
    return rows[:n]


def family_of(citation: str) -> str | None:
    c = load_catalogue().by_id.get(citation)
    return c.safeguard if c else None


def family_coverage(results: Document) -> list[dict]:
    """Per safeguard family: citations by coverage status, and findings by status."""
    cit_counts: dict[str, Counter] = {fam: Counter() for fam in FAMILIES}
    for row in results.get("coverage", []):
        fam = row.get("safeguard") or family_of(row.get("citation", ""))
        if fam in cit_counts:
            cit_counts[fam][row.get("status", "manual")] += 1
    find_counts: dict[str, Counter] = {fam: Counter() for fam in FAMILIES}
    for f in results.get("findings", []):
        fams = {family_of(c) for c in f.get("hipaa", [])}
        for fam in fams:
            if fam in find_counts:
                find_counts[fam][f.get("status", "")] += 1
    out = []
    for fam in FAMILIES:
        out.append({"family": fam, "label": FAMILY_LABEL.get(fam, fam),
                    "citations": {s: cit_counts[fam][s] for s in STATUS_ORDER if cit_counts[fam][s]},
                    "citation_total": sum(cit_counts[fam].values()),
                    "findings": {s: find_counts[fam][s] for s in STATUS_ORDER if find_counts[fam][s]},
                    "finding_total": sum(find_counts[fam].values())})
    return out


def scope(results: Document) -> dict:
    """What was scanned: accounts, regions, hosts, endpoints, IaC paths (targets and findings)."""
    accounts: set[str] = set()
    regions: set[str] = set()
    hosts: set[str] = set()
    endpoints: set[str] = set()
    paths: set[str] = set()
    for t in results.get("scan", {}).get("targets", []) or []:
        if not isinstance(t, dict):
            continue
        for key, bucket in (("account", accounts), ("accounts", accounts), ("region", regions),
                            ("regions", regions), ("host", hosts), ("hosts", hosts), ("endpoint", endpoints),
                            ("endpoints", endpoints), ("path", paths), ("paths", paths), ("root", paths)):
            v = t.get(key)
            if isinstance(v, str) and v:
                bucket.add(v)
            elif isinstance(v, list):
                bucket.update(str(x) for x in v if isinstance(x, (str, int)))
    for f in results.get("findings", []):
        r = resource_of(f)
        if r.get("account"):
            accounts.add(str(r["account"]))
        if r.get("region"):
            regions.add(str(r["region"]))
        rtype = r.get("type", "")
        if rtype == "host":
            hosts.add(r.get("id", ""))
        elif rtype == "tls_endpoint":
            endpoints.add(r.get("id", ""))
        ev = f.get("evidence") or {}
        if isinstance(ev.get("file_path"), str):
            paths.add(ev["file_path"])
    return {"accounts": sorted(accounts), "regions": sorted(regions), "hosts": sorted(h for h in hosts if h),
            "endpoints": sorted(e for e in endpoints if e), "iac_paths": sorted(paths)}


def waiver_entries(results: Document) -> list[dict]:
    """Every waiver the results carry (applied, expired, unused), flattened for display."""
    section = results.get("waivers")
    out: list[dict] = []
    if isinstance(section, dict):
        for state in ("applied", "expired", "unused"):
            for w in section.get(state) or []:
                if isinstance(w, dict):
                    out.append(dict(w, state=state))
    elif isinstance(section, list):
        out.extend(dict(w, state=w.get("state", "listed")) for w in section if isinstance(w, dict))
    return out


def waived_findings(results: Document) -> list[dict]:
    return [f for f in sorted_findings(results.get("findings", []))
            if f.get("status") in ("waived", "baseline")]


def attestation_entries(results: Document) -> list[dict]:
    section = results.get("attestations")
    if isinstance(section, dict):
        return [e for e in section.get("entries") or [] if isinstance(e, dict)]
    if isinstance(section, list):
        return [e for e in section if isinstance(e, dict)]
    return []


def location_of(f: dict) -> str:
    """A one-line location: file:line for IaC, else the resource id."""
    ev = f.get("evidence") or {}
    fp = ev.get("file_path")
    if isinstance(fp, str) and fp:
        lr = ev.get("line_range")
        if isinstance(lr, list) and lr and isinstance(lr[0], int):
            return f"{fp}:{lr[0]}"
        return fp
    return resource_of(f).get("id", "")


def one_line(value: object, limit: int = 300) -> str:
    """A message as one line, markup stripped, length capped (scanner/messages.py): report
    writers apply it defensively to messages an older inventory may still carry raw."""
    from hipaa_scan.scanner.messages import one_line as _one_line

    return _one_line(value, limit)
