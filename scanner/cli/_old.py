"""The ``hipaa-scan`` command line (click).

Thin: options → a frozen config → ``scanner`` functions → writers → exit code. Domain
errors (:class:`scanner.errors.HipaaScanError`) are caught once, in :func:`main`, and
printed as one line; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import click

from hipaa_scan.scanner import __version__
from hipaa_scan.scanner.errors import ExitCode, HipaaScanError, InputError
from hipaa_scan.scanner.gate import FAIL_ON_CHOICES

EPILOG_EXIT = ("Exit codes: 0 no unwaived finding at/above --fail-on and nothing unread; 1 the gate failed on "
               "findings; 2 usage or configuration error; 3 the scan was incomplete (collection errors) and "
               "--allow-incomplete was not given.")


@dataclass(frozen=True)
class EvalConfig:
    fail_on: str = "high"
    allow_incomplete: bool = False
    policy_dirs: tuple[Path, ...] = ()
    pin: bool = False
    governance: object | None = None  # scanner.governance.Governance; None: the command's --waivers/--baseline/...
    engine: object | None = None  # scanner.engine_opa.OpaConfig (--engine opa); None: the command's --engine/--opa-*
    phi: object | None = None  # PhiScope (--phi-tag/--phi-only); None: the command's options


class Progress:
    """Progress on stderr (rich) for long work; silent when stderr is not a TTY or --quiet."""

    def __init__(self, quiet: bool = False):
        self.enabled = not quiet and sys.stderr.isatty()
        self._status = None
        self._done = 0

    def __enter__(self):
        if self.enabled:
            from rich.console import Console

            self._status = Console(stderr=True).status("collecting…")
            self._status.__enter__()
        return self

    def step(self, what: str) -> None:
        self._done += 1
        if self._status:
            self._status.update(f"collecting… {self._done} done · {what}")

    def show(self, line: str) -> None:
        """Replace the status line (e.g. the AWS orchestrator's counters)."""
        if self._status:
            self._status.update(f"collecting… {line}")

    def __exit__(self, *exc):
        if self._status:
            self._status.__exit__(*exc)


def _err(msg: str) -> None:
    click.echo(f"hipaa-scan: error: {msg}", err=True)


def _csv(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


# -------------------------------------------------------------------- shared options
def eval_options(f):
    f = click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="high", show_default=True,
                     help="Lowest severity of an unwaived failure that fails the gate (exit 1); 'never' to not gate.")(f)
    f = click.option("--allow-incomplete", is_flag=True,
                     help="Do not exit 3 when some resources could not be read (they stay 'error' in reports).")(f)
    f = click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path),
                     help="Extra directory of Rego controls (repeatable).")(f)
    f = click.option("--pin", is_flag=True,
                     help="Derive the scan id and times from the inputs, so the same inputs give byte-identical results.")(f)
    return phi_options(engine_options(governance_options(f)))


# -------------------------------------------------------------------- ePHI scope (issue 4)
@dataclass(frozen=True)
class PhiScope:
    tags: tuple[tuple[str, str], ...] = ()  #: resources carrying any of these (key, value) tags hold ePHI
    only: bool = False  #: evaluate only in-scope resources


def _phi_option(ctx, param, value):
    raw = ctx.meta.setdefault("hipaa_scan.phi_raw", {})
    if param.name == "phi_tags":
        pairs = []
        for item in value:
            key, sep, val = item.partition("=")
            if not sep or not key.strip():
                raise click.BadParameter(f"{item!r} is not KEY=VALUE (e.g. --phi-tag phi=true)", ctx, param)
            pairs.append((key.strip(), val.strip()))
        value = tuple(pairs)
    raw[param.name] = value
    if "phi_tags" in raw and "phi_only" in raw and not ctx.resilient_parsing:
        if raw["phi_only"] and not raw["phi_tags"]:
            raise click.UsageError("--phi-only needs at least one --phi-tag KEY=VALUE", ctx)
        ctx.meta["hipaa_scan.phi"] = PhiScope(raw["phi_tags"], raw["phi_only"])
    return value


def phi_options(f):
    """--phi-tag/--phi-only; not passed to the command (run_evaluate reads them)."""
    f = click.option("--phi-tag", "phi_tags", multiple=True, expose_value=False, callback=_phi_option,
                     help="KEY=VALUE tag marking resources that hold ePHI (repeatable). Failures of resources without "
                          "it are reported one severity lower; default: every resource is in scope.")(f)
    f = click.option("--phi-only", "phi_only", is_flag=True, expose_value=False, callback=_phi_option,
                     help="Evaluate only resources in ePHI scope (carrying a --phi-tag, or unable to carry tags).")(f)
    return f


def _context_phi() -> PhiScope:
    ctx = click.get_current_context(silent=True)
    return (ctx.meta.get("hipaa_scan.phi") if ctx is not None else None) or PhiScope()


# -------------------------------------------------------------------- governance (issue 10)
_GOV_KEYS = ("waivers_file", "baseline_file", "attestations_file", "max_waiver_days")


def _governance_option(ctx, param, value):
    """Store each governance option; once all are known, load and validate the files (before any network call)."""
    raw = ctx.meta.setdefault("hipaa_scan.governance_raw", {})
    raw[param.name] = value
    if all(k in raw for k in _GOV_KEYS) and not ctx.resilient_parsing:
        from hipaa_scan.scanner.governance import load_governance

        ctx.meta["hipaa_scan.governance"] = load_governance(raw["waivers_file"], raw["baseline_file"],
                                                            raw["attestations_file"], raw["max_waiver_days"])
    return value


def governance_options(f):
    """--waivers/--baseline/--attestations/--max-waiver-days; not passed to the command (run_evaluate reads them)."""
    path = click.Path(path_type=Path, dir_okay=False)
    f = click.option("--waivers", "waivers_file", type=path, default=None, expose_value=False,
                     callback=_governance_option,
                     help="waivers.yaml: accepted risks (approver, ticket, expiry) that turn matching failures into 'waived'.")(f)
    f = click.option("--baseline", "baseline_file", type=path, default=None, expose_value=False,
                     callback=_governance_option,
                     help="baseline.json (hipaa-scan baseline create): known failures become 'baseline' and do not gate.")(f)
    f = click.option("--attestations", "attestations_file", type=path, default=None, expose_value=False,
                     callback=_governance_option,
                     help="attestations.yaml (hipaa-scan attest template): attested citations show as 'attested' in coverage.")(f)
    f = click.option("--max-waiver-days", "max_waiver_days", type=click.IntRange(1, 3660), default=None,
                     expose_value=False, callback=_governance_option,
                     help="Longest a waiver may run from today (default 365); a later 'expires' is an error.")(f)
    return f


