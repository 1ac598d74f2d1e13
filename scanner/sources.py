"""What to collect, one typed request per source; ``collect()`` turns one into an inventory.

The CLI builds a request from its options once (``collect <source>`` and ``scan <source>``
share them); a notebook builds the same dataclass by hand::

    from hipaa_scan.scanner.sources import TlsRequest
    inventory = TlsRequest(targets=("portal.example.org:443",)).collect()

Each request checks what it can before any network call (``__post_init__``: exit 2 with the
flag named) and imports its collector only when it runs, so a missing extra is one line
(scanner/extras.py). ``progress`` receives one short status line at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.extras import require
from hipaa_scan.scanner.types import Inventory

if TYPE_CHECKING:
    from hipaa_scan.collectors.db.targets import DbTarget
    from hipaa_scan.scanner.inventory import InventoryBuilder

ProgressLine = Callable[[str], None]


def _quiet(_line: str) -> None:
    return None


class SourceRequest(Protocol):
    """A source's typed request: ``source`` names it, ``noun`` what its resources are."""

    source: ClassVar[str]
    extra: ClassVar[str]
    noun: ClassVar[str]

    def collect(self, progress: ProgressLine | None = None) -> Inventory: ...


def _parse_accounts(text: str, where: str) -> list[str]:
    from hipaa_scan.collectors.aws.orchestrator import parse_accounts

    return parse_accounts(text, where)


@dataclass(frozen=True)
class AwsRequest:
    """AWS accounts × regions (Describe/Get/List/Head calls only)."""

    source: ClassVar[str] = "aws"
    extra: ClassVar[str] = "aws"
    noun: ClassVar[str] = "resources"

    regions: tuple[str, ...] | str = ("us-east-1",)  #: region names, or "all" (enabled regions per account)
    profile: str | None = None
    endpoint_url: str | None = None
    workers: int = 16
    org: bool = False
    role_name: str | None = None
    external_id: str | None = None
    accounts: tuple[str, ...] = ()
    timeout: float = 30.0  #: seconds per call attempt, to connect and to read
    max_attempts: int | None = None  #: attempts per call (adaptive retries); None: $AWS_MAX_ATTEMPTS, else 8
    #: AWS-EC2-13's limit, carried on each instance as age_limit_days; None: the policy's default (180)
    max_instance_age_days: int | None = None
    #: VPC ids allowed an internet gateway (AWS-EC2-28), carried on each gateway; None: not judged
    authorized_igw_vpcs: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if not 0 < self.timeout <= 3600:
            raise InputError(f"{self.timeout!r} is not between 0 and 3600 seconds", "--timeout")
        if self.max_attempts is not None and not 1 <= self.max_attempts <= 20:
            raise InputError(f"{self.max_attempts!r} is not between 1 and 20", "--max-attempts")
        if self.max_instance_age_days is not None and not 1 <= self.max_instance_age_days <= 3650:
            raise InputError(f"{self.max_instance_age_days!r} is not between 1 and 3650 days",
                             "--max-instance-age-days")
        regions = (self.regions,) if isinstance(self.regions, str) else tuple(self.regions)
        if not regions:
            raise InputError("no region given", "--regions")
        if "all" in regions and len(regions) > 1:
            raise InputError("'all' cannot be combined with region names", "--regions")
        object.__setattr__(self, "regions", "all" if regions == ("all",) else regions)
        if self.external_id and not self.role_name:
            raise InputError("--external-id needs --role-name", "--external-id")
        if self.org and not self.role_name:
            raise InputError("--org needs --role-name (the role to assume in each member account)", "--role-name")

    @classmethod
    def from_options(cls, *, regions: str, accounts: str | None = None, accounts_file: Path | None = None,
                     authorized_igw_vpcs: str | None = None, **kw) -> AwsRequest:
        """From the CLI's comma-separated strings and account file."""
        require(cls.extra)
        ids = _parse_accounts(accounts or "", "--accounts")
        if accounts_file is not None:
            try:
                text = Path(accounts_file).read_text(encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror}", str(accounts_file)) from None
            ids += [a for a in _parse_accounts(text, str(accounts_file)) if a not in ids]
            if not ids:
                raise InputError("no account id in the file", str(accounts_file))
        region_list = tuple(r.strip() for r in (regions or "").split(",") if r.strip())
        if authorized_igw_vpcs is not None:
            vpcs = tuple(v.strip() for v in authorized_igw_vpcs.split(",") if v.strip())
            bad = [v for v in vpcs if not re.fullmatch(r"vpc-[0-9a-f]{8,17}", v)]
            if bad:
                raise InputError(f"{bad[0][:40]!r} is not a VPC id (vpc-...)", "--authorized-igw-vpcs")
            kw["authorized_igw_vpcs"] = vpcs
        return cls(regions=region_list, accounts=tuple(ids), **kw)

    def collect(self, progress: ProgressLine | None = None) -> Inventory:
        require(self.extra)
        from hipaa_scan.collectors.aws import collect_aws
        from hipaa_scan.scanner.inventory import InventoryBuilder

        show = progress or _quiet
        builder = InventoryBuilder()
        collect_aws(builder, profile=self.profile,
                    regions=self.regions if isinstance(self.regions, str) else list(self.regions),
                    endpoint_url=self.endpoint_url, workers=self.workers, org=self.org, role_name=self.role_name,
                    external_id=self.external_id, accounts=list(self.accounts),
                    progress=lambda stats: show(stats.line()), timeout=self.timeout, max_attempts=self.max_attempts)
        doc = builder.document()
        if self.max_instance_age_days is not None:
            # the entity's own limit travels with each instance (as the database targets' max_idle_minutes)
            for instance in doc["resources"].get("aws_ec2_instance", []):
                instance["age_limit_days"] = self.max_instance_age_days
        if self.authorized_igw_vpcs is not None:
            for gateway in doc["resources"].get("aws_internet_gateway", []):
                gateway["authorized_vpc_ids"] = list(self.authorized_igw_vpcs)
        return doc


