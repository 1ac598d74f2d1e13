"""``evaluate``, ``report``, ``verify`` and ``merge``: the commands over saved documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from hipaa_scan.scanner.cli import console
from hipaa_scan.scanner.cli.options import (
    check_output_file,
    console_options,
    evaluation_options,
    output_option,
    report_options,
)
from hipaa_scan.scanner.errors import EPILOG_EXIT, ExitCode
from hipaa_scan.scanner.gate import FAIL_ON_CHOICES


@click.command(epilog=EPILOG_EXIT)
@click.argument("inventory", type=click.Path(path_type=Path))
@output_option("results.json", "results document")
@evaluation_options
@console_options
def evaluate(inventory: Path, output: Path, evaluation: Any, gate: Any, console: Any) -> int:
    """Evaluate a saved inventory (offline) with the controls its sources feed; exits with the gate's code.

    \b
    Examples:
      hipaa-scan evaluate inventory.json -o results.json
      hipaa-scan evaluate inventory.json --fail-on medium --pin -o results.json
    """
    from hipaa_scan.scanner import pipeline
    from hipaa_scan.scanner.cli import console as out
    from hipaa_scan.scanner.inventory import load_inventory, write_json

    doc, sha = load_inventory(inventory)
    results = pipeline.evaluate(doc, evaluation, gate, inventory_sha256=sha)
    write_json(results, output, "--output")
    out.findings(results, console)
    out.summary(results, None, console)
    return pipeline.gate(results)


@click.command(epilog="Exit codes: 0 reports written (and manifest.json); 2 bad input, unknown format, or a "
                      "format whose renderer is missing (pdf without Chromium).")
@click.argument("results", type=click.Path(path_type=Path))
@report_options
def report(results: Path, report: Any) -> None:
    """Render a results document into report files.

    \b
    Examples:
      hipaa-scan report results.json --format junit,json,html --out reports/
      hipaa-scan report results.json --format sarif,markdown,csv,pdf --junit-group citation --sign-key audit.key
    """
    from hipaa_scan.scanner import pipeline
    from hipaa_scan.scanner.inventory import read_json, validate

    doc, _ = read_json(results)
    validate(doc, "results", str(results))
    for p in pipeline.report(doc, report, inputs=[("results", results)]):
        click.echo(str(p))


@click.command(epilog="Exit codes: 0 every file matches manifest.json (and its signature, when a key is given); "
                      "1 a file changed or is missing, the signature does not match, or there is no manifest.json (an "
                      "incomplete set: writers put it in place last); 2 a manifest that is not valid JSON.")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--sign-key", "key_file", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="Check the HMAC-SHA256 signature with the key in this file (or the key itself in "
                   "$HIPAA_SCAN_SIGN_KEY).")
@click.option("--quiet", "-q", is_flag=True, help="Print only what failed.")
def verify(directory: Path, key_file: Path | None, quiet: bool) -> None:
    """Re-hash a report directory against its manifest.json; name every file that changed.

    \b
    Examples:
      hipaa-scan verify hipaa-out/
      HIPAA_SCAN_SIGN_KEY=... hipaa-scan verify hipaa-out/
      hipaa-scan verify hipaa-out/ --sign-key audit.key
    """
    from hipaa_scan.reports.manifest import VerifyFailed, load_key
    from hipaa_scan.reports.manifest import verify as verify_dir

    rep = verify_dir(directory, load_key(key_file))
    for line in rep.lines():
        if not quiet or line.startswith("FAILED"):
            click.echo(line)
    if not rep.ok:
        raise VerifyFailed(rep.summary(), str(directory))
    click.echo(f"verified: {len(rep.checked)} item(s) match manifest.json; signature {rep.signature}")


@click.command(epilog="Exit codes: results — the merged gate's code (0, 1 or 3); inventories — 0; 2 documents that "
                      "cannot be merged (different policy sets or schema versions, mixed kinds, bad JSON).")
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, callback=check_output_file,
              help="Where to write the merged document (a file).")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=None,
              help="Gate threshold of the merged results (default: the shards' own, which must agree).")
@click.option("--allow-incomplete", is_flag=True, default=None,
              help="Do not exit 3 on error findings (default: only if every shard allowed it).")
def merge(documents: tuple[Path, ...], output: Path, fail_on: str | None, allow_incomplete: bool | None) -> int:
    """Join the results (or inventories) of sharded runs into one document.

    Results must share the policy set (sha256) and schema version; findings are
    de-duplicated by (control, resource type, resource id) and summary, coverage and gate
    are recomputed. Inventories are joined with each resource (type, id) once.

    \b
    Examples:
      hipaa-scan merge shard-*/results.json -o results.json
      hipaa-scan merge a/inventory.json b/inventory.json -o inventory.json
    """
    from hipaa_scan.scanner.merge import merge_to

    kind, doc = merge_to(list(documents), output, fail_on=fail_on, allow_incomplete=allow_incomplete or None)
    merged: Any = doc
    if kind == "results":
        console.summary(merged, output)
        return int(doc["gate"]["exit_code"])
    n = sum(len(v) for v in doc["resources"].values())
    click.echo(f"hipaa-scan: {len(documents)} inventories → {n} resources, {len(doc['errors'])} collection errors "
               f"→ {output}", err=True)
    return int(ExitCode.OK)


COMMANDS = [evaluate, report, verify, merge]
