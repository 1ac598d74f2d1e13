"""Report writers: one module per format behind one interface, and one registry.

A writer module exposes ``NAME``, ``FILENAME`` (the file it writes in the output
directory), ``DESCRIPTION`` and ``write(results: dict, path: Path, **options) -> None``
(options it does not know it ignores; ``junit`` reads ``group``). A writer that needs an
outside program also has ``preflight()``, which raises before any work when it is
missing. Writers render the results document; they decide nothing a policy should.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.types import Results

#: format name → module (in --format help order)
_MODULES = {
    "json": "hipaa_scan.reports.json_report",
    "junit": "hipaa_scan.reports.junit",
    "html": "hipaa_scan.reports.html",
    "sarif": "hipaa_scan.reports.sarif",
    "markdown": "hipaa_scan.reports.markdown",
    "csv": "hipaa_scan.reports.csv_report",
    "codequality": "hipaa_scan.reports.codequality",
    "ocsf": "hipaa_scan.reports.ocsf",
    "asff": "hipaa_scan.reports.asff",
    "pdf": "hipaa_scan.reports.pdf",
}


def formats() -> list[str]:
    return list(_MODULES)


def writer(name: str) -> ModuleType:
    if name not in _MODULES:
        raise InputError(f"unknown format {name!r} (choose from {', '.join(_MODULES)})", "--format")
    return importlib.import_module(_MODULES[name])


def parse_formats(value: str) -> list[str]:
    names = [f.strip() for f in value.split(",") if f.strip()]
    if not names:
        raise InputError("no format given", "--format")
    for n in names:
        mod = writer(n)
        if hasattr(mod, "preflight"):
            mod.preflight()
    return list(dict.fromkeys(names))


def write_reports(results: Results, out_dir: Path, names: list[str], options: dict[str, dict] | None = None) -> list[Path]:
    """Write each format into ``out_dir``; return the paths written.

    ``options`` maps a format name to keyword arguments for its writer, e.g.
    ``{"junit": {"group": "citation"}}``.
    """
    from hipaa_scan.reports.common import results_bytes

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    shared: dict = {}
    if {"json", "html", "pdf"} & set(names):
        # results.json's bytes once: the json writer writes them, html/pdf print their sha256
        shared["results_data"] = results_bytes(results)
    for n in names:
        mod = writer(n)
        path = out_dir / mod.FILENAME
        mod.write(results, path, **shared, **(options or {}).get(n, {}))
        written.append(path)
    return written


def describe() -> str:
    """``name (file)`` for every format, for --format help."""
    return ", ".join(f"{n} ({importlib.import_module(m).FILENAME})" for n, m in _MODULES.items())