# -------------------------------------------------------------------- engine (issue 11)
_ENGINE_KEYS = ("engine", "opa_url", "opa_token_file", "opa_push", "opa_package_prefix", "opa_timeout")


def _engine_option(ctx, param, value):
    """Store each engine option; once all are known, check how they combine (before any network call)."""
    raw = ctx.meta.setdefault("hipaa_scan.engine_raw", {})
    raw[param.name] = value
    if ctx.get_parameter_source(param.name) is not click.core.ParameterSource.DEFAULT:
        ctx.meta.setdefault("hipaa_scan.engine_given", set()).add(param.name)
    if all(k in raw for k in _ENGINE_KEYS) and not ctx.resilient_parsing:
        ctx.meta["hipaa_scan.engine"] = _engine_config(raw, ctx.meta.get("hipaa_scan.engine_given", set()))
    return value


def _engine_config(raw: dict, given: set):
    opa_given = [f"--{k.replace('_', '-')}" for k in _ENGINE_KEYS[1:] if k in given]
    if raw["engine"] != "opa":
        if opa_given:
            raise click.UsageError(f"{opa_given[0]} needs --engine opa")
        return None
    if not raw["opa_url"]:
        raise click.UsageError("--engine opa needs --opa-url (e.g. http://opa:8181)")
    if raw["opa_push"] and raw["opa_package_prefix"]:
        raise click.UsageError("--opa-push uploads the policies under a scan-specific package root; "
                               "--opa-package-prefix names where deployed policies live: give one of them")
    from hipaa_scan.scanner.engine_opa import OpaConfig, check_prefix, parse_url, read_token

    parse_url(raw["opa_url"])
    if raw["opa_token_file"]:
        read_token(raw["opa_token_file"])
    return OpaConfig(url=raw["opa_url"], token_file=raw["opa_token_file"], push=raw["opa_push"],
                     package_prefix=check_prefix(raw["opa_package_prefix"] or "hipaa"), timeout=raw["opa_timeout"])


def engine_options(f):
    """--engine and --opa-*; not passed to the command (run_evaluate reads them)."""
    f = click.option("--engine", type=click.Choice(["embedded", "opa"]), default="embedded", show_default=True,
                     expose_value=False, callback=_engine_option,
                     help="Where the Rego runs: in-process (regorus) or on an Open Policy Agent server.")(f)
    f = click.option("--opa-url", default=None, expose_value=False, callback=_engine_option,
                     help="OPA server for --engine opa, e.g. http://opa:8181.")(f)
    f = click.option("--opa-token-file", type=click.Path(path_type=Path, dir_okay=False), default=None,
                     expose_value=False, callback=_engine_option,
                     help="File holding a bearer token for OPA's authentication.")(f)
    f = click.option("--opa-push", is_flag=True, expose_value=False, callback=_engine_option,
                     help="Upload the policies for this scan with OPA's Policy API and remove them afterwards.")(f)
    f = click.option("--opa-package-prefix", default=None, expose_value=False, callback=_engine_option,
                     help="Package root of the policies already deployed on OPA (default hipaa; see "
                          "'hipaa-scan policy bundle').")(f)
    f = click.option("--opa-timeout", type=click.FloatRange(0.1, 3600), default=30.0, show_default=True,
                     expose_value=False, callback=_engine_option, help="Seconds to wait for each OPA request.")(f)
    return f


def _context_engine():
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get("hipaa_scan.engine") if ctx is not None else None


def _open_engine(engine_cfg, policy_set):
    """A context manager yielding the engine: None (embedded) or an OpaEngine that cleans up on exit."""
    import contextlib

    if engine_cfg is None:
        return contextlib.nullcontext(None)
    from hipaa_scan.scanner.engine_opa import OpaEngine

    return OpaEngine.from_config(engine_cfg, policy_set.sha256)


def _context_governance():
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get("hipaa_scan.governance") if ctx is not None else None


def report_options(f):
    from hipaa_scan.reports import describe

    f = click.option("--format", "formats_", default="json,junit,html", show_default=True,
                     help=f"Comma-separated report formats: {describe()}; pdf needs headless Chromium.")(f)
    f = click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("hipaa-out"),
                     show_default=True, help="Directory the reports are written to.")(f)
    f = click.option("--junit-group", type=click.Choice(["control", "citation"]), default="control",
                     show_default=True, expose_value=False, callback=_report_meta,
                     help="JUnit suites: one per control, or one per HIPAA citation.")(f)
    f = click.option("--sign-key", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
                     expose_value=False, callback=_report_meta,
                     help="Sign manifest.json with HMAC-SHA256 using the key in this file "
                          "(or the key itself in $HIPAA_SCAN_SIGN_KEY).")(f)
    return f


def _report_meta(ctx, param, value):
    ctx.meta[f"hipaa_scan.{param.name}"] = value
    return value


def _report_settings() -> tuple[dict, bytes | None]:
    """Writer options and the manifest signing key from --junit-group / --sign-key."""
    from hipaa_scan.reports.manifest import load_key

    ctx = click.get_current_context(silent=True)
    meta = ctx.meta if ctx is not None else {}
    options = {"junit": {"group": meta.get("hipaa_scan.junit_group") or "control"}}
    return options, load_key(meta.get("hipaa_scan.sign_key"))


@dataclass(frozen=True)
class AwsConfig:
    """What to collect from AWS (issue 5: accounts × regions × specs)."""

    regions: list[str] | str = ("us-east-1",)  #: a list, or "all" (enabled regions per account)
    profile: str | None = None
    endpoint_url: str | None = None
    workers: int = 16
    quiet: bool = False
    org: bool = False
    role_name: str | None = None
    external_id: str | None = None
    accounts: tuple[str, ...] = ()


