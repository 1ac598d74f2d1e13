"""Option groups shared by decorators: each adds its options and hands the command ONE typed value.

``@evaluation_options`` gives the command ``evaluation`` (EvaluationSettings) and ``gate``
(GateSettings); ``@report_options`` gives ``report`` (ReportSettings); the source groups in
scanner/cli/sources.py give ``request``. The values are built by the pipeline's own
constructors (scanner/pipeline.py), which check them before the command body runs, so before
any network call; click only parses.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from hipaa_scan.scanner.gate import FAIL_ON_CHOICES

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def option_group(name: str, options: list[Decorator], build: Callable[..., Any]) -> Decorator:
    """Add ``options`` (listed in --help order) to a command; replace their values by
    ``build(ctx, **values)`` passed as the keyword ``name``."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def command(*args: Any, **kwargs: Any) -> Any:
            mine = {k: kwargs.pop(k) for k in list(kwargs) if k in keys}
            kwargs[name] = build(click.get_current_context(), **mine)
            return f(*args, **kwargs)

        before = {id(p) for p in getattr(command, "__click_params__", [])}
        decorated: Callable[..., Any] = command
        for opt in reversed(options):
            decorated = opt(decorated)
        keys = {p.name for p in getattr(decorated, "__click_params__", []) if id(p) not in before}
        return decorated

    return decorate


def given(ctx: click.Context, names: list[str]) -> list[str]:
    """The ``--flag`` spelling of each option the user set (on the command line or in the config)."""
    return [f"--{n.replace('_', '-')}" for n in names
            if ctx.get_parameter_source(n) is not click.core.ParameterSource.DEFAULT]


def policy_dir_option(help_text: str = "Extra directory of Rego controls (repeatable).") -> Decorator:
    return click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path), help=help_text)


def check_output_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """A click callback: the ``-o/--output`` file must be writable, checked before any work starts."""
    from hipaa_scan.scanner.outputs import check_file

    if value is not None and not ctx.resilient_parsing:
        check_file(value, "--output")
    return value


def output_option(default: str, what: str) -> Decorator:
    return click.option("-o", "--output", type=click.Path(path_type=Path), default=Path(default),
                        show_default=True, callback=check_output_file, help=f"Where to write the {what} (a file).")


_FILE = click.Path(path_type=Path, dir_okay=False)
_OPA = ["opa_url", "opa_token_file", "opa_push", "opa_package_prefix", "opa_timeout"]


def _evaluation(ctx: click.Context, *, fail_on: str, allow_incomplete: bool, policy_dirs: tuple[Path, ...],
                pin: bool, waivers_file: Path | None, baseline_file: Path | None, attestations_file: Path | None,
                max_waiver_days: int | None, engine: str, opa_url: str | None, opa_token_file: Path | None,
                opa_push: bool, opa_package_prefix: str | None, opa_timeout: float, phi_tags: tuple[str, ...],
                phi_only: bool, jobs: int, controls: tuple[str, ...], skip_controls: tuple[str, ...],
                severity: str | None, citations: tuple[str, ...], all_controls: bool) -> tuple[Any, Any]:
    from hipaa_scan.scanner.governance import load_governance
    from hipaa_scan.scanner.pipeline import ControlSelection, EvaluationSettings, GateSettings, PhiScope, opa_settings

    opa = opa_settings(engine, url=opa_url, token_file=opa_token_file, push=opa_push,
                       package_prefix=opa_package_prefix, timeout=opa_timeout, given=given(ctx, _OPA))
    governance = load_governance(waivers_file, baseline_file, attestations_file, max_waiver_days)
    selection = ControlSelection.parse(controls, skip_controls, severity, citations, all_controls)
    evaluation = EvaluationSettings(policy_dirs=tuple(policy_dirs), pin=pin, phi=PhiScope.parse(phi_tags, phi_only),
                                    engine=opa, governance=governance, jobs=jobs, selection=selection)
    return evaluation, GateSettings(fail_on, allow_incomplete)


