"""Many accounts × regions × resource specs, one bounded worker pool.

The plan, in order:

1. Identify the caller (sts:GetCallerIdentity).
2. Decide the accounts: the caller's own, ``accounts`` given by the user, or the
   organization's ACTIVE accounts (organizations:ListAccounts), optionally restricted
   to ``accounts``.
3. Per account (a pool job): assume ``role_name`` (sts:AssumeRole, session name
   ``hipaa-scan``; credentials refresh themselves before they expire), then, with
   ``regions="all"``, ask ec2:DescribeRegions for the regions enabled in that account.
   An account whose role cannot be assumed, or that is not an ACTIVE member of the
   organization, becomes one inventory error per resource type (fail closed); the
   other accounts go on.
4. Per (account, region, spec) — or (account, spec) for global specs — a pool job;
   errors become inventory errors, never missing resources.

Every account has its own :class:`AwsContext`, so clients are one per
(account, region, service) and reused for the whole run; the retry mode is botocore's
"adaptive" (client-side rate limiting on throttling). The only non-read call the
scanner makes is sts:AssumeRole, and it never goes through a collector's client.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import botocore.config
import botocore.credentials
import botocore.exceptions
import botocore.session

from hipaa_scan.collectors.aws.base import (
    COLLECTOR,
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_TIMEOUT,
    AwsContext,
    Breaker,
    ReadOnlyViolation,
    ResourceSpec,
    default_max_attempts,
)
from hipaa_scan.scanner.errors import CollectorError, InputError
from hipaa_scan.scanner.inventory import InventoryBuilder, utcnow

ROLE_SESSION_NAME = "hipaa-scan"
ACCOUNT_RE = re.compile(r"^[0-9]{12}$")
ENABLED_OPT_IN = ("opt-in-not-required", "opted-in")
#: Calls the orchestrator itself makes (in the scanning principal's account, and in members).
ORCHESTRATOR_ACTIONS = ("sts:GetCallerIdentity", "organizations:ListAccounts", "sts:AssumeRole",
                        "ec2:DescribeRegions")
#: Of those, the ones only the scanning principal needs (not the read-only role in each scanned account).
SCANNER_ONLY_ACTIONS = ("organizations:ListAccounts", "sts:AssumeRole")
_AWS_ERRORS = (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError, ReadOnlyViolation)


@dataclass
class CollectStats:
    """Live counters of a run (read by the progress display; written under ``lock``)."""

    builder: InventoryBuilder
    accounts_total: int = 0
    accounts_done: int = 0
    regions: set = field(default_factory=set)  #: (account, region) pairs being scanned
    jobs_total: int = 0
    jobs_done: int = 0
    started: float = field(default_factory=time.monotonic)
    contexts: list = field(default_factory=list)
    extra_calls: list = field(default_factory=list)  #: calls made outside a context (org listing, AssumeRole)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def calls(self) -> list[str]:
        out = list(self.extra_calls)
        for ctx in list(self.contexts):
            out.extend(ctx.calls)
        return out

    @property
    def api_calls(self) -> int:
        return len(self.extra_calls) + sum(len(ctx.calls) for ctx in list(self.contexts))

    @property
    def errors(self) -> int:
        return len(self.builder.errors)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def line(self) -> str:
        """One line for a progress display."""
        m, s = divmod(int(self.elapsed), 60)
        return (f"accounts {self.accounts_done}/{self.accounts_total} · regions {len(self.regions)} · "
                f"specs {self.jobs_done}/{self.jobs_total} · API calls {self.api_calls} · "
                f"errors {self.errors} · {m:d}:{s:02d}")


@dataclass
class CollectRun:
    """What :func:`collect` returns: one context per readable account, and the counters."""

    contexts: list[AwsContext]
    stats: CollectStats
    caller_account: str

    @property
    def calls(self) -> list[str]:
        return self.stats.calls

    @property
    def accounts(self) -> list[str]:
        return sorted(c.account for c in self.contexts)


def parse_accounts(text: str, where: str) -> list[str]:
    """Account ids from a comma/newline separated text (``#`` starts a comment)."""
    out: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for item in line.split("#", 1)[0].split(","):
            item = item.strip()
            if not item:
                continue
            if not ACCOUNT_RE.match(item):
                loc = f"{where}:{lineno}" if where != "--accounts" else where
                raise InputError(f"{item!r} is not a 12-digit AWS account id", loc)
            if item not in out:
                out.append(item)
    return out


def role_arn(partition: str, account: str, role_name: str) -> str:
    return f"arn:{partition}:iam::{account}:role/{role_name.strip('/')}"


def call_config(timeout: float = DEFAULT_TIMEOUT, max_attempts: int = DEFAULT_MAX_ATTEMPTS) -> botocore.config.Config:
    """The botocore config of the calls made outside an account context (STS, Organizations)."""
    return botocore.config.Config(retries={"mode": "adaptive", "total_max_attempts": max_attempts},
                                  connect_timeout=timeout, read_timeout=timeout)


def assumed_session(base_session, arn: str, *, external_id: str | None, endpoint_url: str | None, region: str,
                    on_call: Callable[[str], None] | None = None, config: botocore.config.Config | None = None):
    """A boto3 session whose credentials come from sts:AssumeRole and refresh before expiry.

    The first AssumeRole happens here, so a role that cannot be assumed raises now.
    """
    import boto3

    sts = base_session.client("sts", region_name=region, endpoint_url=endpoint_url, config=config or call_config())

    def fetch() -> dict:
        kwargs = {"RoleArn": arn, "RoleSessionName": ROLE_SESSION_NAME}
        if external_id:
            kwargs["ExternalId"] = external_id
        if on_call:
            on_call("sts:AssumeRole")
        c = sts.assume_role(**kwargs)["Credentials"]
        return {"access_key": c["AccessKeyId"], "secret_key": c["SecretAccessKey"], "token": c["SessionToken"],
                "expiry_time": c["Expiration"].isoformat()}

    creds = botocore.credentials.RefreshableCredentials.create_from_metadata(
        metadata=fetch(), refresh_using=fetch, method="sts-assume-role")
    bs = botocore.session.Session()
    bs._credentials = creds  # botocore has no public setter for refreshable credentials
    base_bs = getattr(base_session, "_session", None)
    if base_bs is not None:
        # One loader for every account: service models are parsed once per run, not once per account.
        bs.register_component("data_loader", base_bs.get_component("data_loader"))
    return boto3.Session(botocore_session=bs, region_name=region)


def organization_accounts(session, endpoint_url: str | None, region: str, on_call,
                          config: botocore.config.Config | None = None) -> list[dict]:
    """Every account of the organization (organizations:ListAccounts, all pages)."""
    org = session.client("organizations", region_name=region, endpoint_url=endpoint_url, config=config or call_config())
    out: list[dict] = []
    try:
        for page in org.get_paginator("list_accounts").paginate():
            on_call("organizations:ListAccounts")
            out.extend(page.get("Accounts", []))
    except (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError) as exc:
        raise CollectorError(f"cannot list the organization's accounts (organizations:ListAccounts): {exc}; "
                             "run from the management or a delegated administrator account, or give --accounts "
                             "instead of --org") from None
    return out


def _partition_of(session, region: str) -> str | None:
    try:
        return session.get_partition_for_region(region)
    except Exception:
        return None


def enabled_regions(ctx: AwsContext, home: str) -> list[str]:
    """Regions enabled in the account (ec2:DescribeRegions, opt-in status), home region first.

    Only regions of the account's partition are kept (a commercial account cannot use
    the China or GovCloud regions, which a local endpoint may list).
    """
    ec2 = ctx.client("ec2", home)
    regions = ec2.describe_regions(AllRegions=True).get("Regions", [])
    names = sorted(r["RegionName"] for r in regions if r.get("OptInStatus", "opt-in-not-required") in ENABLED_OPT_IN)
    names = [n for n in names if _partition_of(ctx.session, n) in (ctx.partition, None)]
    return sorted(names, key=lambda r: (r != home, r))


class _AccountContext(AwsContext):
    """An account's context whose clients are dropped once its last job is done.

    A botocore client holds its own copy of the service model objects (tens of kB to MB);
    keeping 50 services × every region × every account alive would make memory grow
    with the organization. Clients are still one per (account, region, service) while
    the account is being read.
    """

    def release_clients(self) -> None:
        with self._lock:
            self._clients.clear()
        self.session = None


def _error_code(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, botocore.exceptions.ClientError):
        err = exc.response.get("Error", {})
        return err.get("Code") or "ClientError", err.get("Message") or str(exc)
    return type(exc).__name__, str(exc) or type(exc).__name__


class _Pool:
    """A bounded thread pool whose jobs may submit more jobs; ``wait`` returns when all are done."""

    def __init__(self, workers: int):
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="hipaa-aws")
        self._cond = threading.Condition()
        self._pending = 0
        self._crashes: list[BaseException] = []

    def submit(self, fn, *args) -> None:
        with self._cond:
            self._pending += 1
        self._pool.submit(self._run, fn, args)

    def _run(self, fn, args) -> None:
        try:
            fn(*args)
        except BaseException as exc:  # a bug in the orchestrator itself: re-raised by wait()
            with self._cond:
                self._crashes.append(exc)
        finally:
            with self._cond:
                self._pending -= 1
                self._cond.notify_all()

    def wait(self) -> None:
        try:
            with self._cond:
                while self._pending:
                    self._cond.wait()
        except BaseException:  # e.g. Ctrl-C: drop the queued jobs instead of running them all
            self._pool.shutdown(wait=False, cancel_futures=True)
            raise
        self._pool.shutdown(wait=True)
        if self._crashes:
            raise self._crashes[0]