def aws_config(regions, profile, endpoint_url, workers, quiet, org=False, role_name=None, external_id=None,
               accounts=None, accounts_file=None) -> AwsConfig:
    """Check the AWS options (before any network call) and freeze them."""
    from hipaa_scan.collectors.aws.orchestrator import parse_accounts

    region_list = _csv(regions)
    if not region_list:
        raise InputError("no region given", "--regions")
    if "all" in region_list and len(region_list) > 1:
        raise InputError("'all' cannot be combined with region names", "--regions")
    if external_id and not role_name:
        raise InputError("--external-id needs --role-name", "--external-id")
    if org and not role_name:
        raise InputError("--org needs --role-name (the role to assume in each member account)", "--role-name")
    ids = parse_accounts(accounts or "", "--accounts")
    if accounts_file is not None:
        try:
            text = Path(accounts_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", str(accounts_file)) from None
        ids += [a for a in parse_accounts(text, str(accounts_file)) if a not in ids]
        if not ids:
            raise InputError("no account id in the file", str(accounts_file))
    return AwsConfig("all" if region_list == ["all"] else region_list, profile, endpoint_url, workers, quiet, org,
                     role_name, external_id, tuple(ids))


def aws_options(f):
    # applied bottom-up: the account options are listed after the basic ones in --help
    f = click.option("--accounts-file", type=click.Path(path_type=Path), default=None,
                     help="File of account ids, one per line ('#' comments), added to --accounts.")(f)
    f = click.option("--accounts", default=None,
                     help="Comma-separated account ids to scan (with --org: restricts the organization's accounts).")(f)
    f = click.option("--external-id", default=None, help="ExternalId passed to sts:AssumeRole.")(f)
    f = click.option("--role-name", default=None,
                     help="Role assumed in each account other than the caller's (sts:AssumeRole, session name "
                          "hipaa-scan), e.g. HipaaScanReadOnly.")(f)
    f = click.option("--org", is_flag=True,
                     help="Scan every ACTIVE account of the organization (organizations:ListAccounts; run from the "
                          "management or a delegated administrator account). Needs --role-name.")(f)
    f = click.option("--regions", default="us-east-1", show_default=True,
                     help="Comma-separated regions to scan, or 'all' (every region enabled in each account, "
                          "from ec2:DescribeRegions).")(f)
    f = click.option("--profile", default=None, help="AWS named profile (default: the standard credential chain).")(f)
    f = click.option("--endpoint-url", default=None,
                     help="Send every AWS call to this endpoint (a local moto server, a VPC endpoint).")(f)
    f = click.option("--workers", type=click.IntRange(1, 256), default=16, show_default=True,
                     help="Concurrent collection workers, shared by all accounts × regions × resource types.")(f)
    f = click.option("--quiet", "-q", is_flag=True, help="No progress output on stderr.")(f)
    return f


# -------------------------------------------------------------------- the pipeline
def run_evaluate(inventory: dict, inventory_sha256: str, cfg: EvalConfig) -> dict:
    from hipaa_scan.scanner.evaluate import Evaluator
    from hipaa_scan.scanner.gate import evaluate_gate
    from hipaa_scan.scanner.policies import load_policy_set

    policy_set = load_policy_set(cfg.policy_dirs)
    with _open_engine(cfg.engine if cfg.engine is not None else _context_engine(), policy_set) as engine:
        phi = cfg.phi if cfg.phi is not None else _context_phi()
        results = Evaluator(policy_set, engine).evaluate(inventory, inventory_sha256=inventory_sha256,
                                                         fail_on=cfg.fail_on, pin=cfg.pin, phi_tags=phi.tags,
                                                         phi_only=phi.only)
    gov = cfg.governance if cfg.governance is not None else _context_governance()
    if gov is not None and not gov.empty:
        from hipaa_scan.scanner.governance import apply_governance, as_of_date

        return apply_governance(results, gov, fail_on=cfg.fail_on, allow_incomplete=cfg.allow_incomplete,
                                as_of=as_of_date(results, cfg.pin))
    results["gate"] = evaluate_gate(results["findings"], cfg.fail_on, cfg.allow_incomplete,
                                    len(results.get("errors") or []))
    return results


def collect_aws_inventory(cfg: AwsConfig) -> dict:
    from hipaa_scan.collectors.aws import collect_aws
    from hipaa_scan.scanner.inventory import InventoryBuilder

    builder = InventoryBuilder()
    with Progress(cfg.quiet) as progress:
        collect_aws(builder, profile=cfg.profile, regions=cfg.regions, endpoint_url=cfg.endpoint_url,
                    workers=cfg.workers, org=cfg.org, role_name=cfg.role_name, external_id=cfg.external_id,
                    accounts=list(cfg.accounts), progress=lambda stats: progress.show(stats.line()))
    return builder.document()


def iac_options(f):
    from hipaa_scan.collectors.iac.runner import FRAMEWORKS

    f = click.option("--framework", "frameworks", default=",".join(FRAMEWORKS), show_default=True,
                     help="Comma-separated checkov frameworks to run.")(f)
    f = click.option("--relative-to", "relative_to", type=click.Path(path_type=Path), default=None,
                     help="Write file paths relative to this directory (default: the current directory when PATH "
                          "is inside it, so SARIF annotates pull requests when run from the repository root; "
                          "else PATH).")(f)
    return f


def collect_iac_inventory(path: Path, frameworks: str, relative_to: Path | None = None) -> dict:
    from hipaa_scan.collectors.iac import collect as collect_iac
    from hipaa_scan.scanner.inventory import InventoryBuilder

    if relative_to is None:
        cwd, target = Path.cwd().resolve(), Path(path).resolve()
        relative_to = cwd if target == cwd or cwd in target.parents else None
    builder = InventoryBuilder()
    collect_iac(path, builder, frameworks, base=relative_to)
    return builder.document()


def tls_options(f):
    f = click.argument("targets", nargs=-1)(f)
    f = click.option("--endpoints", "endpoints_file", type=click.Path(path_type=Path), default=None,
                     help="YAML list of endpoints (host, port, sni, starttls, http_port, https).")(f)
    f = click.option("--from-inventory", "inventory_file", type=click.Path(path_type=Path), default=None,
                     help="Scan the public endpoints of a saved AWS inventory (load balancers, API Gateway, CloudFront).")(f)
    f = click.option("--ca-bundle", type=click.Path(path_type=Path), default=None,
                     help="PEM file of extra trusted CAs (private PKI).")(f)
    f = click.option("--workers", type=click.IntRange(1, 256), default=10, show_default=True,
                     help="Endpoints scanned at the same time.")(f)
    f = click.option("--timeout", type=click.FloatRange(0.1, 300), default=5.0, show_default=True,
                     help="Network timeout per connection, in seconds.")(f)
    f = click.option("--quiet", "-q", is_flag=True, help="No progress output on stderr.")(f)
    return f


def collect_tls_inventory(targets, endpoints_file, inventory_file, ca_bundle, workers, timeout, quiet) -> dict:
    from hipaa_scan.collectors.tls import gather_endpoints, tls_inventory

    endpoints = gather_endpoints(targets, endpoints_file, inventory_file)
    with Progress(quiet) as progress:
        return tls_inventory(endpoints, ca_bundle=ca_bundle, workers=workers, timeout=timeout, progress=progress.step)


def host_options(f):
    # applied bottom-up, so --help lists them top-down
    f = click.option("--quiet", "-q", is_flag=True, help="No progress output on stderr.")(f)
    f = click.option("--connect-timeout", type=click.FloatRange(0.1, 600), default=10.0, show_default=True,
                     help="Timeout to connect and log in to a host, in seconds.")(f)
    f = click.option("--timeout", type=click.FloatRange(0.1, 3600), default=30.0, show_default=True,
                     help="Timeout per command on a host, in seconds.")(f)
    f = click.option("--workers", type=click.IntRange(1, 1024), default=32, show_default=True,
                     help="Hosts read at the same time.")(f)
    f = click.option("--sudo", is_flag=True, help="Run root-only reads through 'sudo -n' (every host).")(f)
    f = click.option("--accept-new-host-keys", "accept_new", is_flag=True,
                     help="Trust and record the key of a host not yet in known_hosts (never a changed key).")(f)
    f = click.option("--known-hosts", type=click.Path(path_type=Path), default=None,
                     help="known_hosts file to trust (default ~/.ssh/known_hosts).")(f)
    f = click.option("--hosts", "hosts_file", type=click.Path(path_type=Path), default=None,
                     help="YAML list of hosts (host, port, user, key, agent, jump, sudo, tags).")(f)
    f = click.option("--root", "root_dir", type=click.Path(path_type=Path), default=None,
                     help="With --local: read a fake root directory (captured files and command outputs).")(f)
    f = click.option("--local", is_flag=True, help="Read this machine instead of SSH targets.")(f)
    f = click.argument("targets", nargs=-1)(f)
    return f


def collect_host_inventory(targets, local, root_dir, hosts_file, known_hosts, accept_new, sudo, workers, timeout,
                           connect_timeout, quiet) -> dict:
    from hipaa_scan.collectors.host import collect_hosts, gather_targets
    from hipaa_scan.scanner.inventory import InventoryBuilder

    hosts = gather_targets(targets, hosts_file, local=local, root=root_dir, sudo=sudo)
    builder = InventoryBuilder()
    with Progress(quiet) as progress:
        collect_hosts(hosts, builder, local=local, root=root_dir, sudo=sudo,
                      known_hosts=str(known_hosts) if known_hosts else None, accept_new=accept_new,
                      concurrency=workers, command_timeout=timeout, connect_timeout=connect_timeout,
                      progress=lambda done, total, host, ok: progress.step(f"{host} {'read' if ok else 'failed'}"))
    return builder.document()


def finish_scan(inventory: dict, out_dir: Path, formats_: str, cfg: EvalConfig) -> int:
    """Evaluate a fresh inventory and write it, the results and the reports into out_dir."""
    import hashlib

    from hipaa_scan.reports import parse_formats, write_reports
    from hipaa_scan.scanner.inventory import write_json

    from hipaa_scan.reports import manifest

    names = parse_formats(formats_)
    options, key = _report_settings()
    data = (json.dumps(inventory, indent=2, ensure_ascii=False) + "\n").encode()
    results = run_evaluate(inventory, hashlib.sha256(data).hexdigest(), cfg)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_json(inventory, out_dir / "inventory.json")
    written = write_reports(results, out_dir, names, options)
    manifest.write(out_dir, [out_dir / "inventory.json", *written], results=results, key=key)
    _echo_summary(results, out_dir)
    return results["gate"]["exit_code"]


def _write_inventory(doc: dict, output: Path, noun: str) -> None:
    """Write a collected inventory and say on stderr how much it holds."""
    from hipaa_scan.scanner.inventory import write_json

    write_json(doc, output)
    n = sum(len(v) for v in doc["resources"].values())
    click.echo(f"hipaa-scan: {n} {noun}, {len(doc['errors'])} collection errors → {output}", err=True)


def _echo_summary(results: dict, out_dir: Path | None = None) -> None:
    s = results["summary"]["by_status"]
    g = results["gate"]
    line = ", ".join(f"{n} {k}" for k, n in s.items() if n)
    n_errors = len(results.get("errors") or [])
    if n_errors:
        line += f"; {n_errors} collection error{'s' if n_errors != 1 else ''}"
    where = f" → {out_dir}" if out_dir else ""
    click.echo(f"hipaa-scan: {results['summary']['total']} findings ({line}); gate {g['verdict']} "
               f"(fail-on {g['fail_on']}, exit {g['exit_code']}){where}", err=True)
    w, b = results.get("waivers"), results.get("baseline")
    if w:
        click.echo(f"hipaa-scan: waivers: {len(w['applied'])} applied, {len(w['expired'])} expired, "
                   f"{len(w['unused'])} unused, {len(w['refused'])} refused on error findings", err=True)
    if b:
        click.echo(f"hipaa-scan: baseline: {b['new']} new, {b['known']} known, {len(b['fixed'])} fixed", err=True)


# -------------------------------------------------------------------- commands
class HipaaGroup(click.Group):
    """The root group: catches domain errors once, prints one line, returns the exit code."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        argv = list(sys.argv[1:] if args is None else args)
        try:
            rv = super().main(args=argv, prog_name=prog_name or "hipaa-scan", complete_var=complete_var,
                              standalone_mode=False, **extra)
            code = int(rv or 0) if isinstance(rv, int) else 0
        except HipaaScanError as exc:
            if "--debug" in argv:
                traceback.print_exc()
            _err(str(exc))
            code = int(exc.exit_code)
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except click.ClickException as exc:
            exc.show()
            code = int(ExitCode.USAGE)
        except click.exceptions.Abort:
            _err("aborted")
            code = int(ExitCode.USAGE)
        except KeyboardInterrupt:
            _err("interrupted")
            code = 130
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=HipaaGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog=EPILOG_EXIT)
@click.version_option(__version__, "--version", prog_name="hipaa-scan")
@click.option("--debug", is_flag=True, help="Show the traceback of errors.")
@click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Project configuration (default: ./hipaa-scan.yaml if present). Flags override it.")
@click.pass_context
def cli(ctx, debug, config_file):
    """HIPAA Security Rule compliance scanner and policy-as-code engine.

    \b
    Collect configuration (read-only), evaluate it with Rego controls that cite the
    Security Rule (45 CFR 164.308/.310/.312/.316), write reports, and gate CI:
      hipaa-scan scan aws --regions us-east-1,eu-west-1 --out out/ --fail-on high
      hipaa-scan collect aws -o inventory.json
      hipaa-scan evaluate inventory.json -o results.json
      hipaa-scan report results.json --format junit,json,html --out out/
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["config"] = None
    if ctx.invoked_subcommand != "init" and not ctx.resilient_parsing:
        from hipaa_scan.scanner.config import find_config, load_config

        found = find_config(config_file)
        if found is not None:
            ctx.obj["config"] = load_config(found)
            ctx.default_map = ctx.obj["config"].default_map()


@cli.group()
def collect():
    """Collect an inventory of facts (read-only) from a source.

    \b
    Example:
      hipaa-scan collect aws --regions us-east-1,eu-west-1 -o inventory.json
    """


@collect.command("aws", epilog=EPILOG_EXIT)
@aws_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("inventory.json"), show_default=True,
              help="Where to write the inventory.")
