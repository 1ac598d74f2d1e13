"""JSON: the results document itself."""

from __future__ import annotations

from pathlib import Path

from scanner.inventory import write_json

NAME = "json"
FILENAME = "results.json"
DESCRIPTION = "the results document (schema hipaa-scan/results/v1)"


def write(results: dict, path: Path, **_options) -> None:
    write_json(results, path)
