"""HTML report (Jinja2, autoescaped): summary, one table per citation, every finding."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import jinja2

from scanner.catalogue import load_catalogue

NAME = "html"
FILENAME = "report.html"
DESCRIPTION = "self-contained HTML evidence report"

_ORDER = {"fail": 0, "error": 1, "waived": 2, "baseline": 3, "pass": 4, "not_applicable": 5, "manual": 6}


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )


def context(results: dict) -> dict:
    findings_by_control = defaultdict(list)
    for f in results["findings"]:
        findings_by_control[f["control_id"]].append(f)
    for fs in findings_by_control.values():
        fs.sort(key=lambda f: (_ORDER.get(f["status"], 9), (f.get("resource") or {}).get("id", "")))
    cat = load_catalogue()
    return {"r": results, "findings_by_control": findings_by_control,
            "controls": {c["id"]: c for c in results["controls"]},
            "catalogue": cat.by_id}


def render(results: dict) -> str:
    return _env().get_template("report.html.j2").render(**context(results))


def write(results: dict, path: Path) -> None:
    Path(path).write_text(render(results), encoding="utf-8")
