"""HTML evidence report: one self-contained file an auditor reads without the tool.

Cover (scope, times, versions, gate), summary per safeguard family with inline SVG charts,
the coverage matrix of every catalogue citation, one collapsible section per control
(failed first) with every resource's status, message and evidence, waivers, attestations,
what could not be read, and the sha256 of inventory, results and policy set.

Safety: Jinja2 autoescapes every value; no untrusted string is marked safe. The only
``Markup`` inserted is this package's own static CSS and JavaScript. Data for the script
is embedded with ``tojson`` (which escapes ``<``, ``>``, ``&`` and ``'``) inside
``<script type="application/json">``. A Content-Security-Policy allows no network
request at all, and only the one inline script whose sha256 it names.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

from hipaa_scan.reports import common
from hipaa_scan.scanner.catalogue import load_catalogue
from hipaa_scan.scanner.types import Document, Results

NAME = "html"
FILENAME = "report.html"
DESCRIPTION = "self-contained HTML evidence report (no network requests; prints cleanly)"

#: colours per status (also in report.css); used by the SVG charts
STATUS_COLOUR = {
    "fail": "#c62828", "error": "#b26a00", "baseline": "#6a4fb3", "waived": "#8e7cc3", "attested": "#2e7d8c",
    "manual": "#9aa3ae", "not_assessed": "#e0c3a0", "pass": "#2e7d32", "not_applicable": "#cfd5dc",
}


@functools.lru_cache(maxsize=1)
def _static() -> tuple[str, str]:
    base = resources.files("hipaa_scan.reports").joinpath("templates")
    return (base.joinpath("report.css").read_text(encoding="utf-8"),
            base.joinpath("report.js").read_text(encoding="utf-8"))


def script_hash(js: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("hipaa_scan.reports", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined,
    )
    env.filters["label"] = lambda s: common.STATUS_LABEL.get(s, s)
    env.filters["oneline"] = lambda s: common.one_line(s, 1000)  # a service's HTML error page → its title
    env.filters["anchor"] = _anchor
    return env


def _anchor(value: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in str(value)).strip("-").lower()


def _display(value) -> str:
    """An evidence value as text (JSON for structures); escaped later by the template."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _bar(counts: dict[str, int], width: float) -> list[dict]:
    """Segments of a horizontal stacked bar: {status, x, w, n}."""
    total = sum(counts.values())
    segs: list[dict] = []
    x = 0.0
    if not total:
        return segs
    for s in common.STATUS_ORDER:
        n = counts.get(s, 0)
        if not n:
            continue
        w = width * n / total
        segs.append({"status": s, "x": round(x, 2), "w": round(w, 2), "n": n, "colour": STATUS_COLOUR[s]})
        x += w
    return segs


def _donut(counts: dict[str, int], r: float = 60.0) -> list[dict]:
    """Arcs of a donut chart as stroke-dasharray segments on one circle."""
    import math

    total = sum(counts.values())
    circ = 2 * math.pi * r
    arcs: list[dict] = []
    offset = 0.0
    if not total:
        return arcs
    for s in common.STATUS_ORDER:
        n = counts.get(s, 0)
        if not n:
            continue
        length = circ * n / total
        arcs.append({"status": s, "n": n, "dash": f"{length:.2f} {circ - length:.2f}",
                     "offset": f"{-offset:.2f}", "colour": STATUS_COLOUR[s]})
        offset += length
    return arcs


def context(results: Document, *, print_mode: bool = False, results_data: bytes | None = None) -> dict:
    css, js = _static()
    cat = load_catalogue().by_id
    scan = results.get("scan", {})
    findings = results.get("findings", [])
    status_counts = dict.fromkeys(common.STATUS_ORDER, 0)
    for f in findings:
        status_counts[f.get("status", "")] = status_counts.get(f.get("status", ""), 0) + 1
    status_counts = {s: n for s, n in status_counts.items() if n}
    families = common.family_coverage(results)
    for fam in families:
        fam["citation_bar"] = _bar(fam["citations"], 420)
        fam["finding_bar"] = _bar(fam["findings"], 420)
    controls = []
    citations_seen: set[str] = set()
    accounts: set[str] = set()
    for ctl, fs in common.controls_failed_first(results):
        rows = []
        for f in fs:
            r = common.resource_of(f)
            if r.get("account"):
                accounts.add(str(r["account"]))
            citations_seen.update(f.get("hipaa", []))
            ev = f.get("evidence") or {}
            rows.append({"f": f, "r": r, "evidence": [(k, _display(v)) for k, v in ev.items()],
                         "location": common.location_of(f),
                         "search": " ".join(str(x) for x in (f.get("control_id"), r.get("id"), r.get("name"),
                                                            r.get("account"), r.get("region"),
                                                            common.one_line(f.get("message"), 1000))
                                            if x).lower()})
        counts: dict[str, int] = {}
        for f in fs:
            status = str(f.get("status"))
            counts[status] = counts.get(status, 0) + 1
        controls.append({"c": ctl, "rows": rows, "counts": counts,
                         "citations": [(c, cat[c].name if c in cat else "") for c in ctl.get("hipaa", [])]})
    coverage = results.get("coverage", [])
    manual = [row for row in coverage if row.get("status") == "manual"]
    errors = results.get("errors", []) or []
    error_findings = [f for f in common.sorted_findings(findings) if f.get("status") == "error"]
    filters = {
        "statuses": [s for s in common.STATUS_ORDER if status_counts.get(s)],
        "severities": list(common.SEVERITY_ORDER),
        "citations": [c.citation for c in load_catalogue().citations if c.citation in citations_seen],
        "accounts": sorted(accounts),
    }
    return {
        "r": results, "scan": scan, "gate": results.get("gate", {}), "summary": results.get("summary", {}),
        "status_counts": status_counts, "donut": _donut(status_counts), "total": len(findings),
        "families": families, "top_controls": common.top_failing_controls(results),
        "top_resources": common.top_failing_resources(results), "scope": common.scope(results),
        "coverage": coverage, "manual": manual, "catalogue": cat, "controls": controls,
        "errors": errors, "error_findings": error_findings,
        "waivers": common.waiver_entries(results), "waived": common.waived_findings(results),
        "refused": results["waivers"].get("refused", []) if isinstance(results.get("waivers"), dict) else [],
        "attestations": common.attestation_entries(results), "filters": filters,
        "results_sha256": (hashlib.sha256(results_data).hexdigest() if results_data is not None
                           else common.results_sha256(results)), "print_mode": print_mode,
        "colours": STATUS_COLOUR, "order": common.STATUS_ORDER, "labels": common.STATUS_LABEL,
        "css": Markup(css), "js": Markup(js), "script_hash": script_hash(js),
    }


def render(results: Document, *, print_mode: bool = False, results_data: bytes | None = None) -> str:
    return _env().get_template("report.html.j2").render(**context(results, print_mode=print_mode,
                                                                   results_data=results_data))


def write(results: Results, path: Path, results_data: bytes | None = None, **_options) -> None:
    Path(path).write_text(render(results, results_data=results_data), encoding="utf-8")