def collect_aws_cmd(output, **aws):
    """Read AWS accounts' configuration into an inventory (Describe/Get/List/Head calls only).

    \b
    Examples:
      hipaa-scan collect aws --profile prod --regions us-east-1,eu-west-1 -o inventory.json
      hipaa-scan collect aws --org --role-name HipaaScanReadOnly --regions all -o inventory.json
      hipaa-scan collect aws --accounts-file shard-1.txt --role-name HipaaScanReadOnly -o inventory.json
      hipaa-scan collect aws --endpoint-url http://127.0.0.1:5000 -o inventory.json
    """
    doc = collect_aws_inventory(aws_config(**aws))
    _write_inventory(doc, output, "resources")


@collect.command("iac", epilog=EPILOG_EXIT)
@click.argument("path", type=click.Path(path_type=Path))
@iac_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("inventory.json"), show_default=True,
              help="Where to write the inventory.")
def collect_iac_cmd(path, frameworks, relative_to, output):
    """Run checkov (as a library) over Terraform, CloudFormation, Kubernetes and plan JSON.

    PATH is a directory, or one file such as a `terraform show -json` plan. Every check
    result becomes an iac_check resource; a file checkov cannot parse is a collection error.

    \b
    Examples:
      hipaa-scan collect iac infra/ -o inventory.json
      hipaa-scan collect iac tfplan.json --framework terraform_plan
    """
    doc = collect_iac_inventory(path, frameworks, relative_to)
    _write_inventory(doc, output, "check results")


