"""``collect <source>`` and ``scan <source>``: one flow for every source.

``collect`` writes the inventory; ``scan`` collects, evaluates, reports and exits with the
gate's code. Both take the source's option group (scanner/cli/sources.py); ``scan`` adds the
evaluation and report groups (scanner/cli/options.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from hipaa_scan.scanner.cli import console
from hipaa_scan.scanner.cli.options import console_options, evaluation_options, output_option, report_options
from hipaa_scan.scanner.cli.sources import SOURCE_OPTIONS, quiet_option
from hipaa_scan.scanner.errors import EPILOG_EXIT

COLLECT_HELP = {
    "aws": """Read AWS accounts' configuration into an inventory (Describe/Get/List/Head calls only).

\b
Examples:
  hipaa-scan collect aws --profile prod --regions us-east-1,eu-west-1 -o inventory.json
  hipaa-scan collect aws --org --role-name HipaaScanReadOnly --regions all -o inventory.json
  hipaa-scan collect aws --accounts-file shard-1.txt --role-name HipaaScanReadOnly -o inventory.json
  hipaa-scan collect aws --endpoint-url http://127.0.0.1:5000 -o inventory.json""",
    "iac": """Run checkov (as a library) over Terraform, CloudFormation, Kubernetes and plan JSON.

PATH is a directory, or one file such as a `terraform show -json` plan. Every check
result becomes an iac_check resource; a file checkov cannot parse is a collection error.

\b
Examples:
  hipaa-scan collect iac infra/ -o inventory.json
  hipaa-scan collect iac tfplan.json --framework terraform_plan""",
    "tls": """Test TLS endpoints (protocols, cipher suites, certificate, HSTS, plain-HTTP redirect).

TARGETS are host or host:port (443 by default). An unreachable or non-TLS endpoint is a
collection error, so its controls are `error`, never `pass`.

\b
Examples:
  hipaa-scan collect tls portal.example.org:443 api.example.org -o inventory.json
  hipaa-scan collect tls --endpoints endpoints.yaml --ca-bundle private-ca.pem
  hipaa-scan collect tls --from-inventory aws-inventory.json -o tls-inventory.json""",
    "host": """Read Linux hosts (Debian and RHEL families) locally or over SSH.

TARGETS are [user@]host[:port] or ~/.ssh/config aliases. Unknown host keys are refused
unless --known-hosts or --accept-new-host-keys says otherwise. An unreachable host, a
failed login or a read that needs root is a collection error, so the controls it
touches are `error`, never `pass`.

\b
Examples:
  hipaa-scan collect host --local -o inventory.json
  hipaa-scan collect host --hosts hosts.yaml --known-hosts ~/.ssh/known_hosts --workers 64
  hipaa-scan collect host audit@db1.example.org:2222 --sudo""",
    "postgres": """Read PostgreSQL servers (read-only sessions, SELECT/SHOW only).

TARGETS are postgresql://user@host:port/dbname DSNs (no password: PGPASSWORD, ~/.pgpass,
PGSERVICEFILE or password_env: in --targets). A refused connection or login is a collection
error; a fact the login may not read is an error on that field (`hipaa-scan postgres grants`).

\b
Examples:
  hipaa-scan collect postgres 'postgresql://hipaa_audit@db1.example.org/postgres?sslmode=verify-full'
  hipaa-scan collect postgres --targets databases.yaml --ca-bundle ca.pem -o db.json
  hipaa-scan collect postgres --from-inventory aws-inventory.json -o db.json""",
    "mysql": """Read MySQL and MariaDB servers (a read-only transaction, SELECT/SHOW only).

TARGETS are mysql://user@host:port/ DSNs (no password: MYSQL_PWD, an option file such as
~/.my.cnf, or password_env: in --targets). See `hipaa-scan mysql grants` for the account.

\b
Examples:
  hipaa-scan collect mysql 'mysql://hipaa_audit@billing-db:3306/' --ca-bundle ca.pem
  hipaa-scan collect mysql --targets databases.yaml -o db.json""",
}

