"""Markdown summary for pull-request comments and ``$GITHUB_STEP_SUMMARY``.

Verdict, counts, what could not be read, failing controls with their citations, the
resources with the most failures, waivers, and the manual citations count. GitHub caps a
comment at 65,536 characters: the writer keeps the whole document under ``LIMIT`` by
cutting tables from their end — waived findings first, then failing resources, then failing
controls, collection errors last — and saying how many rows each left out. The verdict and
the counts are never cut.
Untrusted text (resource names, messages) is escaped so it cannot break a table or inject
HTML/Markdown: ``|``, backticks, ``<``, ``>``, ``*``, ``_``, ``[``, ``]`` and newlines.
"""

from __future__ import annotations

import re
from pathlib import Path

from hipaa_scan.reports import common
from hipaa_scan.scanner.types import Document, Results

NAME = "markdown"
FILENAME = "summary.md"
DESCRIPTION = "Markdown summary for PR comments and $GITHUB_STEP_SUMMARY (kept under 65,000 characters)"

LIMIT = 65_000
ICON = {"passed": "✅", "failed": "❌", "incomplete": "⚠️"}
_ESC = re.compile(r"([\\`*_\[\]<>|#~])")


def esc(value) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\r", " ").replace("\n", " ")
    text = _ESC.sub(r"\\\1", text)
    return text.replace("&", "&amp;")


def code(value) -> str:
    """Text for inside a code span: no backtick, no newline, table pipes escaped."""
    text = "" if value is None else str(value)
    return "`" + text.replace("`", "'").replace("\n", " ").replace("|", "\\|") + "`"


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


class _Doc:
    """Sections; the ones marked cuttable lose rows from the end until the whole fits."""

    def __init__(self):
        self.parts: list[dict] = []

    def add(self, lines: list[str], *, rows: list[str] | None = None, header: list[str] | None = None,
            tail: list[str] | None = None, noun: str = "rows", priority: int = 0):
        self.parts.append({"lines": lines, "rows": rows, "header": header or [], "tail": tail or [],
                           "noun": noun, "priority": priority, "dropped": 0})

    def _render_part(self, p: dict) -> list[str]:
        if p["rows"] is None:
            return p["lines"]
        out = list(p["lines"]) + list(p["header"]) + list(p["rows"])
        if p["dropped"]:
            out.append("")
            out.append(f"_… {p['dropped']} more {p['noun']} not shown (GitHub comment size limit); "
                       "see the HTML report or results.json._")
        return out + list(p["tail"])

    def render(self, limit: int) -> str:
        text = "\n".join(line for p in self.parts for line in self._render_part(p)) + "\n"
        cuttable = sorted((p for p in self.parts if p["rows"]), key=lambda p: -p["priority"])
        for p in cuttable:
            while len(text) > limit and p["rows"]:
                # drop enough rows at once to fit, at least one
                over = len(text) - limit
                drop, size = 0, 0
                while p["rows"] and size < over + 120:
                    size += len(p["rows"].pop()) + 1
                    drop += 1
                p["dropped"] += drop
                text = "\n".join(line for q in self.parts for line in self._render_part(q)) + "\n"
        if len(text) > limit:
            text = text[: limit - 80].rsplit("\n", 1)[0] + "\n\n_… truncated to fit the comment size limit._\n"
        return text