@collect.command("tls", epilog=EPILOG_EXIT)
@tls_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("inventory.json"), show_default=True,
              help="Where to write the inventory.")
def collect_tls_cmd(targets, endpoints_file, inventory_file, ca_bundle, workers, timeout, quiet, output):
    """Test TLS endpoints (protocols, cipher suites, certificate, HSTS, plain-HTTP redirect).

    TARGETS are host or host:port (443 by default). An unreachable or non-TLS endpoint is a
    collection error, so its controls are `error`, never `pass`.

    \b
    Examples:
      hipaa-scan collect tls portal.example.org:443 api.example.org -o inventory.json
      hipaa-scan collect tls --endpoints endpoints.yaml --ca-bundle private-ca.pem
      hipaa-scan collect tls --from-inventory aws-inventory.json -o tls-inventory.json
    """
    doc = collect_tls_inventory(targets, endpoints_file, inventory_file, ca_bundle, workers, timeout, quiet)
    _write_inventory(doc, output, "endpoints")


@collect.command("host", epilog=EPILOG_EXIT)
@host_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("inventory.json"), show_default=True,
              help="Where to write the inventory.")
def collect_host_cmd(targets, local, root_dir, hosts_file, known_hosts, accept_new, sudo, workers, timeout,
                     connect_timeout, quiet, output):
    """Read Linux hosts (Debian and RHEL families) locally or over SSH.

    TARGETS are [user@]host[:port] or ~/.ssh/config aliases. Unknown host keys are refused
    unless --known-hosts or --accept-new-host-keys says otherwise. An unreachable host, a
    failed login or a read that needs root is a collection error, so the controls it
    touches are `error`, never `pass`.

    \b
    Examples:
      hipaa-scan collect host --local -o inventory.json
      hipaa-scan collect host --hosts hosts.yaml --known-hosts ~/.ssh/known_hosts --workers 64
      hipaa-scan collect host audit@db1.example.org:2222 --sudo
    """
    doc = collect_host_inventory(targets, local, root_dir, hosts_file, known_hosts, accept_new, sudo, workers,
                                 timeout, connect_timeout, quiet)
    _write_inventory(doc, output, "hosts")


@cli.command(epilog=EPILOG_EXIT)
@click.argument("inventory", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("results.json"), show_default=True,
              help="Where to write the results document.")
@eval_options
def evaluate(inventory, output, fail_on, allow_incomplete, policy_dirs, pin):
    """Evaluate a saved inventory with every control (offline); exits with the gate's code.

    \b
    Examples:
      hipaa-scan evaluate inventory.json -o results.json
      hipaa-scan evaluate inventory.json --fail-on medium --pin -o results.json
    """
    from hipaa_scan.scanner.inventory import load_inventory, write_json

    doc, sha = load_inventory(inventory)
    results = run_evaluate(doc, sha, EvalConfig(fail_on, allow_incomplete, tuple(policy_dirs), pin))
    write_json(results, output)
    _echo_summary(results)
    return results["gate"]["exit_code"]


@cli.command(epilog="Exit codes: 0 reports written (and manifest.json); 2 bad input, unknown format, or a "
                    "format whose renderer is missing (pdf without Chromium).")
