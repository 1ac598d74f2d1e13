"""Trends over recorded scans: pass rate per safeguard family and per citation, computed in SQL.

The pass rate of a citation in a scan is passed / (passed + failed + error) over the findings
of the controls mapped to it (waived, baseline and not-applicable findings are left out); a
family's rate adds up its citations' counts. ``history trend`` writes it as CSV and as one HTML
page with inline SVG charts (no script, no network request: a Content-Security-Policy forbids
both).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_BY_FAMILY = """
SELECT s.pk, s.scan_id, s.started_at, c.safeguard, SUM(c.n_pass) AS p, SUM(c.n_fail) AS f, SUM(c.n_error) AS e
FROM scans s JOIN coverage c ON c.scan_pk = s.pk
WHERE s.pk IN ({pks})
GROUP BY s.pk, s.scan_id, s.started_at, c.safeguard
"""

_BY_CITATION = """
SELECT c.scan_pk, c.citation, c.safeguard, c.status, c.n_pass AS p, c.n_fail AS f, c.n_error AS e
FROM coverage c WHERE c.scan_pk IN ({pks})
"""


def rate(p: int, f: int, e: int) -> float | None:
    judged = p + f + e
    return round(100.0 * p / judged, 1) if judged else None


@dataclass
class Trend:
    """Scans in time order, and per family / citation one point per scan."""

    scans: list[dict[str, Any]] = field(default_factory=list)  #: {pk, scan_id, started_at, accounts}
    families: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  #: family → [{pass, fail, error, rate}]
    citations: dict[str, dict[str, Any]] = field(default_factory=dict)  #: citation → {safeguard, points}


def compute(conn: Connection, *, since: str | None = None, until: str | None = None, account: str | None = None,
            scope: str | None = None, limit: int | None = None) -> Trend:
    from sqlalchemy import select, text

    from hipaa_scan.scanner.catalogue import SAFEGUARD_ORDER
    from hipaa_scan.scanner.history.schema import scans
    from hipaa_scan.scanner.history.store import _filters

    q = select(scans.c.pk, scans.c.scan_id, scans.c.started_at, scans.c.accounts)
    q = _filters(q, since=since, until=until, account=account, scope=scope).order_by(scans.c.started_at.desc(),
                                                                                     scans.c.pk.desc())
    if limit:
        q = q.limit(limit)
    rows = list(reversed(conn.execute(q).all()))
    t = Trend(scans=[{"pk": r.pk, "scan_id": r.scan_id, "started_at": r.started_at,
                      "accounts": [a for a in r.accounts.split(",") if a]} for r in rows])
    if not rows:
        return t
    index = {r.pk: i for i, r in enumerate(rows)}
    pks = ",".join(str(int(r.pk)) for r in rows)
    empty = {"pass": 0, "fail": 0, "error": 0, "rate": None}
    t.families = {fam: [dict(empty) for _ in rows] for fam in SAFEGUARD_ORDER}
    for r in conn.execute(text(_BY_FAMILY.format(pks=pks))):
        if r.safeguard in t.families:
            p, f, e = int(r.p or 0), int(r.f or 0), int(r.e or 0)
            t.families[r.safeguard][index[r.pk]] = {"pass": p, "fail": f, "error": e, "rate": rate(p, f, e)}
    for r in conn.execute(text(_BY_CITATION.format(pks=pks))):
        entry = t.citations.setdefault(r.citation, {"safeguard": r.safeguard, "points": [None] * len(rows)})
        p, f, e = int(r.p or 0), int(r.f or 0), int(r.e or 0)
        entry["points"][index[r.scan_pk]] = {"status": r.status, "pass": p, "fail": f, "error": e, "rate": rate(p, f, e)}
    return t


def _polyline(values: list[float | None], width: float, height: float, pad: float = 4.0) -> dict[str, Any]:
    """SVG coordinates of a 0–100 % series: one polyline per unbroken run, and the dots."""
    n = len(values)
    step = (width - 2 * pad) / (n - 1) if n > 1 else 0.0
    runs: list[list[str]] = [[]]
    dots = []
    for i, v in enumerate(values):
        if v is None:
            if runs[-1]:
                runs.append([])
            continue
        x = pad + i * step if n > 1 else width / 2
        y = pad + (height - 2 * pad) * (1 - v / 100.0)
        runs[-1].append(f"{x:.1f},{y:.1f}")
        dots.append({"x": f"{x:.1f}", "y": f"{y:.1f}", "v": v})
    return {"lines": [" ".join(r) for r in runs if r], "dots": dots}


def family_charts(t: Trend, width: float = 260, height: float = 80) -> list[dict[str, Any]]:
    """One small chart per safeguard family (for the HTML report and the trend page)."""
    from hipaa_scan.reports.common import FAMILY_LABEL

    charts = []
    for fam, points in t.families.items():
        values = [p["rate"] for p in points]
        if not any(v is not None for v in values):
            continue
        last = next((p for p in reversed(points) if p["rate"] is not None), None)
        charts.append({"family": fam, "label": FAMILY_LABEL.get(fam, fam), "width": width, "height": height,
                       "last": last, "scans": len(points), **_polyline(values, width, height)})
    return charts


def citation_rows(t: Trend) -> list[dict[str, Any]]:
    from hipaa_scan.scanner.catalogue import load_catalogue

    cat = load_catalogue()
    order = {c.citation: i for i, c in enumerate(cat.citations)}
    rows = []
    for cit in sorted(t.citations, key=lambda c: order.get(c, 10**6)):
        entry = t.citations[cit]
        values = [p["rate"] if p else None for p in entry["points"]]
        if not any(v is not None for v in values):
            continue
        last = next((p for p in reversed(entry["points"]) if p), None)
        rows.append({"citation": cit, "name": cat.by_id[cit].name if cit in cat.by_id else "",
                     "safeguard": entry["safeguard"], "last": last, **_polyline(values, 160, 28, 3)})
    return rows


def to_csv(t: Trend) -> str:
    """One row per (scan, family or citation): counts and pass rate."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["scan_id", "started_at", "level", "name", "status", "pass", "fail", "error", "pass_rate"])
    for i, s in enumerate(t.scans):
        for fam, points in t.families.items():
            p = points[i]
            w.writerow([s["scan_id"], s["started_at"], "family", fam, "", p["pass"], p["fail"], p["error"],
                        "" if p["rate"] is None else p["rate"]])
        for cit, entry in sorted(t.citations.items()):
            q = entry["points"][i]
            if q is None:
                continue
            w.writerow([s["scan_id"], s["started_at"], "citation", cit, q["status"], q["pass"], q["fail"], q["error"],
                        "" if q["rate"] is None else q["rate"]])
    return buf.getvalue()


def render_html(t: Trend, title: str = "hipaa-scan: compliance trend") -> str:
    from hipaa_scan.scanner.history.pages import render

    return render("trend.html.j2", title=title, trend=t, charts=family_charts(t, 520, 160),
                  citations=citation_rows(t))


def write(t: Trend, out_dir: Path, formats: list[str]) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    if "csv" in formats:
        p = out_dir / "trend.csv"
        p.write_text(to_csv(t), encoding="utf-8")
        written.append(p)
    if "html" in formats:
        p = out_dir / "trend.html"
        p.write_text(render_html(t), encoding="utf-8")
        written.append(p)
    return written
