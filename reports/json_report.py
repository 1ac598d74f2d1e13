"""JSON: the results document itself."""

from __future__ import annotations

from pathlib import Path

from hipaa_scan.scanner.inventory import write_json
from hipaa_scan.scanner.types import Results

NAME = "json"
FILENAME = "results.json"
DESCRIPTION = "the results document (schema hipaa-scan/results/v1)"


def write(results: Results, path: Path, results_data: bytes | None = None, **_options) -> None:
    if results_data is None:
        write_json(results, path)
    else:  # the same bytes write_json would write, already serialised by write_reports
        Path(path).write_bytes(results_data)