@click.argument("results", type=click.Path(path_type=Path))
@report_options
def report(results, formats_, out_dir):
    """Render a results document into report files.

    \b
    Examples:
      hipaa-scan report results.json --format junit,json,html --out reports/
      hipaa-scan report results.json --format sarif,markdown,csv,pdf --junit-group citation --sign-key audit.key
    """
    from hipaa_scan.reports import manifest, parse_formats, write_reports
    from hipaa_scan.scanner.inventory import read_json, validate

    names = parse_formats(formats_)
    options, key = _report_settings()
    doc, _ = read_json(results)
    validate(doc, "results", str(results))
    written = write_reports(doc, out_dir, names, options)
    for p in written:
        click.echo(str(p))
    click.echo(str(manifest.write(out_dir, written, inputs=[("results", results)], results=doc, key=key)))


@cli.command(epilog="Exit codes: 0 every file matches manifest.json (and its signature, when a key is given); "
                    "1 a file changed or is missing, or the signature does not match; 2 no readable manifest.")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--sign-key", "key_file", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="Check the HMAC-SHA256 signature with the key in this file (or the key itself in "
                   "$HIPAA_SCAN_SIGN_KEY).")
@click.option("--quiet", "-q", is_flag=True, help="Print only what failed.")
def verify(directory, key_file, quiet):
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


@cli.command(epilog="Exit codes: results — the merged gate's code (0, 1 or 3); inventories — 0; 2 documents that "
                   "cannot be merged (different policy sets or schema versions, mixed kinds, bad JSON).")
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Where to write the merged document.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=None,
              help="Gate threshold of the merged results (default: the shards' own, which must agree).")
@click.option("--allow-incomplete", is_flag=True, default=None,
              help="Do not exit 3 on error findings (default: only if every shard allowed it).")
def merge(documents, output, fail_on, allow_incomplete):
    """Join the results (or inventories) of sharded runs into one document.

    Results must share the policy set (sha256) and schema version; findings are
    de-duplicated by (control, resource type, resource id) and summary, coverage and gate
    are recomputed. Inventories are joined with each resource (type, id) once.

    \b
    Examples:
      hipaa-scan merge shard-*/results.json -o results.json
      hipaa-scan merge a/inventory.json b/inventory.json -o inventory.json
    """
    from hipaa_scan.scanner.inventory import write_json
    from hipaa_scan.scanner.merge import merge_files

    kind, doc = merge_files(list(documents), fail_on=fail_on, allow_incomplete=allow_incomplete or None)
    write_json(doc, output)
    if kind == "results":
        _echo_summary(doc, output)
        return doc["gate"]["exit_code"]
    n = sum(len(v) for v in doc["resources"].values())
    click.echo(f"hipaa-scan: {len(documents)} inventories → {n} resources, {len(doc['errors'])} collection errors "
               f"→ {output}", err=True)
    return int(ExitCode.OK)


@cli.group()
def scan():
    """Collect, evaluate and report in one go; exit with the gate's code.

    \b
    Example:
      hipaa-scan scan aws --regions us-east-1 --out out/ --fail-on high
    """


@scan.command("aws", epilog=EPILOG_EXIT)
@aws_options
@report_options
@eval_options
def scan_aws_cmd(formats_, out_dir, fail_on, allow_incomplete, policy_dirs, pin, **aws):
    """Scan AWS accounts: collect, evaluate every control, write reports, gate.

    An account whose role cannot be assumed is 'error' for every control (exit 3 unless
    --allow-incomplete); the other accounts are scanned.

    \b
    Examples:
      hipaa-scan scan aws --profile prod --regions us-east-1,eu-west-1 --out out/ --fail-on high
      hipaa-scan scan aws --org --role-name HipaaScanReadOnly --external-id X --regions all --workers 32
      hipaa-scan scan aws --accounts 111122223333,444455556666 --role-name HipaaScanReadOnly
      hipaa-scan scan aws --endpoint-url http://127.0.0.1:5000 --format junit,html --allow-incomplete
    """
    from hipaa_scan.reports import parse_formats
    from hipaa_scan.scanner.policies import load_policy_set

    parse_formats(formats_)  # bad flags fail before any network call
    aws_cfg = aws_config(**aws)
    cfg = EvalConfig(fail_on, allow_incomplete, tuple(policy_dirs), pin)
    load_policy_set(cfg.policy_dirs)
    inventory = collect_aws_inventory(aws_cfg)
    return finish_scan(inventory, out_dir, formats_, cfg)


@scan.command("iac", epilog=EPILOG_EXIT)
@click.argument("path", type=click.Path(path_type=Path))
@iac_options
@report_options
@eval_options
def scan_iac_cmd(path, frameworks, relative_to, formats_, out_dir, fail_on, allow_incomplete, policy_dirs, pin):
    """Gate infrastructure code: checkov results judged by the HIPAA IaC controls.

    Skip comments (#checkov:skip=CKV_AWS_19:reason) show up as waived with their reason;
    an unparsable file makes the scan incomplete (exit 3).

    \b
    Examples:
      hipaa-scan scan iac . --format sarif,junit --out hipaa-out
      hipaa-scan scan iac infra/ --framework terraform --fail-on medium
    """
    from hipaa_scan.reports import parse_formats
    from hipaa_scan.scanner.policies import load_policy_set

    parse_formats(formats_)
    cfg = EvalConfig(fail_on, allow_incomplete, tuple(policy_dirs), pin)
    load_policy_set(cfg.policy_dirs)
    inventory = collect_iac_inventory(path, frameworks, relative_to)
    return finish_scan(inventory, out_dir, formats_, cfg)


@scan.command("tls", epilog=EPILOG_EXIT)
@tls_options
@report_options
@eval_options
def scan_tls_cmd(targets, endpoints_file, inventory_file, ca_bundle, workers, timeout, quiet, formats_, out_dir,
                 fail_on, allow_incomplete, policy_dirs, pin):
    """Scan TLS endpoints against the TLS-* controls (NIST SP 800-52 Rev. 2), write reports, gate.

    \b
    Examples:
      hipaa-scan scan tls portal.example.org:443 --out out/ --fail-on high
      hipaa-scan scan tls --endpoints endpoints.yaml --ca-bundle private-ca.pem --format junit,html
    """
    from hipaa_scan.reports import parse_formats
    from hipaa_scan.scanner.policies import load_policy_set

    parse_formats(formats_)
    cfg = EvalConfig(fail_on, allow_incomplete, tuple(policy_dirs), pin)
    load_policy_set(cfg.policy_dirs)
    inventory = collect_tls_inventory(targets, endpoints_file, inventory_file, ca_bundle, workers, timeout, quiet)
    return finish_scan(inventory, out_dir, formats_, cfg)


