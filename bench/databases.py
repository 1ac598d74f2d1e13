"""Benchmark the database collectors: collection time for 1, 10 and 50 targets.

Starts one private PostgreSQL and one MariaDB (tests/db_servers.py; Debian's ``postgresql``
and ``mariadb-server``), creates 50 databases on the PostgreSQL server, and collects:

- ``postgres``: 1, 10 and 50 targets, each a database of the one server (one session each);
- ``mysql``: 1, 10 and 50 targets, each a named target of the one MariaDB server;

all concurrently (``--workers``, default 16), in-process, and prints seconds per run and per
target. Target: 50 targets in 10 s or less.

    .venv/bin/python bench/databases.py
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hipaa_scan.collectors.db import DbTarget, collect_databases  # noqa: E402
from hipaa_scan.scanner.inventory import InventoryBuilder  # noqa: E402
from tests.db_servers import ServerUnavailable, start_mariadb, start_postgres  # noqa: E402

COUNTS = (1, 10, 50)


def _run(engine: str, targets: list[DbTarget], workers: int) -> tuple[float, int, int]:
    builder = InventoryBuilder()
    started = time.perf_counter()
    collect_databases(engine, targets, builder, workers=workers, timeout=10)
    elapsed = time.perf_counter() - started
    doc = builder.document()
    return elapsed, sum(len(v) for v in doc["resources"].values()), len(doc["errors"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=16)
    args = ap.parse_args(argv)
    try:
        pg = start_postgres(tls=True, settings={"max_connections": 120})
        maria = start_mariadb(tls=True)
    except ServerUnavailable as exc:
        print(f"skipped: {exc}")
        return 0
    try:
        pg.sql(*[f"CREATE DATABASE clinic_{i:02d}" for i in range(max(COUNTS))])
        os.environ["BENCH_PG_PASSWORD"] = pg.password
        os.environ["BENCH_MY_PASSWORD"] = maria.password
        pg_targets = [DbTarget("postgres", pg.host, pg.port, user=pg.superuser, dbname=f"clinic_{i:02d}", sslmode="require",
                               password_env="BENCH_PG_PASSWORD") for i in range(max(COUNTS))]
        my_targets = [DbTarget("mysql", maria.host, maria.port, user=maria.superuser, name=f"billing-{i:02d}",
                               sslmode="required", password_env="BENCH_MY_PASSWORD") for i in range(max(COUNTS))]
        print(f"database collection, {args.workers} workers, one local server per engine")
        print(f"{'engine':<10}{'targets':>8}{'seconds':>10}{'per target':>12}{'resources':>11}{'errors':>8}")
        for engine, targets in (("postgres", pg_targets), ("mysql", my_targets)):
            for n in COUNTS:
                elapsed, resources, errors = _run(engine, targets[:n], args.workers)
                print(f"{engine:<10}{n:>8}{elapsed:>10.2f}{elapsed / n:>12.3f}{resources:>11}{errors:>8}")
    finally:
        pg.stop()
        maria.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