SCAN_HELP = {
    "aws": """Scan AWS accounts: collect, evaluate every control, write reports, gate.

An account whose role cannot be assumed is 'error' for every control (exit 3 unless
--allow-incomplete); the other accounts are scanned.

\b
Examples:
  hipaa-scan scan aws --profile prod --regions us-east-1,eu-west-1 --out out/ --fail-on high
  hipaa-scan scan aws --org --role-name HipaaScanReadOnly --external-id X --regions all --workers 32
  hipaa-scan scan aws --accounts 111122223333,444455556666 --role-name HipaaScanReadOnly
  hipaa-scan scan aws --endpoint-url http://127.0.0.1:5000 --format junit,html --allow-incomplete""",
    "iac": """Gate infrastructure code: checkov results judged by the HIPAA IaC controls.

Skip comments (#checkov:skip=CKV_AWS_19:reason) show up as waived with their reason;
an unparsable file makes the scan incomplete (exit 3).

\b
Examples:
  hipaa-scan scan iac . --format sarif,junit --out hipaa-out
  hipaa-scan scan iac infra/ --framework terraform --fail-on medium""",
    "tls": """Scan TLS endpoints against the TLS-* controls (NIST SP 800-52 Rev. 2), write reports, gate.

\b
Examples:
  hipaa-scan scan tls portal.example.org:443 --out out/ --fail-on high
  hipaa-scan scan tls --endpoints endpoints.yaml --ca-bundle private-ca.pem --format junit,html""",
    "host": """Scan Linux hosts against the HOST-* controls: collect, evaluate, write reports, gate.

\b
Examples:
  hipaa-scan scan host --local --out out/
  hipaa-scan scan host --hosts hosts.yaml --format junit,html --fail-on high""",
    "postgres": """Scan PostgreSQL servers against the DB-PG-* controls: collect, evaluate, report, gate.

\b
Examples:
  hipaa-scan scan postgres 'postgresql://hipaa_audit@db1.example.org/postgres?sslmode=verify-full' --out out/
  hipaa-scan scan postgres --targets databases.yaml --format junit,html --fail-on high""",
    "mysql": """Scan MySQL and MariaDB servers against the DB-MY-* controls: collect, evaluate, report, gate.

\b
Examples:
  hipaa-scan scan mysql 'mysql://hipaa_audit@billing-db:3306/' --ca-bundle ca.pem --out out/
  hipaa-scan scan mysql --targets databases.yaml --fail-on high""",
}


#: ``collect`` writes an inventory and gates nothing: what could not be read is recorded in it
COLLECT_EPILOG = ("Exit codes: 0 the inventory was written (what could not be read is recorded in it as collection "
                  "errors, which `evaluate` and `scan` turn into 'error' findings and exit 3); 2 usage or "
                  "configuration error (bad flag, target list or credentials setup).")


@click.group()
def collect() -> None:
    """Collect an inventory of facts (read-only) from a source.

    \b
    Example:
      hipaa-scan collect aws --regions us-east-1,eu-west-1 -o inventory.json
    """


@click.group()
def scan() -> None:
    """Collect, evaluate and report in one go; exit with the gate's code.

    \b
    Example:
      hipaa-scan scan aws --regions us-east-1 --out out/ --fail-on high
    """


def _collect_command(source: str) -> None:
    @collect.command(source, help=COLLECT_HELP[source], epilog=COLLECT_EPILOG)
    @SOURCE_OPTIONS[source]
    @quiet_option
    @output_option("inventory.json", "inventory")
    def command(request: Any, quiet: bool, output: Path) -> None:
        from hipaa_scan.scanner.inventory import write_json
        from hipaa_scan.scanner.pipeline import collect as collect_source

        with console.Progress(quiet) as progress:
            doc = collect_source(request, progress.show)
        write_json(doc, output, "--output")
        console.inventory_written(doc, output, request.noun)


def _refuse_output(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value is not None:
        raise click.UsageError("scan writes a set of reports into a directory: use --out DIR "
                               "(-o/--output names one file, in collect, evaluate and merge)", ctx)


#: ``scan … -o X``: one line pointing to --out, instead of click's "No such option"
_scan_output_hint = click.option("-o", "--output", "refused_output", hidden=True, expose_value=False,
                                 callback=_refuse_output)


def _scan_command(source: str) -> None:
    @scan.command(source, help=SCAN_HELP[source], epilog=EPILOG_EXIT)
    @SOURCE_OPTIONS[source]
    @quiet_option
    @_scan_output_hint
    @report_options
    @evaluation_options
    @console_options
    def command(request: Any, quiet: bool, report: Any, evaluation: Any, gate: Any, console: Any) -> int:
        from hipaa_scan.scanner import pipeline
        from hipaa_scan.scanner.cli import console as out

        with out.Progress(quiet) as progress:
            results = pipeline.scan(pipeline.ScanRequest(request, evaluation, gate, report), progress.show)
        out.findings(results, console)
        out.summary(results, report.out_dir, console)
        return pipeline.gate(results)


for _source in SOURCE_OPTIONS:
    _collect_command(_source)
    _scan_command(_source)
