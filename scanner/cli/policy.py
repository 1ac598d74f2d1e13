"""``policy …``: list, map, bundle, test, lint and scaffold the Rego controls."""

from __future__ import annotations

import json
from pathlib import Path

import click

from hipaa_scan.scanner.cli.options import check_output_file, policy_dir_option
from hipaa_scan.scanner.errors import ExitCode
from hipaa_scan.scanner.resource_schemas import SOURCES


@click.group()
def policy() -> None:
    """List and test the Rego controls.

    \b
    Examples:
      hipaa-scan policy list
      hipaa-scan policy test
    """


@policy.command("list")
@policy_dir_option()
@click.option("--source", "sources", multiple=True, type=click.Choice([*SOURCES, "custom"]),
              help="Only controls of this source (repeatable): the collector that produces their resource type.")
@click.option("--severity", type=click.Choice(["critical", "high", "medium", "low"]), default=None,
              help="Only controls of this severity or higher.")
@click.option("--citation", "citations", multiple=True,
              help="Only controls citing this citation (repeatable; globs such as '164.312(b)*').")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def policy_list(policy_dirs, sources, severity, citations, as_json):
    """List the controls: id, severity, source, citations, resource type, title.

    The table fits the terminal's width (or $COLUMNS).

    \b
    Examples:
      hipaa-scan policy list --source iac --severity high
      hipaa-scan policy list --citation '164.312(a)(2)(iv)' --json | jq '.[].id'
    """
    from hipaa_scan.scanner.errors import InputError
    from hipaa_scan.scanner.policies import load_policy_set
    from hipaa_scan.scanner.selection import ControlSelection, source_of

    ps = load_policy_set(policy_dirs)
    try:  # an unknown citation is exit 2, not an empty list
        ControlSelection(citations=tuple(citations)).check(ps)
    except InputError as exc:
        raise InputError(exc.message, "--citation") from None
    selection = ControlSelection(severity=severity, citations=tuple(citations), by_source=False)
    rows = []
    for p in ps.policies:
        src = source_of(p)
        if (sources and src not in sources) or selection.reason(p, None, set()) is not None:
            continue
        rows.append(dict(p.summary(), source=src))
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    shown = "" if len(rows) == len(ps.policies) else f" of {len(ps.policies)}"
    table = Table(title=f"{len(rows)}{shown} controls · policy set sha256 {ps.sha256[:12]}", expand=False)
    table.add_column("id", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("source", no_wrap=True)
    table.add_column("hipaa", overflow="fold")
    table.add_column("resource type", overflow="fold")
    table.add_column("title", ratio=1)
    for r in rows:
        table.add_row(r["id"], r["severity"], r["source"], ", ".join(r["hipaa"]), r["resource_type"], r["title"])
    Console(highlight=False).print(table)
    cited = {c for r in rows for c in r["hipaa"]}
    click.echo(f"{len(rows)} control{'s' if len(rows) != 1 else ''} citing {len(cited)} of the Security Rule's "
               f"citations" + ("" if rows else " (no control matches the filters)"))


@policy.command("mapping")
@policy_dir_option()
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
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=check_output_file, default=Path("hipaa-bundle.tar.gz"),
              show_default=True, help="Where to write the bundle (.tar.gz).")
@policy_dir_option("Extra directory of Rego controls to ship too (repeatable).")
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
@policy_dir_option("Extra directory of Rego controls whose *_test.rego files run too (repeatable).")
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
                click.echo(f"{mark} {tag}{r.package}.{r.name}")
                for line in r.detail.splitlines():
                    click.echo(f"    {line.strip()}")
    failed = [r for r in results if not r.passed]
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return int(ExitCode.GATE_FAILED if failed else ExitCode.OK)


@policy.command("lint")
@policy_dir_option("Directory of Rego modules to lint instead of the built-in policies (repeatable).")
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
