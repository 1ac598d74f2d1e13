"""``history …`` (the scan history store) and ``keygen`` (Ed25519 keys for signed evidence)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from hipaa_scan.scanner.errors import InputError

STORE_HELP = ("History store: a SQLite file, sqlite:///PATH or postgresql://USER@HOST/DB (default: hipaa-scan.yaml "
              "'store:', then $HIPAA_SCAN_STORE, then history.sqlite in the user's data directory).")
_SEVERITIES = ["critical", "high", "medium", "low", "never"]


def store_option(f: Any) -> Any:
    return click.option("--store", metavar="URL", default=None, help=STORE_HELP)(f)


def _open(store: str | None) -> Any:
    from hipaa_scan.scanner.history.store import Store, resolve_url

    return Store.open(resolve_url(store), create=False)


def parse_when(value: str | None, flag: str, *, end: bool = False) -> str | None:
    """``2026-01-01`` or an ISO time → a string comparable with the stored start times;
    a bare date given as an end (``--until``/``--to``) includes that whole day."""
    if not value:
        return None
    v = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            datetime.strptime(v, "%Y-%m-%d")
        except ValueError:
            raise InputError(f"{value!r} is not a date (YYYY-MM-DD)", flag) from None
        return v + ("T23:59:59.999999Z" if end else "")
    try:
        ts = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD) or an ISO time", flag) from None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_age(value: str) -> timedelta:
    """``7y``, ``18m`` (months), ``52w``, ``400d`` → a timedelta (a year is 365.25 days)."""
    m = re.fullmatch(r"\s*(\d+)\s*([ymwd])\s*", value or "")
    if not m:
        raise InputError(f"{value!r} is not an age such as 7y, 18m, 52w or 400d", "--older-than")
    n, unit = int(m.group(1)), m.group(2)
    days = {"y": 365.25, "m": 30.4375, "w": 7, "d": 1}[unit] * n
    return timedelta(days=days)


def recorded(outcome: Any) -> None:
    """Say on stderr what ``--record`` did (and where the default store was created)."""
    if outcome.created:
        click.echo(f"hipaa-scan: created the history store {outcome.store}", err=True)
    what = outcome.diff.summary_line() if outcome.diff is not None else "first recorded scan of this scope"
    click.echo(f"hipaa-scan: recorded scan {outcome.scan_id} in {outcome.store}: {what}", err=True)
    for s in outcome.sent:
        click.echo(f"hipaa-scan: notified {s}", err=True)
    for w in outcome.warnings:
        click.echo(f"hipaa-scan: warning: {w}", err=True)


@click.group("history")
def history() -> None:
    """Recorded scans (--record): list them, diff two, trends, rebuild a report, export, prune.

    \b
    Examples:
      hipaa-scan scan aws --record                       # record into the default store
      hipaa-scan history list --since 2026-01-01
      hipaa-scan history diff --fail-on-new high         # latest vs previous; exit 1 on new high failures
      hipaa-scan history trend --format html,csv --out trend/
      hipaa-scan history export --from 2026-01-01 --to 2026-12-31 --sign-key ed25519.pem --out evidence-2026/
    """


@history.command("list")
@store_option
@click.option("--since", default=None, help="Only scans started on or after this date (YYYY-MM-DD or ISO time).")
@click.option("--until", default=None, help="Only scans started on or before this date.")
@click.option("--account", default=None, help="Only scans of this account.")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many (the latest).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_cmd(store: str | None, since: str | None, until: str | None, account: str | None, limit: int | None,
             fmt: str) -> None:
    """List recorded scans, oldest first: counts and the gate's verdict.

    \b
    Example:
      hipaa-scan history list --since 2026-01-01 --account 123456789012
    """
    with _open(store) as st:
        rows = st.list_scans(since=parse_when(since, "--since"), until=parse_when(until, "--until", end=True),
                             account=account, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2))
        return
    if not rows:
        click.echo("no recorded scan matches", err=True)
        return
    click.echo(f"{'started':<21} {'scan id':<37} {'kind':<8} {'findings':>8} {'fail':>6} {'error':>6} "
               f"{'gate':<10} {'signed':<8} accounts")
    for r in rows:
        click.echo(f"{r.started_at:<21} {r.scan_id:<37} {r.kind:<8} {r.total:>8} {r.n_fail:>6} {r.n_error:>6} "
                   f"{r.gate_verdict or '':<10} {r.signed or '-':<8} {','.join(r.accounts)}")


@history.command("diff")
@click.argument("scan_a", required=False)
@click.argument("scan_b", required=False)
@store_option
@click.option("--fail-on-new", type=click.Choice(_SEVERITIES), default="never", show_default=True,
              help="Exit 1 when a new failure at or above this severity appeared.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True,
              help="Rows shown per section (text).")
def diff_cmd(scan_a: str | None, scan_b: str | None, store: str | None, fail_on_new: str, fmt: str, limit: int) -> int:
    """What changed between two recorded scans (default: the latest and the scan of the same scope before it).

    New failures, fixed findings, other status changes, new and removed resources, and coverage
    moves per citation; a finding is the same finding in both scans when its control and resource
    id are. SCAN_A / SCAN_B: a scan id (or a unique prefix), 'latest' or 'previous'.

    \b
    Examples:
      hipaa-scan history diff
      hipaa-scan history diff 3f2a 9c1e --fail-on-new high
    """
    from hipaa_scan.scanner.history.diff import render_text

    with _open(store) as st:
        if scan_a and scan_b:
            a, b = st.resolve(scan_a), st.resolve(scan_b)
        elif scan_a:  # one scan: compare it with its predecessor
            b = st.resolve(scan_a)
            a = st.resolve("previous", of=b.pk)
        else:
            b = st.resolve("latest")
            a = st.resolve("previous", of=b.pk)
        d = st.diff(a.pk, b.pk)
    if fmt == "json":
        click.echo(json.dumps(d.as_dict(), indent=2, ensure_ascii=False))
    else:
        for line in render_text(d, limit):
            click.echo(line)
    gating = d.new_at_or_above(fail_on_new)
    if gating:
        click.echo(f"hipaa-scan: {len(gating)} new failure(s) at or above {fail_on_new}", err=True)
        return 1
    return 0


@history.command("trend")
@store_option
@click.option("--format", "formats_", default="html,csv", show_default=True, help="Comma-separated: html, csv.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("trend"),
              show_default=True, help="Directory for trend.html / trend.csv.")
@click.option("--since", default=None, help="First date (YYYY-MM-DD or ISO time).")
@click.option("--until", default=None, help="Last date.")
@click.option("--account", default=None, help="Only scans of this account.")
def trend_cmd(store: str | None, formats_: str, out_dir: Path, since: str | None, until: str | None,
              account: str | None) -> None:
    """Pass rate per safeguard family and per citation over the recorded scans (HTML charts, CSV).

    \b
    Example:
      hipaa-scan history trend --format html,csv --out trend/ --since 2026-01-01
    """
    from hipaa_scan.scanner.history.trend import write

    names = [f.strip() for f in formats_.split(",") if f.strip()]
    bad = [n for n in names if n not in ("html", "csv")]
    if bad or not names:
        raise InputError(f"unknown trend format {(bad or [''])[0]!r} (choose html, csv)", "--format")
    with _open(store) as st:
        t = st.trend(since=parse_when(since, "--since"), until=parse_when(until, "--until", end=True), account=account)
    for p in write(t, out_dir, names):
        click.echo(str(p))


@history.command("show")
@click.argument("scan", default="latest")
@store_option
@click.option("--format", "formats_", default="json,html", show_default=True,
              help="Comma-separated report formats (as for 'report').")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("hipaa-out"),
              show_default=True, help="Directory the reports are written to.")
@click.option("--sign-key", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="Sign manifest.json: an Ed25519 PEM private key (hipaa-scan keygen), or a legacy HMAC key.")
def show_cmd(scan: str, store: str | None, formats_: str, out_dir: Path, sign_key: Path | None) -> None:
    """Rebuild a recorded scan's results and write its reports, as on the day it ran.

    \b
    Example:
      hipaa-scan history show 3f2a --format html,junit --out r/
    """
    from hipaa_scan.reports.manifest import load_key
    from hipaa_scan.scanner import pipeline

    settings = pipeline.ReportSettings(formats=tuple(f.strip() for f in formats_.split(",") if f.strip()),
                                       out_dir=out_dir, sign_key=load_key(sign_key))
    with _open(store) as st:
        row = st.resolve(scan)
        results: Any = st.results(row.pk)
    for p in pipeline.report(results, settings):
        click.echo(str(p))


@history.command("export")
@store_option
@click.option("--from", "since", default=None, help="First date (YYYY-MM-DD or ISO time).")
@click.option("--to", "until", default=None, help="Last date (a date includes that whole day).")
@click.option("--account", default=None, help="Only scans of this account.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="A new directory for the package.")
@click.option("--format", "formats_", default="json,html", show_default=True,
              help="Report formats written per scan (results.json always).")
@click.option("--sign-key", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="Ed25519 PEM private key (hipaa-scan keygen) that signs every manifest.json.")
@click.option("--force", is_flag=True, help="Write into a directory that is not empty.")
def export_cmd(store: str | None, since: str | None, until: str | None, account: str | None, out_dir: Path,
               formats_: str, sign_key: Path | None, force: bool) -> None:
    """Write the auditor's package: every scan of a period (results, report, manifests), signed.

    The directory opens without hipaa-scan (index.html; `sha256sum -c SHA256SUMS`) and
    `hipaa-scan verify DIR --public-key KEY` checks it end to end.

    \b
    Example:
      hipaa-scan history export --from 2026-01-01 --to 2026-12-31 --sign-key ed25519.pem --out evidence-2026/
    """
    from hipaa_scan.reports import parse_formats
    from hipaa_scan.reports.manifest import load_key
    from hipaa_scan.scanner.history.export import export

    key = load_key(sign_key)
    formats = tuple(parse_formats(formats_))
    with _open(store) as st:
        done = export(st, out_dir, since=parse_when(since, "--from"), until=parse_when(until, "--to", end=True),
                      account=account, formats=formats, key=key, force=force)
    click.echo(f"hipaa-scan: {len(done.scans)} scan(s), {done.files} files → {out_dir} "
               f"(manifest {'signed with ' + done.signature if done.signature else 'unsigned: give --sign-key'})",
               err=True)
    click.echo(str(out_dir / "index.html"))


SIX_YEARS = timedelta(days=6 * 365.25)


@history.command("prune")
@store_option
@click.option("--older-than", "older_than", required=True,
              help="Delete scans started longer ago than this: 7y, 84m, 400w, 2600d.")
@click.option("--force", is_flag=True, help="Allow deleting scans younger than six years (164.316(b)(2)(i)).")
@click.option("--dry-run", is_flag=True, help="Only count what would be deleted.")
def prune_cmd(store: str | None, older_than: str, force: bool, dry_run: bool) -> None:
    """Delete old scans (and evidence no remaining scan uses).

    The Security Rule keeps documentation for six years (164.316(b)(2)(i)): an age under six
    years is refused unless --force.

    \b
    Example:
      hipaa-scan history prune --older-than 7y
    """
    age = parse_age(older_than)
    if age < SIX_YEARS and not force:
        raise InputError(f"{older_than} is under six years: 164.316(b)(2)(i) requires keeping documentation for six "
                         "years (add --force to delete younger scans anyway)", "--older-than")
    cutoff = (datetime.now(UTC) - age).strftime("%Y-%m-%dT%H:%M:%SZ")
    with _open(store) as st:
        n, blobs = st.prune(cutoff, dry_run=dry_run)
    verb = "would delete" if dry_run else "deleted"
    click.echo(f"hipaa-scan: {verb} {n} scan(s) started before {cutoff}" + ("" if dry_run else
                                                                            f" and {blobs} unused evidence blob(s)"),
               err=True)


@click.command("keygen")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("ed25519.pem"),
              show_default=True, help="Where to write the private key (PEM, mode 0600).")
@click.option("--public-output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Where to write the public key (default: beside it, NAME.pub.pem).")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def keygen(output: Path, public_output: Path | None, force: bool) -> None:
    """Make an Ed25519 key pair for signed evidence (--sign-key; verify --public-key).

    Keep the private key with whoever runs the scans (a CI secret); give the public key to
    auditors: it verifies and cannot sign.

    \b
    Example:
      hipaa-scan keygen -o ed25519.pem && hipaa-scan scan aws --sign-key ed25519.pem --record
    """
    from hipaa_scan.reports.signing import keygen as make

    priv, pub = make(output, public_output, force=force)
    click.echo(f"hipaa-scan: private key {priv} (keep it secret), public key {pub} (give it to auditors)", err=True)
    click.echo(str(pub))


COMMANDS = [history, keygen]