@dataclass(frozen=True)
class IacRequest:
    """Infrastructure code judged through checkov (as a library)."""

    source: ClassVar[str] = "iac"
    extra: ClassVar[str] = "iac"
    noun: ClassVar[str] = "check results"

    path: Path = Path(".")
    frameworks: str = ""  #: comma-separated checkov frameworks; "" for all of collectors/iac's FRAMEWORKS
    relative_to: Path | None = None  #: None: the working directory when ``path`` is inside it

    def collect(self, progress: ProgressLine | None = None) -> Inventory:
        require(self.extra)
        from hipaa_scan.collectors.iac import FRAMEWORKS
        from hipaa_scan.collectors.iac import collect as collect_iac
        from hipaa_scan.scanner.inventory import InventoryBuilder

        relative_to = self.relative_to
        if relative_to is None:
            cwd, target = Path.cwd().resolve(), Path(self.path).resolve()
            relative_to = cwd if target == cwd or cwd in target.parents else None
        builder = InventoryBuilder()
        collect_iac(self.path, builder, self.frameworks or ",".join(FRAMEWORKS), base=relative_to)
        return builder.document()


@dataclass(frozen=True)
class TlsRequest:
    """TLS endpoints: protocols, suites, certificate, HSTS, plain-HTTP redirect."""

    source: ClassVar[str] = "tls"
    extra: ClassVar[str] = "tls"
    noun: ClassVar[str] = "endpoints"

    targets: tuple[str, ...] = ()
    endpoints_file: Path | None = None
    inventory_file: Path | None = None
    ca_bundle: Path | None = None
    workers: int = 10
    timeout: float = 5.0
    starttls: str | None = None  #: STARTTLS protocol of the ``targets`` (smtp, postgres, mysql, ...)

    def collect(self, progress: ProgressLine | None = None) -> Inventory:
        require(self.extra)
        from hipaa_scan.collectors.tls import gather_endpoints, tls_inventory

        show = progress or _quiet
        done = [0]

        def step(what: str) -> None:
            done[0] += 1
            show(f"{done[0]} done · {what}")

        endpoints = gather_endpoints(self.targets, self.endpoints_file, self.inventory_file, self.starttls)
        return tls_inventory(endpoints, ca_bundle=self.ca_bundle, workers=self.workers, timeout=self.timeout,
                             progress=step)


