"""``--record``: a scan (or a re-evaluated inventory) goes into the history store.

The store is opened when the options are read (:func:`record_settings`), so an unreachable,
corrupted or newer store stops the command with exit 2 before anything is scanned. Recording
is one transaction around writing the reports: the scan and its findings are inserted, the
drift from the previous scan of the same scope is computed in SQL (the HTML report shows it),
the reports and manifest.json are written, the manifest is stored with the scan, and only then
the transaction commits. If the store fails, nothing of the scan stays in it, and the report
files are written all the same (without the history sections).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.history.notify import Target, parse_target

if TYPE_CHECKING:
    from hipaa_scan.scanner.history.store import Store
    from hipaa_scan.scanner.pipeline import ReportSettings, ScanRequest
    from hipaa_scan.scanner.sources import ProgressLine
    from hipaa_scan.scanner.types import Inventory, Results


@dataclass(frozen=True)
class RecordSettings:
    """Where to record, and whom to tell."""

    store: Store
    notify: tuple[Target, ...] = ()
    notify_always: bool = False


@dataclass
class Outcome:
    """What recording did, for the CLI to say."""

    scan_id: str = ""
    store: str = ""
    created: bool = False
    diff: Any = None
    sent: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def record_settings(record: bool, store: str | None, notify: Iterable[str] = (), notify_always: bool = False,
                    *, given: Iterable[str] = ()) -> RecordSettings | None:
    """The ``--record`` options → settings with an open store (None without ``--record``).

    ``given``: the options set on the command line; one of them without ``--record`` is an error.
    """
    targets = tuple(parse_target(u) for u in notify)
    if not record:
        given = sorted(given)
        if given:
            raise InputError(f"{given[0]} needs --record", given[0])
        return None
    from hipaa_scan.scanner.history.store import Store, resolve_url

    return RecordSettings(Store.open(resolve_url(store)), targets, notify_always)


def report_and_record(results: Results, settings: ReportSettings | None, record: RecordSettings, *, kind: str,
                      inventory: Inventory | None = None, inputs: Iterable[tuple[str, Path]] = (),
                      output: Path | None = None) -> Outcome:
    """Record ``results`` and write its reports (``settings``; None: only ``output``, the results
    document ``evaluate`` writes) in one transaction; then notify."""
    from hipaa_scan.scanner.history.store import StoreError

    store = record.store
    out = Outcome(scan_id=str(results.get("scan", {}).get("id")), store=store.where, created=store.created)
    written = False
    inputs = list(inputs)
    try:
        with store.recording(results, kind=kind) as rec:
            out.diff = rec.diff()
            manifest = _write(results, settings, inventory, inputs, output, rec.report_context(out.diff))
            written = True
            rec.attach_manifest(manifest)
    except StoreError:
        if not written:
            _write(results, settings, inventory, inputs, output, None)
        raise
    finally:
        store.close()
    out.sent, out.warnings = _notify(record, out.diff, results)
    return out


def _write(results: Results, settings: ReportSettings | None, inventory: Inventory | None,
           inputs: list[tuple[str, Path]], output: Path | None, history: dict[str, Any] | None) -> dict[str, Any]:
    from hipaa_scan.reports import manifest as mf
    from hipaa_scan.scanner import pipeline

    if settings is None:  # evaluate: the results document only; its manifest is kept in the store
        from hipaa_scan.scanner.inventory import write_json

        assert output is not None
        write_json(results, output, "--output")
        return mf.build(output.parent, [output], results=results)
    paths = pipeline.report(results, settings, inventory=inventory, inputs=inputs,
                            extra_options={"html": {"history": history}} if history else None)
    manifest_path = paths[-1]
    return dict(json.loads(Path(manifest_path).read_text(encoding="utf-8")))


def _notify(record: RecordSettings, diff: Any, results: Results) -> tuple[list[str], list[str]]:
    from hipaa_scan.scanner.history.notify import send

    return send(list(record.notify), diff, results, always=record.notify_always)


def scan(request: ScanRequest, record: RecordSettings, progress: ProgressLine | None = None) -> tuple[Results, Outcome]:
    """``pipeline.scan`` with recording: collect, evaluate, then report and record together."""
    from hipaa_scan.scanner import pipeline

    request.evaluation.policy_set()  # a bad --policy-dir fails before any network call
    inventory = pipeline.collect(request.source, progress)
    results = pipeline.evaluate(inventory, request.evaluation, request.gate,
                                inventory_sha256=pipeline.inventory_sha256(inventory))
    outcome = report_and_record(results, request.report, record, kind="scan", inventory=inventory)
    return results, outcome
