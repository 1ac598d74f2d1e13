"""Declared AWS resource specs, the collection context, and error capture.

Each service module declares its resource types as :class:`ResourceSpec` (service,
scope, the IAM actions it uses, the function that collects it). The orchestrator runs
every spec per region (or once per account for global specs) in a thread pool; a
failed call becomes an inventory error, never a missing resource.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import botocore.config
import botocore.exceptions

from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.messages import error_text

READ_PREFIXES = ("Describe", "Get", "List", "Head")
#: Read-only operations whose names do not start with a read prefix (checked by exact name).
READ_OPERATIONS = frozenset({"BatchGetAccountStatus", "BatchGetProjects"})
COLLECTOR = "aws"


class ReadOnlyViolation(RuntimeError):
    """Raised before sending if a collector ever tries a non-read operation."""


#: default seconds per AWS call attempt (connect and read), and attempts per call (--timeout,
#: --max-attempts / AWS_MAX_ATTEMPTS); retries use botocore's adaptive mode
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ATTEMPTS = 8
def default_max_attempts() -> int:
    """Attempts per call when none is given: botocore's own ``AWS_MAX_ATTEMPTS`` if set (validated
    like --max-attempts), else :data:`DEFAULT_MAX_ATTEMPTS`."""
    value = os.environ.get("AWS_MAX_ATTEMPTS", "").strip()
    if not value:
        return DEFAULT_MAX_ATTEMPTS
    if not value.isdigit() or not 1 <= int(value) <= 20:
        from hipaa_scan.scanner.errors import InputError

        raise InputError(f"{value[:40]!r} is not an integer between 1 and 20", "AWS_MAX_ATTEMPTS")
    return int(value)


#: timed-out attempts after which an endpoint (URL, service, region) is taken as stalled
STALL_AFTER = 2
_TIMEOUTS = (botocore.exceptions.ReadTimeoutError, botocore.exceptions.ConnectTimeoutError)


class EndpointUnresponsive(botocore.exceptions.BotoCoreError):
    """A call not made because its endpoint stopped answering earlier in this scan."""

    fmt = ("{endpoint} ({service}, {region}) did not answer within {timeout:g} s, {count} times; "
           "the remaining calls to it were not made")


class Breaker:
    """Counts timed-out attempts per endpoint; once one has :data:`STALL_AFTER`, further calls to it
    fail at once with :class:`EndpointUnresponsive` (an inventory error for exactly what they would
    have read). A stalled endpoint so costs about two timeouts, not timeout × attempts × calls,
    and the scan moves on. Shared by every account's context of a run (thread-safe)."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self._lock = threading.Lock()
        self._timeouts: dict[tuple[str, str, str], int] = {}

    def attach(self, client: Any, service: str, region: str) -> None:
        key = (str(client.meta.endpoint_url), service, region)
        client.meta.events.register("before-send.*.*", lambda **kw: self._before_send(key))
        client.meta.events.register("needs-retry.*.*", lambda caught_exception=None, **kw: self._attempt(
            key, caught_exception))

    def _before_send(self, key: tuple[str, str, str]) -> None:
        with self._lock:
            count = self._timeouts.get(key, 0)
        if count >= STALL_AFTER:
            raise EndpointUnresponsive(endpoint=key[0], service=key[1], region=key[2], timeout=self.timeout,
                                       count=count)

    def _attempt(self, key: tuple[str, str, str], exc: BaseException | None) -> None:
        if isinstance(exc, _TIMEOUTS):
            with self._lock:
                self._timeouts[key] = self._timeouts.get(key, 0) + 1
        return None  # no opinion on retrying: botocore's retry handler decides


@dataclass(frozen=True)
class ResourceSpec:
    resource_type: str
    service: str  #: boto3 client name
    scope: str  #: "regional" or "global"
    actions: tuple[str, ...]  #: IAM actions the collector calls, e.g. "s3:GetBucketEncryption"
    collect: Callable[[AwsContext, str], None]
    description: str = ""


