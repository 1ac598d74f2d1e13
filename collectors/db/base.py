"""What every database collector shares: the read-only statement guard, passwords, the run loop.

Read-only by construction: every statement goes through :func:`checked`, which refuses
anything but ``SELECT``/``SHOW`` (and ``START TRANSACTION READ ONLY``), before the driver sees it;
PostgreSQL sessions also start with ``default_transaction_read_only=on``, MySQL ones with a
read-only transaction.
"""

from __future__ import annotations

import os
import re
import typing
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from hipaa_scan.collectors.db.targets import DbTarget
from hipaa_scan.scanner.inventory import InventoryBuilder

_ALLOWED = re.compile(r"^\s*(SELECT|SHOW|START TRANSACTION READ ONLY\s*$)", re.IGNORECASE)


class NotReadOnly(RuntimeError):
    """A collector bug: a statement other than SELECT/SHOW was about to be sent."""


def checked(sql: str) -> str:
    """``sql`` when it is a SELECT or SHOW statement (one statement, no ``;`` chaining)."""
    if not _ALLOWED.match(sql) or ";" in sql.rstrip().rstrip(";"):
        raise NotReadOnly(f"refused a statement that is not SELECT/SHOW: {sql[:80]!r}")
    return sql


def password_for(target: DbTarget) -> str | None:
    """The password from ``password_env`` (None: the driver's own mechanisms apply)."""
    if target.password_env:
        return os.environ.get(target.password_env)
    return None


def short(exc: BaseException) -> str:
    """One line of a driver error (no stack, no password: drivers never echo it)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


Progress = Callable[[str, bool], None]


def collect_all(targets: list[DbTarget], builder: InventoryBuilder, read_one: Callable[[DbTarget], None], *,
                workers: int, progress: Progress | None = None) -> None:
    """Read every target with ``read_one`` on ``workers`` threads (each records its own errors)."""
    def run(t: DbTarget) -> tuple[DbTarget, bool]:
        before = len(builder.errors)
        read_one(t)
        return t, len(builder.errors) == before

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(targets)))) as pool:
        futures = [pool.submit(run, t) for t in targets]
        for fut in as_completed(futures):
            target, ok = fut.result()
            if progress:
                progress(target.id, ok)


def ca_path(target: DbTarget, ca_bundle: Path | None) -> str | None:
    path = target.ca_bundle or (str(ca_bundle) if ca_bundle else None)
    return os.path.expanduser(path) if path else None


def server_resource(target: DbTarget) -> dict[str, typing.Any]:
    """The fields every database server resource starts from: identity, tags, and the target's
    automatic-logoff limit when it sets one (``max_idle_minutes``)."""
    res: dict[str, typing.Any] = {"id": target.id, "name": target.id, "host": target.host, "port": target.port,
                           "tags": dict(target.tags)}
    if target.max_idle_minutes is not None:
        res["logoff_limit_seconds"] = int(target.max_idle_minutes * 60)
    return res