@scan.command("host", epilog=EPILOG_EXIT)
@host_options
@report_options
@eval_options
def scan_host_cmd(targets, local, root_dir, hosts_file, known_hosts, accept_new, sudo, workers, timeout,
                  connect_timeout, quiet, formats_, out_dir, fail_on, allow_incomplete, policy_dirs, pin):
    """Scan Linux hosts against the HOST-* controls: collect, evaluate, write reports, gate.

    \b
    Examples:
      hipaa-scan scan host --local --out out/
      hipaa-scan scan host --hosts hosts.yaml --format junit,html --fail-on high
    """
    from hipaa_scan.reports import parse_formats
    from hipaa_scan.scanner.policies import load_policy_set

    parse_formats(formats_)
    cfg = EvalConfig(fail_on, allow_incomplete, tuple(policy_dirs), pin)
    load_policy_set(cfg.policy_dirs)
    inventory = collect_host_inventory(targets, local, root_dir, hosts_file, known_hosts, accept_new, sudo, workers,
                                       timeout, connect_timeout, quiet)
    return finish_scan(inventory, out_dir, formats_, cfg)


@cli.group()
def policy():
    """List and test the Rego controls.

    \b
    Examples:
      hipaa-scan policy list
      hipaa-scan policy test
    """


@policy.command("list")
@click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra directory of Rego controls (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def policy_list(policy_dirs, as_json):
    """List every control: id, severity, citations, resource type, title.

    \b
    Example:
      hipaa-scan policy list --json | jq '.[].id'
    """
    from hipaa_scan.scanner.policies import load_policy_set

    ps = load_policy_set(policy_dirs)
    rows = [p.summary() for p in ps.policies]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} controls · policy set sha256 {ps.sha256[:12]}", expand=False)
    for col in ("id", "severity", "hipaa", "resource type", "title"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], r["severity"], ", ".join(r["hipaa"]), r["resource_type"], r["title"])
    Console(width=200).print(table)
    cited = {c for r in rows for c in r["hipaa"]}
    click.echo(f"{len(rows)} controls citing {len(cited)} of the Security Rule's citations")


@policy.command("mapping")
@click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra directory of Rego controls (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def policy_mapping(policy_dirs, as_json):
    """Show which checkov checks implement which IaC control and HIPAA citations.

    The mapping is read from each control's METADATA `scope`; it is written nowhere else.

    \b
    Example:
      hipaa-scan policy mapping --json | jq '.summary'
    """
    from hipaa_scan.scanner.iacmap import check_mapping
    from hipaa_scan.scanner.policies import load_policy_set

    m = check_mapping(load_policy_set(policy_dirs))
    if as_json:
        click.echo(json.dumps(m, indent=2))
        return
    for r in m["controls"]:
        click.echo(f"{r['id']}  [{', '.join(r['hipaa'])}]  {r['title']}")
        click.echo(f"    {' '.join(r['checks'])}")
    click.echo(m["summary"])


@policy.command("bundle")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("hipaa-bundle.tar.gz"),
              show_default=True, help="Where to write the bundle (.tar.gz).")
@click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra directory of Rego controls to ship too (repeatable).")
@click.option("--package-prefix", default="hipaa", show_default=True,
              help="Package root of the policies in the bundle (metadata at data.<prefix>_meta).")
def policy_bundle(output, policy_dirs, package_prefix):
    """Write the policy set as an OPA bundle, for `opa run --server --bundle` or a bundle service.

    The bundle holds every control and library module, a .manifest whose revision is the
    policy-set sha256 and whose roots are the package root and its _meta twin, and
    data.<prefix>_meta (the hash, every module's sha256, the controls, the catalogue), which
    `hipaa-scan evaluate --engine opa` checks before evaluating.

    \b
    Examples:
      hipaa-scan policy bundle -o hipaa-bundle.tar.gz
      opa run --server --bundle hipaa-bundle.tar.gz
      hipaa-scan evaluate inventory.json --engine opa --opa-url http://127.0.0.1:8181
    """
    from hipaa_scan.scanner.bundle import write_bundle
    from hipaa_scan.scanner.policies import load_policy_set

    ps = load_policy_set(policy_dirs)
    manifest = write_bundle(ps, output, package_prefix)
    click.echo(f"hipaa-scan: {len(ps.policies)} controls, {len(ps.modules)} library modules, roots "
               f"{', '.join(manifest['roots'])}, revision {manifest['revision'][:12]} → {output}", err=True)


@policy.command("test")
@click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra directory of Rego controls whose *_test.rego files run too (repeatable).")
@click.option("-k", "pattern", default=None, help="Only run tests whose 'package.rule' matches this regex.")
@click.option("-v", "--verbose", is_flag=True, help="Print every test, not only failures.")
@click.option("--engine", "engines", type=click.Choice(["embedded", "opa", "both"]), default="embedded",
              show_default=True,
              help="Engine to run the tests under: regorus (embedded), OPA's Go engine (opa: needs "
                   "opa-golib-python-bindings), or both, each test under each.")
def policy_test(policy_dirs, pattern, verbose, engines):
    """Run every test_* rule of every *_test.rego through the engine.

    Prints pass/fail per test and a closing 'N passed, N failed' line; exits 1 on any failure.

    \b
    Example:
      hipaa-scan policy test -k s3
    """
    from hipaa_scan.scanner.policies import load_policy_set
    from hipaa_scan.scanner.policytest import run_tests

    policy_set = load_policy_set(policy_dirs)
    names = ["embedded", "opa"] if engines == "both" else [engines]
    results = []
    for name in names:
        for r in run_tests(policy_set, pattern, engine=name):
            results.append(r)
            if verbose or not r.passed:
                mark = "PASS" if r.passed else "FAIL"
                tag = f"[{name}] " if len(names) > 1 or name != "embedded" else ""
                click.echo(f"{mark} {tag}{r.package}.{r.name}{'  (' + r.detail + ')' if r.detail else ''}")
    failed = [r for r in results if not r.passed]
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return int(ExitCode.GATE_FAILED if failed else ExitCode.OK)