@dataclass
class AwsContext:
    """Everything a service collector needs; tests pass their own."""

    session: Any  #: boto3.Session
    account: str
    regions: list[str]
    inventory: InventoryBuilder
    clock: Callable[[], datetime]
    endpoint_url: str | None = None
    retry_mode: str = "standard"
    #: attempts per call (the CLI: --max-attempts / AWS_MAX_ATTEMPTS)
    max_attempts: int = field(default_factory=default_max_attempts)
    timeout: float = DEFAULT_TIMEOUT  #: seconds per attempt, to connect and to read (--timeout)
    breaker: Breaker | None = None  #: shared by the run's contexts; one of its own by default
    partition: str = "aws"
    _clients: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    calls: list = field(default_factory=list, repr=False)

    @property
    def home_region(self) -> str:
        return self.regions[0] if self.regions else "us-east-1"

    def client(self, service: str, region: str | None = None):
        """One client per (service, region), reused; read-only guard installed."""
        region = region or self.home_region
        key = (service, region)
        with self._lock:
            if key not in self._clients:
                cfg = botocore.config.Config(
                    retries={"mode": self.retry_mode, "total_max_attempts": self.max_attempts},
                    inject_host_prefix=self.endpoint_url is None,
                    connect_timeout=self.timeout,
                    read_timeout=self.timeout,
                    max_pool_connections=20,
                )
                client = self.session.client(service, region_name=region, endpoint_url=self.endpoint_url, config=cfg)
                client.meta.events.register("before-call.*.*", self._guard)
                if self.breaker is None:
                    self.breaker = Breaker(self.timeout)
                self.breaker.attach(client, service, region)
                if self.endpoint_url and service == "s3control":
                    # The S3 Control endpoint rules prefix the account id to the host
                    # (123456789012.127.0.0.1), which does not resolve for a custom endpoint.
                    client.meta.events.register("before-sign.s3-control.*", self._strip_account_host)
                self._clients[key] = client
            return self._clients[key]

    def _strip_account_host(self, request, **kwargs):
        request.url = request.url.replace(f"://{self.account}.", "://", 1)

    def _guard(self, model, **kwargs):
        if not (model.name.startswith(READ_PREFIXES) or model.name in READ_OPERATIONS):
            raise ReadOnlyViolation(f"refusing to call {model.service_model.service_name}:{model.name}")
        with self._lock:
            self.calls.append(f"{model.service_model.service_name}:{model.name}")

    def arn(self, service: str, region: str, resource: str) -> str:
        return f"arn:{self.partition}:{service}:{region}:{self.account}:{resource}"

    def error(self, resource_type: str, exc: BaseException | str, *, region: str | None = None,
              resource_id: str | None = None, field: str | None = None, operation: str | None = None,
              code: str | None = None) -> None:
        if isinstance(exc, botocore.exceptions.ClientError):
            err = exc.response.get("Error", {})
            code = code or err.get("Code") or "ClientError"
            message = err.get("Message") or str(exc)
            operation = operation or exc.operation_name
        elif isinstance(exc, BaseException):
            code = code or type(exc).__name__
            message = str(exc) or type(exc).__name__
        else:
            code, message = code or "Error", exc
        # one line: the service's code and message, markup stripped (a proxy's HTML page), capped
        code, message = error_text(code, message)
        self.inventory.error(COLLECTOR, resource_type, code, message, account=self.account, region=region,
                             resource_id=resource_id, field=field, operation=operation)


def error_code(exc: BaseException) -> str | None:
    if isinstance(exc, botocore.exceptions.ClientError):
        return exc.response.get("Error", {}).get("Code")
    return None


def read(ctx: AwsContext, resource_type: str, fn: Callable, *, region: str | None, resource_id: str,
         field: str | None, absent: Iterable[str] = (), absent_value=None, **kwargs):
    """Call a per-resource read. Returns (ok, response).

    An error code in ``absent`` means "not configured" (a fact: e.g. no encryption
    configuration) and returns ``(True, absent_value)``; any other failure records an
    inventory error for exactly this resource and field and returns ``(False, None)``.
    """
    try:
        return True, fn(**kwargs)
    except botocore.exceptions.ClientError as exc:
        if error_code(exc) in set(absent):
            return True, absent_value
        ctx.error(resource_type, exc, region=region, resource_id=resource_id, field=field)
        return False, None
    except Exception as exc:
        ctx.error(resource_type, exc, region=region, resource_id=resource_id, field=field)
        return False, None


def paginate(client, operation: str, key: str, **kwargs) -> list:
    """All items of a paginated list operation (or a single call when not pageable)."""
    if client.can_paginate(operation):
        out = []
        for page in client.get_paginator(operation).paginate(**kwargs):
            out.extend(page.get(key, []))
        return out
    return getattr(client, operation)(**kwargs).get(key, [])


def listed(ctx: AwsContext, resource_type: str, items, *keys: str, region: str | None, operation: str,
           resource_id: str | None = None, field: str | None = None) -> list:
    """The listed items that carry every identifier in ``keys``.

    An item without one can be neither read further nor named: it becomes an inventory
    error (list-level unless ``resource_id`` is given, so every resource of the type there
    is in doubt), never a crash and never a silent gap."""
    out = []
    for item in items or []:
        missing = [k for k in keys if not (item.get(k) if isinstance(item, dict) else None)]
        if missing:
            ctx.error(resource_type, f"{operation} listed an item without {', '.join(missing)}", region=region,
                      resource_id=resource_id, field=field, operation=operation, code="MissingIdentifier")
            continue
        out.append(item)
    return out


def read_pages(ctx: AwsContext, resource_type: str, client, operation: str, key: str, *, region: str | None,
               resource_id: str, field: str, absent: Iterable[str] = (), **kwargs):
    """:func:`paginate` for a per-resource read, with :func:`read`'s error handling: (ok, items)."""
    return read(ctx, resource_type, lambda: paginate(client, operation, key, **kwargs), region=region,
                resource_id=resource_id, field=field, absent=absent, absent_value=[])


def tags_of(items) -> dict[str, str]:
    """AWS's [{Key, Value}] tag lists (any capitalisation) as a dict."""
    out = {}
    for t in items or []:
        k = t.get("Key", t.get("key"))
        if k is not None:
            out[str(k)] = str(t.get("Value", t.get("value", "")))
    return out
