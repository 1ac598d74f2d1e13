"""The sources' options (one group per source, shared by ``collect <source>`` and ``scan <source>``).

Each group hands the command ``request``: the source's typed request (scanner/sources.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from hipaa_scan.collectors.iac.runner import FRAMEWORKS
from hipaa_scan.scanner.cli.options import Decorator, option_group

_PATH = click.Path(path_type=Path)


def _aws(ctx: click.Context, **kw: Any) -> Any:
    from hipaa_scan.scanner.sources import AwsRequest

    return AwsRequest.from_options(**kw)


aws_options = option_group("request", [
    click.option("--regions", default="us-east-1", show_default=True,
                 help="Comma-separated regions to scan, or 'all' (every region enabled in each account, "
                      "from ec2:DescribeRegions)."),
    click.option("--profile", default=None, help="AWS named profile (default: the standard credential chain)."),
    click.option("--endpoint-url", default=None,
                 help="Send every AWS call to this endpoint (a local moto server, a VPC endpoint)."),
    click.option("--workers", type=click.IntRange(1, 256), default=16, show_default=True,
                 help="Concurrent collection workers, shared by all accounts × regions × resource types."),
    click.option("--org", is_flag=True,
                 help="Scan every ACTIVE account of the organization (organizations:ListAccounts; run from the "
                      "management or a delegated administrator account). Needs --role-name."),
    click.option("--role-name", default=None,
                 help="Role assumed in each account other than the caller's (sts:AssumeRole, session name "
                      "hipaa-scan), e.g. HipaaScanReadOnly."),
    click.option("--external-id", default=None, help="ExternalId passed to sts:AssumeRole."),
    click.option("--accounts", default=None,
                 help="Comma-separated account ids to scan (with --org: restricts the organization's accounts)."),
    click.option("--accounts-file", type=_PATH, default=None,
                 help="File of account ids, one per line ('#' comments), added to --accounts."),
    click.option("--timeout", type=click.FloatRange(0.1, 3600), default=30.0, show_default=True,
                 help="Seconds each AWS call attempt may take to connect and to answer. An endpoint that times "
                      "out twice is skipped for the rest of the scan (error findings for what it would have read)."),
    click.option("--max-attempts", type=click.IntRange(1, 20), default=8, show_default=True,
                 envvar="AWS_MAX_ATTEMPTS", show_envvar=True,  # botocore's own variable, validated here
                 help="Attempts per AWS call, retries included (botocore adaptive mode: throttling backs off)."),
    click.option("--max-instance-age-days", type=click.IntRange(1, 3650), default=None,
                 help="Days a running EC2 instance may run before AWS-EC2-13 fails it (default 180, Prowler's); "
                      "recorded on each instance in the inventory as age_limit_days."),
    click.option("--authorized-igw-vpcs", default=None, metavar="VPC_IDS",
                 help="Comma-separated VPC ids allowed an internet gateway (AWS-EC2-28); recorded on each internet "
                      "gateway as authorized_vpc_ids. Without it AWS-EC2-28 is not applicable."),
], _aws)


def _iac(ctx: click.Context, *, path: Path, frameworks: str, relative_to: Path | None) -> Any:
    from hipaa_scan.scanner.sources import IacRequest

    return IacRequest(path=path, frameworks=frameworks, relative_to=relative_to)


iac_options = option_group("request", [
    click.argument("path", type=_PATH),
    click.option("--framework", "frameworks", default=",".join(FRAMEWORKS), show_default=True,
                 help="Comma-separated checkov frameworks to run."),
    click.option("--relative-to", "relative_to", type=_PATH, default=None,
                 help="Write file paths relative to this directory (default: the current directory when PATH "
                      "is inside it, so SARIF annotates pull requests when run from the repository root; "
                      "else PATH)."),
], _iac)


def _tls(ctx: click.Context, **kw: Any) -> Any:
    from hipaa_scan.scanner.sources import TlsRequest

    return TlsRequest(targets=tuple(kw.pop("targets")), **kw)


tls_options = option_group("request", [
    click.argument("targets", nargs=-1),
    click.option("--endpoints", "endpoints_file", type=_PATH, default=None,
                 help="YAML list of endpoints (host, port, sni, starttls, http_port, https)."),
    click.option("--from-inventory", "inventory_file", type=_PATH, default=None,
                 help="Scan the public endpoints of a saved AWS inventory (load balancers, API Gateway, CloudFront)."),
    click.option("--ca-bundle", type=_PATH, default=None, help="PEM file of extra trusted CAs (private PKI)."),
    click.option("--starttls", type=click.Choice(["smtp", "imap", "pop3", "ftp", "postgres", "mysql", "ldap"]),
                 default=None, help="Upgrade the host:port arguments with this protocol's STARTTLS "
                                    "(e.g. postgres for 5432, mysql for 3306); per endpoint: 'starttls:' in --endpoints."),
    click.option("--workers", type=click.IntRange(1, 256), default=10, show_default=True,
                 help="Endpoints scanned at the same time."),
    click.option("--timeout", type=click.FloatRange(0.1, 300), default=5.0, show_default=True,
                 help="Network timeout per connection, in seconds."),
], _tls)


def _host(ctx: click.Context, **kw: Any) -> Any:
    from hipaa_scan.scanner.sources import HostRequest

    return HostRequest(targets=tuple(kw.pop("targets")), **kw)


host_options = option_group("request", [
    click.argument("targets", nargs=-1),
    click.option("--local", is_flag=True, help="Read this machine instead of SSH targets."),
    click.option("--root", "root_dir", type=_PATH, default=None,
                 help="With --local: read a fake root directory (captured files and command outputs)."),
    click.option("--hosts", "hosts_file", type=_PATH, default=None,
                 help="YAML list of hosts (host, port, user, key, agent, jump, sudo, become, password_env, tags)."),
    click.option("--known-hosts", type=_PATH, default=None,
                 help="known_hosts file to trust (default ~/.ssh/known_hosts)."),
    click.option("--accept-new-host-keys", "accept_new", is_flag=True,
                 help="Trust and record the key of a host not yet in known_hosts (never a changed key)."),
    click.option("--sudo", is_flag=True, help="Run root-only reads through 'sudo -n' (every host)."),
    click.option("--password-env", metavar="NAME", default=None,
                 help="SSH password from environment variable NAME (never stored)."),
    click.option("--ask-password", is_flag=True, help="Prompt once for the SSH password (never stored)."),
    click.option("--sudo-password-env", metavar="NAME", default=None,
                 help="sudo password from environment variable NAME; root-only reads use 'sudo -S'."),
    click.option("--ask-sudo-password", is_flag=True, help="Prompt once for the sudo password (never stored)."),
    click.option("--workers", type=click.IntRange(1, 1024), default=32, show_default=True,
                 help="Hosts read at the same time."),
    click.option("--timeout", type=click.FloatRange(0.1, 3600), default=30.0, show_default=True,
                 help="Timeout per command on a host, in seconds."),
    click.option("--connect-timeout", type=click.FloatRange(0.1, 600), default=10.0, show_default=True,
                 help="Timeout to connect and log in to a host, in seconds."),
], _host)

def _db(request_class: str) -> Any:
    def build(ctx: click.Context, **kw: Any) -> Any:
        from hipaa_scan.scanner import sources

        return getattr(sources, request_class)(targets=tuple(kw.pop("targets")), **kw)

    return build


def _db_options(scheme: str, request_class: str) -> Decorator:
    return option_group("request", [
        click.argument("targets", nargs=-1),
        click.option("--targets", "targets_file", type=_PATH, default=None,
                     help=f"YAML list of servers ({scheme} DSNs or mappings: host, port, user, dbname, sslmode, "
                          "password_env, name, tags), with optional defaults:."),
        click.option("--from-inventory", "inventory_file", type=_PATH, default=None,
                     help="Read the RDS/Aurora endpoints of this engine found in a saved AWS inventory."),
        click.option("--ca-bundle", type=_PATH, default=None,
                     help="PEM file of CAs to verify the servers' certificates (default mode: verify the host name)."),
        click.option("--workers", type=click.IntRange(1, 256), default=16, show_default=True,
                     help="Servers read at the same time."),
        click.option("--timeout", type=click.FloatRange(0.5, 600), default=10.0, show_default=True,
                     help="Seconds allowed to connect, and for each statement."),
        click.option("--tls", is_flag=True,
                     help="Also scan each server's certificate, protocols and cipher suites with the TLS collector "
                          "(STARTTLS), judged by the TLS-* controls in the same inventory. Needs the tls extra; "
                          "opens several hundred short connections per server (docs/databases.md)."),
    ], _db(request_class))


postgres_options = _db_options("postgresql://user@host:port/db", "PostgresRequest")
mysql_options = _db_options("mysql://user@host:port/", "MysqlRequest")

quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress output on stderr.")

#: source name → its option group
SOURCE_OPTIONS: dict[str, Decorator] = {"aws": aws_options, "iac": iac_options, "tls": tls_options,
                                        "host": host_options, "postgres": postgres_options,
                                        "mysql": mysql_options}