_evaluation_group = option_group("_evaluation", [
    click.option("--controls", "controls", multiple=True, metavar="IDS",
                 help="Run only these controls: ids or globs, comma-separated or repeated (e.g. 'AWS-S3-*,IAC-ENC-01'). "
                      "Turns off the default of running only the controls the inventory's sources feed."),
    click.option("--skip-controls", "skip_controls", multiple=True, metavar="IDS",
                 help="Leave out these controls (ids or globs, comma-separated or repeated)."),
    click.option("--severity", type=click.Choice(["critical", "high", "medium", "low"]), default=None,
                 help="Run only controls of this severity or higher."),
    click.option("--citations", "citations", multiple=True, metavar="CITATIONS",
                 help="Run only controls citing one of these (e.g. '164.312(a)(2)(iv)' or '164.312(b)*'; "
                      "comma-separated or repeated)."),
    click.option("--all-controls", "all_controls", is_flag=True,
                 help="Run every control, also those judging resource types no collector of the inventory produces "
                      "(they give 'not applicable'). Default: only the controls the inventory's sources feed."),
    click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="high", show_default=True,
                 help="Lowest severity of an unwaived failure that fails the gate (exit 1); 'never' to not gate."),
    click.option("--allow-incomplete", is_flag=True,
                 help="Do not exit 3 when some resources could not be read (they stay 'error' in reports)."),
    policy_dir_option(),
    click.option("--pin", is_flag=True,
                 help="Derive the scan id and times from the inputs, so the same inputs give byte-identical results."),
    click.option("--waivers", "waivers_file", type=_FILE, default=None,
                 help="waivers.yaml: accepted risks (approver, ticket, expiry) that turn matching failures into "
                      "'waived'."),
    click.option("--baseline", "baseline_file", type=_FILE, default=None,
                 help="baseline.json (hipaa-scan baseline create): known failures become 'baseline' and do not gate."),
    click.option("--attestations", "attestations_file", type=_FILE, default=None,
                 help="attestations.yaml (hipaa-scan attest template): attested citations show as 'attested' in "
                      "coverage."),
    click.option("--max-waiver-days", "max_waiver_days", type=click.IntRange(1, 3660), default=None,
                 help="Longest a waiver may run from today (default 365); a later 'expires' is an error."),
    click.option("--engine", type=click.Choice(["embedded", "opa"]), default="embedded", show_default=True,
                 help="Where the Rego runs: in-process (regorus) or on an Open Policy Agent server."),
    click.option("--opa-url", default=None, help="OPA server for --engine opa, e.g. http://opa:8181."),
    click.option("--opa-token-file", type=_FILE, default=None,
                 help="File holding a bearer token for OPA's authentication."),
    click.option("--opa-push", is_flag=True,
                 help="Upload the policies for this scan with OPA's Policy API and remove them afterwards."),
    click.option("--opa-package-prefix", default=None,
                 help="Package root of the policies already deployed on OPA (default hipaa; see "
                      "'hipaa-scan policy bundle')."),
    click.option("--opa-timeout", type=click.FloatRange(0.1, 3600), default=30.0, show_default=True,
                 help="Seconds to wait for each OPA request."),
    click.option("--phi-tag", "phi_tags", multiple=True,
                 help="KEY=VALUE tag marking resources that hold ePHI (repeatable). Failures of resources without "
                      "it are reported one severity lower; default: every resource is in scope."),
    click.option("--phi-only", "phi_only", is_flag=True,
                 help="Evaluate only resources in ePHI scope (carrying a --phi-tag, or unable to carry tags)."),
    click.option("--jobs", type=click.IntRange(0, 64), default=0, show_default=True,
                 help="Worker processes evaluating the controls (embedded engine); 0: one per core, up to 4, "
                      "for inventories of 20,000 resources or more."),
], _evaluation)


def evaluation_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Gate, policies, governance files, engine and ePHI scope → ``evaluation`` and ``gate``."""

    @functools.wraps(f)
    def command(*args: Any, _evaluation: tuple[Any, Any], **kwargs: Any) -> Any:
        return f(*args, evaluation=_evaluation[0], gate=_evaluation[1], **kwargs)

    return _evaluation_group(command)


def _report(ctx: click.Context, *, formats_: str, out_dir: Path, junit_group: str, sign_key: Path | None,
            pdf_timeout: float) -> Any:
    from hipaa_scan.reports.manifest import load_key
    from hipaa_scan.scanner.pipeline import ReportSettings

    return ReportSettings(formats=tuple(f.strip() for f in formats_.split(",") if f.strip()), out_dir=out_dir,
                          junit_group=junit_group, sign_key=load_key(sign_key), pdf_timeout=pdf_timeout)


def _formats_help() -> str:
    from hipaa_scan.reports import describe

    return f"Comma-separated report formats: {describe()}; pdf needs headless Chromium."


report_options = option_group("report", [
    click.option("--format", "formats_", default="json,junit,html", show_default=True, help=_formats_help()),
    click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("hipaa-out"), show_default=True,
                 help="Directory the reports are written to."),
    click.option("--junit-group", type=click.Choice(["control", "citation"]), default="control", show_default=True,
                 help="JUnit suites: one per control, or one per HIPAA citation."),
    click.option("--sign-key", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
                 help="Sign manifest.json with HMAC-SHA256 using the key in this file "
                      "(or the key itself in $HIPAA_SCAN_SIGN_KEY)."),
    click.option("--pdf-timeout", type=click.FloatRange(1, 86400), default=900, show_default=True,
                 envvar="HIPAA_SCAN_PDF_TIMEOUT", show_envvar=True,
                 help="Seconds Chromium may take to print report.pdf (a 10k-finding report runs to thousands "
                      "of pages)."),
], _report)


def _console(ctx: click.Context, *, console_mode: str, console_severity: str, console_limit: int) -> Any:
    from hipaa_scan.scanner.cli.console import ConsoleSettings

    return ConsoleSettings(mode=console_mode, severity=console_severity, limit=console_limit)


console_options = option_group("console", [
    click.option("--console", "console_mode", type=click.Choice(["findings", "summary", "none"]), default="findings",
                 show_default=True,
                 help="What to print after the run: the unwaived failures and errors by control (stdout; a table in "
                      "a terminal, plain lines in CI logs) and the summary (stderr); only the summary; or nothing."),
    click.option("--console-severity", type=click.Choice(["critical", "high", "medium", "low"]), default="low",
                 show_default=True, help="Lowest severity of a finding listed on the console."),
    click.option("--console-limit", type=click.IntRange(1, 100000), default=50, show_default=True,
                 help="Most findings listed on the console (10 per control); the rest are counted."),
], _console)