@dataclass(frozen=True)
class HostRequest:
    """Linux hosts, read locally or over SSH."""

    source: ClassVar[str] = "host"
    extra: ClassVar[str] = "host"
    noun: ClassVar[str] = "hosts"

    targets: tuple[str, ...] = ()
    local: bool = False
    root_dir: Path | None = None
    hosts_file: Path | None = None
    known_hosts: Path | None = None
    accept_new: bool = False
    sudo: bool = False
    workers: int = 32
    timeout: float = 30.0
    connect_timeout: float = 10.0
    password_env: str | None = None  #: environment variable with the SSH password (the name, never the value)
    ask_password: bool = False
    sudo_password_env: str | None = None
    ask_sudo_password: bool = False

    def collect(self, progress: ProgressLine | None = None) -> Inventory:
        require(self.extra)
        from hipaa_scan.collectors.host import collect_hosts, gather_targets
        from hipaa_scan.collectors.host.secrets import resolve
        from hipaa_scan.scanner.inventory import InventoryBuilder

        show = progress or _quiet
        hosts = gather_targets(self.targets, self.hosts_file, local=self.local, root=self.root_dir, sudo=self.sudo)
        secrets = resolve(hosts, password_env=self.password_env, ask_password=self.ask_password,
                          sudo_password_env=self.sudo_password_env, ask_sudo_password=self.ask_sudo_password)
        builder = InventoryBuilder()
        collect_hosts(hosts, builder, local=self.local, root=self.root_dir, sudo=self.sudo, secrets=secrets,
                      known_hosts=str(self.known_hosts) if self.known_hosts else None, accept_new=self.accept_new,
                      concurrency=self.workers, command_timeout=self.timeout, connect_timeout=self.connect_timeout,
                      progress=lambda done, total, host, ok: show(f"{done}/{total} · {host} "
                                                                  f"{'read' if ok else 'failed'}"))
        return builder.document()


@dataclass(frozen=True)
class _DbRequest:
    """Database servers (read-only sessions, SELECT/SHOW only); ``engine`` is postgres or mysql."""

    extra: ClassVar[str] = "db"
    noun: ClassVar[str] = "servers"
    engine: ClassVar[str] = ""

    targets: tuple[str, ...] = ()  #: DSNs (postgresql://user@host:port/db, mysql://user@host:port/)
    targets_file: Path | None = None
    inventory_file: Path | None = None
    ca_bundle: Path | None = None
    workers: int = 16
    timeout: float = 10.0
    #: also scan each server's TLS endpoint (STARTTLS postgres/mysql) with the TLS collector, so the
    #: TLS-* controls judge its certificate, protocols and suites in the same inventory
    tls: bool = False

    def __post_init__(self) -> None:
        if not self.targets and self.targets_file is None and self.inventory_file is None:
            raise InputError("no target given (a DSN, --targets FILE or --from-inventory FILE)", "TARGETS")
        if self.ca_bundle is not None and not Path(self.ca_bundle).is_file():
            raise InputError("CA bundle not found", "--ca-bundle")

    def collect(self, progress: ProgressLine | None = None) -> Inventory:
        require(self.extra)
        from hipaa_scan.collectors.db import collect_databases, gather_targets
        from hipaa_scan.scanner.inventory import InventoryBuilder

        show = progress or _quiet
        done = [0]

        def step(target: str, ok: bool) -> None:
            done[0] += 1
            show(f"{done[0]} done · {target} {'read' if ok else 'incomplete'}")

        targets = gather_targets(self.engine, self.targets, self.targets_file, self.inventory_file)
        builder = InventoryBuilder()
        collect_databases(self.engine, targets, builder, ca_bundle=self.ca_bundle, timeout=self.timeout,
                          workers=self.workers, progress=step)
        if self.tls:
            self._collect_tls(targets, builder, show)
        return builder.document()

    def _collect_tls(self, targets: list[DbTarget], builder: InventoryBuilder, show: ProgressLine) -> None:
        """One ``tls_endpoint`` per server address (STARTTLS of this engine), trusting the
        target's CA bundle, else ``--ca-bundle``."""
        require("tls")
        from hipaa_scan.collectors.tls import Endpoint, collect_tls

        groups: dict[str | None, dict[str, Endpoint]] = {}
        seen: set[str] = set()
        for t in targets:
            if t.address not in seen:
                seen.add(t.address)
                ca = t.ca_bundle or (str(self.ca_bundle) if self.ca_bundle else None)
                groups.setdefault(ca, {})[t.address] = Endpoint(t.host, t.port, starttls=self.engine)
        for ca, endpoints in groups.items():
            collect_tls(list(endpoints.values()), builder,
                        ca_bundle=Path(ca) if ca else None, timeout=self.timeout, workers=min(self.workers, 10),
                        progress=lambda ep_id: show(f"TLS {ep_id} scanned"))


@dataclass(frozen=True)
class PostgresRequest(_DbRequest):
    """PostgreSQL servers: TLS, pg_hba rules, roles, audit, logoff, checksums, archiving."""

    source: ClassVar[str] = "postgres"
    engine: ClassVar[str] = "postgres"


@dataclass(frozen=True)
class MysqlRequest(_DbRequest):
    """MySQL and MariaDB servers: TLS, accounts, audit plugin, logoff, binary log, at rest."""

    source: ClassVar[str] = "mysql"
    engine: ClassVar[str] = "mysql"