def collect(builder: InventoryBuilder, *, session, specs: list[ResourceSpec], identify,
            regions: Sequence[str] | str = ("us-east-1",), endpoint_url: str | None = None, workers: int = 16,
            org: bool = False, role_name: str | None = None, external_id: str | None = None,
            accounts: list[str] | None = None,
            progress: Callable[[CollectStats], None] | None = None, timeout: float = DEFAULT_TIMEOUT,
            max_attempts: int | None = None) -> CollectRun:
    """Collect every account × region × spec into ``builder`` (see the module docstring).

    Every call attempt is bounded by ``timeout`` seconds (connect and read) and every call by
    ``max_attempts`` attempts; an endpoint that stops answering is skipped for the rest of the run
    (:class:`~collectors.aws.base.Breaker`)."""
    max_attempts = max_attempts or default_max_attempts()
    config = call_config(timeout, max_attempts)
    breaker = Breaker(timeout)
    all_regions = regions == "all" or (not isinstance(regions, str) and list(regions) == ["all"])
    region_list = [] if all_regions else list(regions)
    if not all_regions and not region_list:
        raise InputError("no region given", "--regions")
    home = (getattr(session, "region_name", None) or "us-east-1") if all_regions else region_list[0]
    stats = CollectStats(builder=builder)
    caller = identify(session, endpoint_url, home, config)
    stats.extra_calls.append("sts:GetCallerIdentity")
    partition = _partition_of(session, home) or "aws"

    def note(call: str) -> None:
        with stats.lock:
            stats.extra_calls.append(call)

    requested = list(accounts or [])
    # account → None (scan it) or (code, message) (it cannot be scanned: an error per resource type)
    targets: dict[str, tuple[str, str] | None] = {}
    if org:
        members = organization_accounts(session, endpoint_url, home, note, config)
        state = {a["Id"]: (a.get("State") or a.get("Status") or "").upper() for a in members}
        active = sorted(a for a, s in state.items() if s == "ACTIVE")
        if requested:
            for a in requested:
                targets[a] = None if a in active else (
                    "AccountNotActive",
                    f"account {a} is {'not a member of the organization' if a not in state else state[a] or 'not ACTIVE'}"
                    "; it was not scanned")
        else:
            targets = dict.fromkeys(active)
    elif requested:
        targets = dict.fromkeys(requested)
    else:
        targets = {caller: None}
    if not role_name and any(a != caller for a in targets):
        raise InputError("--role-name is required to scan accounts other than the caller's own "
                         f"({caller})", "--role-name")
    stats.accounts_total = len(targets)

    resource_types = sorted({s.resource_type for s in specs})
    regional_types = sorted({s.resource_type for s in specs if s.scope != "global"})
    sources: dict[str, dict] = {}
    contexts: list[AwsContext] = []
    pool = _Pool(workers)
    remaining: dict[str, int] = {}

    by_account: dict[str, _AccountContext] = {}

    def tick(account: str | None = None, jobs: int = 0) -> None:
        finished = False
        with stats.lock:
            stats.jobs_done += jobs
            if account is not None:
                remaining[account] -= jobs
                if remaining[account] <= 0:
                    stats.accounts_done += 1
                    finished = True
        if finished and account in by_account:
            by_account[account].release_clients()
        if progress:
            progress(stats)

    def unreadable(account: str, code: str, message: str, types, operation: str | None) -> None:
        for rt in types:
            builder.error(COLLECTOR, rt, code, message, account=account, region=None, operation=operation)

    def setup(account: str) -> None:
        problem = targets[account]
        arn = None
        if problem is not None:
            unreadable(account, *problem, resource_types, None)
            sources[account] = {"collector": COLLECTOR, "account": account, "regions": [], "error": problem[0]}
            remaining[account] = 0
            tick(account)
            return
        acct_session = session
        if account != caller:
            arn = role_arn(partition, account, role_name or "")
            try:
                acct_session = assumed_session(session, arn, external_id=external_id, endpoint_url=endpoint_url,
                                               region=home, on_call=note, config=config)
            except _AWS_ERRORS as exc:
                code, msg = _error_code(exc)
                unreadable(account, code, f"cannot assume {arn}: {msg}", resource_types, "AssumeRole")
                sources[account] = {"collector": COLLECTOR, "account": account, "regions": [], "role": arn,
                                    "error": code}
                remaining[account] = 0
                tick(account)
                return
        ctx = _AccountContext(session=acct_session, account=account, regions=list(region_list) or [home],
                         inventory=builder, clock=utcnow, endpoint_url=endpoint_url, retry_mode="adaptive",
                         partition=partition, timeout=timeout, max_attempts=max_attempts, breaker=breaker)
        with stats.lock:
            contexts.append(ctx)
            stats.contexts.append(ctx)
            by_account[account] = ctx
        scan_regions = region_list
        if all_regions:
            try:
                scan_regions = enabled_regions(ctx, home)
            except _AWS_ERRORS as exc:
                code, msg = _error_code(exc)
                unreadable(account, code, f"cannot list the enabled regions: {msg}", regional_types,
                           "DescribeRegions")
                scan_regions = []
            ctx.regions = list(scan_regions) or [home]
        source = {"collector": COLLECTOR, "account": account, "regions": list(scan_regions)}
        if arn:
            source["role"] = arn
        sources[account] = source
        jobs = [(spec, region) for spec in specs
                for region in ([home] if spec.scope == "global" else scan_regions)]
        with stats.lock:
            remaining[account] = len(jobs)
            stats.jobs_total += len(jobs)
            stats.regions.update((account, r) for r in scan_regions)
        if not jobs:
            tick(account)
        for spec, region in jobs:
            pool.submit(run, ctx, spec, region)

    def run(ctx: AwsContext, spec: ResourceSpec, region: str) -> None:
        where = None if spec.scope == "global" else region
        try:
            spec.collect(ctx, region)
        except _AWS_ERRORS as exc:
            ctx.error(spec.resource_type, exc, region=where)
        except Exception as exc:
            ctx.error(spec.resource_type, exc, region=where, code=f"CollectorFailure:{type(exc).__name__}")
        tick(ctx.account, 1)

    for account in targets:
        pool.submit(setup, account)
    pool.wait()
    for account in sorted(sources):
        builder.add_source(sources[account])
    contexts.sort(key=lambda c: c.account)
    return CollectRun(contexts=contexts, stats=stats, caller_account=caller)