@policy.command("lint")
@click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Directory of Rego modules to lint instead of the built-in policies (repeatable).")
def policy_lint(policy_dirs):
    """Check the Rego style that means the same on regorus and on OPA (rules R1-R5).

    Lints every policy and library module (not *_test.rego) on its parsed AST; prints one
    'file:line:col: RULE message' line per violation and a closing count; exits 1 on any
    violation, 2 when a file does not parse.

    \b
    Example:
      hipaa-scan policy lint --policy-dir ./my-policies
    """
    from hipaa_scan.scanner.policies import builtin_policy_dir
    from hipaa_scan.scanner.regolint import lint_paths

    report = lint_paths(list(policy_dirs) or [builtin_policy_dir()])
    for v in report.violations:
        click.echo(str(v))
    for e in report.errors:
        click.echo(f"{e}", err=True)
    files = len({v.path for v in report.violations})
    click.echo(f"{len(report.violations)} violations in {files} of {report.files} files"
               + (f", {len(report.errors)} files do not parse" if report.errors else ""))
    if report.errors:
        return int(ExitCode.USAGE)
    return int(ExitCode.GATE_FAILED if report.violations else ExitCode.OK)


# -------------------------------------------------------------------- governance commands (issue 10)
@cli.command("init")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("hipaa-scan.yaml"),
              show_default=True, help="Where to write the configuration file.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init_cmd(output, force):
    """Write a commented starter hipaa-scan.yaml (refuses to overwrite without --force).

    \b
    Example:
      hipaa-scan init && hipaa-scan policy list
    """
    from hipaa_scan.scanner.config import write_starter

    click.echo(str(write_starter(output, force)))


@cli.group("baseline")
def baseline_group():
    """Record today's failures so that CI gates only on new ones.

    \b
    Example:
      hipaa-scan baseline create hipaa-out/results.json -o baseline.json
      hipaa-scan scan aws --baseline baseline.json
    """


@baseline_group.command("create")
@click.argument("results", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("baseline.json"),
              show_default=True, help="Where to write the baseline.")
def baseline_create(results, output):
    """Store stable fingerprints of every failure in RESULTS (control, resource type, id, account, region).

    \b
    Example:
      hipaa-scan baseline create results.json -o baseline.json
    """
    from hipaa_scan.scanner.baseline import create_baseline
    from hipaa_scan.scanner.inventory import read_json, validate, write_json
    from hipaa_scan.scanner.yamlfile import display

    doc, _ = read_json(results)
    validate(doc, "results", str(results))
    base = create_baseline(doc, display(results))
    write_json(base, output)
    click.echo(f"hipaa-scan: {len(base['entries'])} known failures → {output}", err=True)


@cli.group("attest")
def attest_group():
    """Attestations for the citations no collector can check (policies, training, contracts, facilities).

    \b
    Example:
      hipaa-scan attest template -o attestations.yaml
      hipaa-scan evaluate inventory.json --attestations attestations.yaml
    """


@attest_group.command("template")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("attestations.yaml"),
              show_default=True, help="Where to write the template.")
@click.option("--policy-dir", "policy_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra directory of Rego controls (their citations need no attestation).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def attest_template(output, policy_dirs, force):
    """Write an attestations file listing every citation no control checks (each entry commented out).

    \b
    Example:
      hipaa-scan attest template -o attestations.yaml
    """
    from hipaa_scan.scanner.attestations import template
    from hipaa_scan.scanner.policies import load_policy_set

    if output.exists() and not force:
        raise InputError("already exists; use --force to overwrite it", str(output))
    text, citations = template(load_policy_set(policy_dirs))
    output.write_text(text, encoding="utf-8")
    click.echo(f"hipaa-scan: {len(citations)} citations need an attestation → {output}", err=True)


@policy.command("new")
@click.argument("control_id", metavar="ID")
@click.option("--resource-type", required=True, help="The inventory resource type the control judges (aws_s3_bucket).")
@click.option("--dir", "directory", type=click.Path(path_type=Path, file_okay=False), default=Path("policies-custom"),
              show_default=True, help="The custom policy directory (pass it as --policy-dir later).")
@click.option("--field", default="enabled", show_default=True, help="The boolean field the skeleton checks.")
@click.option("--severity", type=click.Choice(["critical", "high", "medium", "low"]), default="medium",
              show_default=True)
@click.option("--hipaa", "citations", multiple=True, help="Citation (repeatable; default 164.312(a)(1)).")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def policy_new(control_id, resource_type, directory, field, severity, citations, force):
    """Write a custom control and its test; both pass `policy test --policy-dir DIR` as written.

    \b
    Example:
      hipaa-scan policy new ACME-S3-01 --resource-type aws_s3_bucket --field object_lock --dir policies-custom
      hipaa-scan policy test --policy-dir policies-custom
    """
    from hipaa_scan.scanner.scaffold import new_policy

    paths = new_policy(control_id, resource_type, directory, severity=severity,
                       hipaa=tuple(citations) or ("164.312(a)(1)",), field=field, force=force)
    for p in paths:
        click.echo(str(p))


# -------------------------------------------------------------------- AWS helpers (issue 4)
@cli.group("aws")
def aws_group():
    """AWS helpers: the permissions the collector needs.

    \b
    Example:
      hipaa-scan aws iam-policy > hipaa-scan-readonly.json
    """


@aws_group.command("iam-policy")
@click.option("--member-role", is_flag=True,
              help="The policy for the role assumed in each scanned account of an --org scan: without "
                   "organizations:ListAccounts and sts:AssumeRole, which only the scanning principal needs.")
def aws_iam_policy_cmd(member_role):
    """Print the least-privilege read-only IAM policy the AWS collector needs (JSON).

    The actions are exactly those the declared resource specs call; attach the policy
    to the role or user the scan runs as (with --member-role: to the role in each account).

    \b
    Example:
      hipaa-scan aws iam-policy > policy.json
      aws iam create-policy --policy-name hipaa-scan-readonly --policy-document file://policy.json
      hipaa-scan aws iam-policy --member-role > member-role-policy.json
    """
    from hipaa_scan.collectors.aws import iam_actions
    from hipaa_scan.collectors.aws.orchestrator import SCANNER_ONLY_ACTIONS
    from hipaa_scan.collectors.aws.permissions import policy_document

    actions = [a for a in iam_actions() if not (member_role and a in SCANNER_ONLY_ACTIONS)]
    click.echo(json.dumps(policy_document(actions), indent=2))


def main(argv=None) -> int:
    """Run the CLI and return its exit code (domain errors → one line, exit 2)."""
    return cli.main(args=argv, prog_name="hipaa-scan", standalone_mode=False)


def entry() -> None:
    sys.exit(main())
