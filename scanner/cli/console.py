"""What the CLI prints: progress on stderr, one-line errors, the closing summary."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import Any

import click

from hipaa_scan.scanner.types import Inventory, Results


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


def inventory_written(doc: Inventory, output: Path, noun: str) -> None:
    """Say on stderr how much a written inventory holds."""
    n = sum(len(v) for v in doc["resources"].values())
    click.echo(f"hipaa-scan: {n} {noun}, {len(doc['errors'])} collection errors → {output}", err=True)


def summary(results: Results, out: Path | None = None) -> None:
    """The closing lines: findings by status, collection errors, the gate, waivers and baseline."""
    s = results["summary"]["by_status"]
    g = results["gate"]
    line = ", ".join(f"{n} {k}" for k, n in s.items() if n)
    n_errors = len(results.get("errors") or [])
    if n_errors:
        line += f"; {n_errors} collection error{'s' if n_errors != 1 else ''}"
    where = f" → {out}" if out else ""
    click.echo(f"hipaa-scan: {results['summary']['total']} findings ({line}); gate {g['verdict']} "
               f"(fail-on {g['fail_on']}, exit {g['exit_code']}){where}", err=True)
    w, b = results.get("waivers"), results.get("baseline")
    if w:
        click.echo(f"hipaa-scan: waivers: {len(w['applied'])} applied, {len(w['expired'])} expired, "
                   f"{len(w['unused'])} unused, {len(w['refused'])} refused on error findings", err=True)
    if b:
        click.echo(f"hipaa-scan: baseline: {b['new']} new, {b['known']} known, {len(b['fixed'])} fixed", err=True)