def render(results: Document, limit: int = LIMIT) -> str:
    gate = results.get("gate", {})
    scan = results.get("scan", {})
    summary = results.get("summary", {})
    by_status = summary.get("by_status", {})
    verdict = gate.get("verdict", "unknown")
    doc = _Doc()
    head = [f"## {ICON.get(verdict, '❔')} HIPAA Security Rule scan: gate {verdict}", ""]
    head.append(f"Fail on **{gate.get('fail_on', '?')}** · exit code **{gate.get('exit_code', '?')}** · "
                f"{gate.get('blocking_findings', 0)} blocking finding(s) · "
                f"{len(results.get('controls', []))} controls · "
                f"hipaa-scan {esc(scan.get('scanner_version', ''))}")
    head.append("")
    counts = [(s, by_status.get(s, 0)) for s in common.STATUS_ORDER if by_status.get(s)]
    head += _table([esc(common.STATUS_LABEL.get(s, s)) for s, _ in counts] + ["total"],
                   [[str(n) for _, n in counts] + [str(summary.get("total", 0))]])
    head.append("")
    doc.add(head)

    errors = results.get("errors", []) or []
    err_findings = [f for f in results.get("findings", []) if f.get("status") == "error"]
    if errors or err_findings:
        lines = [f"### ⚠️ Incomplete: {len(errors)} collection error(s), "
                 f"{len(err_findings)} finding(s) not evaluated", ""]
        rows = ["| " + " | ".join([esc(e.get("collector", "")), esc(e.get("resource_type", "")),
                                   esc(" ".join(x for x in (e.get("account"), e.get("region")) if x)),
                                   esc(e.get("code", "")), esc(_cut(common.one_line(e.get("message", "")), 160))]) + " |"
                for e in errors]
        if rows:
            doc.add(lines, header=_table(["collector", "resource type", "account / region", "code", "message"], []),
                    rows=rows, tail=[""], noun="collection errors", priority=0)
        else:
            doc.add(lines + [f"{len(err_findings)} finding(s) could not be evaluated; see results.json.", ""])

    top = common.top_failing_controls(results, n=10_000)
    if top:
        lines = [f"### Failing controls ({len(top)})", ""]
        rows = ["| " + " | ".join([code(c["id"]), esc(c["title"]), c["severity"], f"{c['failed']} / {c['total']}",
                                   esc(", ".join(c["hipaa"]))]) + " |" for c in top]
        doc.add(lines, header=_table(["control", "title", "severity", "failed / resources", "HIPAA citations"], []),
                rows=rows, tail=[""], noun="failing controls", priority=1)
    else:
        doc.add(["### Failing controls", "", "No control failed.", ""])

    failing = [f for f in common.sorted_findings(results.get("findings", [])) if f.get("status") == "fail"]
    if failing:
        lines = [f"### Failing resources ({len(failing)})", ""]
        rows = []
        for f in failing:
            r = f.get("resource") or {}
            where = " ".join(x for x in (r.get("account"), r.get("region")) if x)
            rows.append("| " + " | ".join([code(f["control_id"]), f.get("severity", ""),
                                           esc(_cut(common.location_of(f) or r.get("name", ""), 120)), esc(where),
                                           esc(_cut(common.one_line(f.get("message", "")), 200))]) + " |")
        doc.add(lines, header=_table(["control", "severity", "resource", "account / region", "message"], []),
                rows=rows, tail=[""], noun="failing resources", priority=2)

    waived = common.waived_findings(results)
    if waived:
        lines = [f"### Waived ({len(waived)})", ""]
        rows = []
        for f in waived:
            w = f.get("waiver") or {}
            rid = (f.get("resource") or {}).get("id", "")
            rows.append("| " + " | ".join([code(f["control_id"]), esc(_cut(rid, 100)),
                                           esc(_cut(w.get("reason", f.get("message", "")), 140)),
                                           esc(w.get("approver", "")),
                                           esc(w.get("ticket", "")), esc(w.get("expires", ""))]) + " |")
        doc.add(lines, header=_table(["control", "resource", "reason", "approver", "ticket", "expires"], []),
                rows=rows, tail=[""], noun="waived findings", priority=3)

    cov = results.get("coverage", [])
    manual = sum(1 for r in cov if r.get("status") == "manual")
    attested = sum(1 for r in cov if r.get("status") == "attested")
    not_assessed = sum(1 for r in cov if r.get("status") == "not_assessed")
    foot = [f"Coverage: {len(cov)} Security Rule citations · {sum(1 for r in cov if r.get('controls'))} with automated "
            f"controls · {attested} attested · {manual} manual (to attest)"
            + (f" · {not_assessed} not assessed (their controls were not selected)" if not_assessed else "") + ".", "",
            f"<sub>scan {esc(scan.get('id', ''))} · policy set sha256 {code(scan.get('policy_set_sha256', ''))} · "
            f"inventory sha256 {code(scan.get('inventory_sha256', '') or '-')}</sub>"]
    doc.add(foot)
    return doc.render(limit)


def write(results: Results, path: Path, **_options) -> None:
    Path(path).write_text(render(results), encoding="utf-8")
