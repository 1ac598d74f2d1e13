"""What the CLI prints: progress on stderr, one-line errors, the findings table, the closing summary.

After ``scan`` and ``evaluate`` (``--console findings``, the default) stdout gets the unwaived
``fail`` and ``error`` findings at or above ``--console-severity``, grouped by control (worst
severity first) with the control's citations, each resource with its location (file:line for
IaC) and message, capped per control and in total with "… N more". A terminal gets a rich
table; anything else (a CI log, a pipe, a pre-commit hook) plain lines, so logs stay
readable. stderr gets the closing summary lines (``--console summary`` prints only those,
``none`` nothing).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import click

from hipaa_scan.scanner.types import Document, Inventory, Results


class Progress:
    """A rich status line on stderr for long work; silent when stderr is not a TTY or --quiet."""

    def __init__(self, quiet: bool = False, what: str = "collecting"):
        self.enabled = not quiet and sys.stderr.isatty()
        self.what = what
        self._status: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console

            self._status = Console(stderr=True).status(f"{self.what}…")
            self._status.__enter__()
        return self

    def show(self, line: str) -> None:
        """Replace the status line (a collector's counters)."""
        if self._status:
            self._status.update(f"{self.what}… {line}")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._status:
            self._status.__exit__(exc_type, exc, tb)


def error(msg: str) -> None:
    click.echo(f"hipaa-scan: error: {msg}", err=True)


def plural(n: int, noun: str, many: str | None = None) -> str:
    """``1 endpoint``, ``2 endpoints``; ``many`` for an irregular plural."""
    return f"{n} {noun if n == 1 else (many or noun + 's')}"


def inventory_written(doc: Inventory, output: Path, noun: str) -> None:
    """Say on stderr how much a written inventory holds."""
    n = sum(len(v) for v in doc["resources"].values())
    singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    click.echo(f"hipaa-scan: {plural(n, singular, noun if noun != singular else None)}, "
               f"{plural(len(doc['errors']), 'collection error')} → {output}", err=True)


@dataclass(frozen=True)
class ConsoleSettings:
    """``--console``, ``--console-severity``, ``--console-limit``."""

    mode: str = "findings"  #: findings | summary | none
    severity: str = "low"  #: the lowest severity listed
    limit: int = 50  #: rows listed in total
    per_control: int = 10  #: rows listed per control


_SEVERITIES = ("critical", "high", "medium", "low")


def listed_findings(results: Document, severity: str = "low") -> list[tuple[dict, list[dict]]]:
    """(control, its unwaived fail/error findings at or above ``severity``), worst first."""
    from hipaa_scan.reports.common import SEVERITY_RANK, finding_key

    floor = SEVERITY_RANK.get(severity, 3)
    controls = {c["id"]: c for c in results.get("controls", [])}
    groups: dict[str, list[dict]] = {}
    for f in results.get("findings", []):
        if f.get("status") in ("fail", "error") and SEVERITY_RANK.get(str(f.get("severity")), 9) <= floor:
            groups.setdefault(f["control_id"], []).append(f)
    out = []
    for cid, fs in groups.items():
        ctl = controls.get(cid) or {"id": cid, "title": fs[0].get("title", ""), "severity": fs[0].get("severity"),
                                    "hipaa": fs[0].get("hipaa", [])}
        fs.sort(key=finding_key)
        out.append((ctl, fs))
    out.sort(key=lambda g: (min(finding_key(f)[:2] for f in g[1]), -len(g[1]), g[0]["id"]))
    return out


def _where(f: dict) -> str:
    """file:line and address for IaC; else the resource id (and its account/region when the id lacks them)."""
    from hipaa_scan.reports.common import location_of
    from hipaa_scan.scanner.messages import one_line

    r = f.get("resource") or {}
    ev = f.get("evidence") or {}
    loc = location_of(f)
    if isinstance(ev.get("file_path"), str) and ev["file_path"]:
        addr = ev.get("resource_address") or r.get("name")
        return one_line(f"{loc} {addr}" if addr else loc, 160)
    return one_line(loc or r.get("name") or "(no resource)", 160)


def _message(f: dict) -> str:
    """The finding's message, one line, without the "<address> (<file>:<line>) " an IaC message
    repeats from the resource column."""
    from hipaa_scan.scanner.messages import one_line

    msg = one_line(f.get("message", ""), 240)
    addr = (f.get("evidence") or {}).get("resource_address")
    if isinstance(addr, str) and msg.startswith(f"{addr} (") and ") " in msg:
        msg = msg[msg.index(") ", len(addr)) + 2:]
    return one_line(msg, 200)


def findings_lines(results: Results, settings: ConsoleSettings) -> list[str]:
    """The findings table as plain text lines (CI logs, pipes)."""
    from hipaa_scan.scanner.messages import one_line

    groups = listed_findings(results, settings.severity)
    total = sum(len(fs) for _, fs in groups)
    if not total:
        return [f"No unwaived failure or error at or above {settings.severity}."]
    lines = [f"{plural(total, 'unwaived failure or error', 'unwaived failures and errors')} at or above "
             f"{settings.severity}, in {plural(len(groups), 'control')}:"]
    shown = shown_controls = 0
    for ctl, fs in groups:
        if shown >= settings.limit:
            break
        shown_controls += 1
        lines.append("")
        lines.append(f"{str(ctl.get('severity', '')).upper():<8} {ctl['id']}  {one_line(ctl.get('title', ''), 100)}  "
                     f"[{', '.join(ctl.get('hipaa', []))}]")
        take = fs[:min(settings.per_control, settings.limit - shown)]
        for f in take:
            status = "ERROR" if f["status"] == "error" else "FAIL"
            lines.append(f"  {status:<5}  {_where(f)}: {_message(f)}")
        shown += len(take)
        if len(fs) > len(take):
            lines.append(f"  … {len(fs) - len(take)} more of {ctl['id']}")
    if total > shown:
        hidden = len(groups) - shown_controls
        lines.append("")
        lines.append(f"… {total - shown} more" + (f" (and {plural(hidden, 'more control')})" if hidden else "")
                     + ": every finding is in the reports; --console-limit shows more")
    return lines


def _rich_table(results: Results, settings: ConsoleSettings) -> Any:
    from rich.table import Table
    from rich.text import Text


    groups = listed_findings(results, settings.severity)
    total = sum(len(fs) for _, fs in groups)
    table = Table(title=f"{plural(total, 'unwaived failure or error', 'unwaived failures and errors')} at or above "
                        f"{settings.severity}", title_justify="left", expand=False, show_lines=False)
    for col, kw in (("control", {"no_wrap": True}), ("severity", {"no_wrap": True}), ("resource", {"overflow": "fold"}),
                    ("message", {"ratio": 1}), ("citation", {})):
        table.add_column(col, **kw)
    style = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}
    shown = 0
    for ctl, fs in groups:
        if shown >= settings.limit:
            break
        take = fs[:min(settings.per_control, settings.limit - shown)]
        for i, f in enumerate(take):
            sev = str(f.get("severity", ""))
            msg = _message(f)
            if f["status"] == "error":
                msg = f"[not read] {msg}"
            table.add_row(Text(ctl["id"]) if i == 0 else "", Text(sev, style=style.get(sev, "")), Text(_where(f)),
                          Text(msg), Text(", ".join(ctl.get("hipaa", []))) if i == 0 else "")
        shown += len(take)
        if len(fs) > len(take):
            table.add_row("", "", Text(f"… {len(fs) - len(take)} more of {ctl['id']}", style="dim"), "", "")
        table.add_section()
    if total > shown:
        table.caption = f"… {total - shown} more (every finding is in the reports; --console-limit shows more)"
    return table


