"""``init``, ``baseline create``, ``attest template`` and ``aws iam-policy``: files a team keeps."""

from __future__ import annotations

import json
from pathlib import Path

import click

from hipaa_scan.scanner.cli.options import check_output_file, policy_dir_option
from hipaa_scan.scanner.errors import InputError


@click.command("init")
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=check_output_file, default=Path("hipaa-scan.yaml"),
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


@click.group("baseline")
def baseline_group():
    """Record today's failures so that CI gates only on new ones.

    \b
    Example:
      hipaa-scan baseline create hipaa-out/results.json -o baseline.json
      hipaa-scan scan aws --baseline baseline.json
    """


@baseline_group.command("create")
@click.argument("results", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=check_output_file, default=Path("baseline.json"),
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
    write_json(base, output, "--output")
    click.echo(f"hipaa-scan: {len(base['entries'])} known failures → {output}", err=True)


@click.group("attest")
def attest_group():
    """Attestations for the citations no collector can check (policies, training, contracts, facilities).

    \b
    Example:
      hipaa-scan attest template -o attestations.yaml
      hipaa-scan evaluate inventory.json --attestations attestations.yaml
    """


@attest_group.command("template")
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=check_output_file, default=Path("attestations.yaml"),
              show_default=True, help="Where to write the template.")
@policy_dir_option("Extra directory of Rego controls (their citations need no attestation).")
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
    from hipaa_scan.scanner.outputs import write_file

    text, citations = template(load_policy_set(policy_dirs))
    write_file(output, text.encode("utf-8"), "--output")
    click.echo(f"hipaa-scan: {len(citations)} citations need an attestation → {output}", err=True)


@click.group("waiver")
def waiver_group():
    """Waivers: accepted risks with approver, ticket and expiry (format: docs/waivers.md).

    \b
    Example:
      hipaa-scan waiver template -o waivers.yaml
      hipaa-scan scan aws --waivers waivers.yaml
    """


@waiver_group.command("template")
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=check_output_file, default=Path("waivers.yaml"),
              show_default=True, help="Where to write the template.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def waiver_template(output, force):
    """Write a waivers file with one commented example of every field (it loads as is, with no waiver).

    \b
    Example:
      hipaa-scan waiver template -o waivers.yaml
    """
    from hipaa_scan.scanner.outputs import write_file
    from hipaa_scan.scanner.waivers import template

    if output.exists() and not force:
        raise InputError("already exists; use --force to overwrite it", str(output))
    write_file(output, template().encode("utf-8"), "--output")
    click.echo(f"hipaa-scan: waivers template → {output} (uncomment and fill in an entry per accepted risk)", err=True)


@click.group("aws")
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


COMMANDS = [init_cmd, baseline_group, attest_group, waiver_group, aws_group]