def findings(results: Results, settings: ConsoleSettings) -> None:
    """Print the findings table on stdout: rich in a terminal, plain lines otherwise."""
    if settings.mode != "findings":
        return
    if sys.stdout.isatty():
        from rich.console import Console

        if not listed_findings(results, settings.severity):
            click.echo(f"No unwaived failure or error at or above {settings.severity}.")
            return
        Console().print(_rich_table(results, settings))
        return
    for line in findings_lines(results, settings):
        click.echo(line)


def _selection_line(results: Results) -> str | None:
    sel = results.get("selection")
    if not sel or not sel.get("deselected"):
        return None
    kinds: Counter = Counter()
    for d in sel["deselected"]:
        reason = str(d.get("reason", ""))
        kinds["need another source" if reason.startswith("judges ") else
              "not named by --controls" if reason.startswith("not named") else
              "skipped" if reason.startswith("skipped") else
              "below --severity" if reason.startswith("severity") else
              "cite none of --citations" if reason.startswith("cites none") else "left out"] += 1
    why = ", ".join(f"{n} {k}" for k, n in kinds.most_common())
    hint = "; --all-controls runs them" if kinds.get("need another source") else ""
    return (f"hipaa-scan: {sel['selected']} of {plural(sel['total'], 'control')} ran ({why}{hint}); "
            f"citations of left-out controls show as not assessed")


def summary(results: Results, out: Path | None = None, settings: ConsoleSettings | None = None) -> None:
    """The closing lines: controls run, findings by status, collection errors, the gate, waivers and baseline."""
    if settings is not None and settings.mode == "none":
        return
    s = results["summary"]["by_status"]
    g = results["gate"]
    line = ", ".join(f"{n} {k}" for k, n in s.items() if n)
    n_errors = len(results.get("errors") or [])
    if n_errors:
        line += f"; {plural(n_errors, 'collection error')}"
    where = f" → {out}" if out else ""
    sel = _selection_line(results)
    if sel:
        click.echo(sel, err=True)
    click.echo(f"hipaa-scan: {plural(results['summary']['total'], 'finding')} ({line}); gate {g['verdict']} "
               f"(fail-on {g['fail_on']}, exit {g['exit_code']}){where}", err=True)
    w, b = results.get("waivers"), results.get("baseline")
    if w:
        click.echo(f"hipaa-scan: waivers: {len(w['applied'])} applied, {len(w['expired'])} expired, "
                   f"{len(w['unused'])} unused, {len(w['refused'])} refused on error findings", err=True)
    if b:
        click.echo(f"hipaa-scan: baseline: {b['new']} new, {b['known']} known, {len(b['fixed'])} fixed", err=True)
