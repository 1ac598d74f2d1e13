"""Database collectors: PostgreSQL (``postgres_server``) and MySQL/MariaDB (``mysql_server``).

The drivers (psycopg 3, PyMySQL) come with the ``db`` extra and are imported only when a
server is read. :func:`grants` gives the least-privilege login the collector needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hipaa_scan.collectors.db.targets import DbTarget, gather_targets, load_targets, parse_dsn, targets_from_inventory
from hipaa_scan.scanner.inventory import InventoryBuilder

__all__ = ["DbTarget", "collect_databases", "gather_targets", "grants", "load_targets", "parse_dsn",
           "targets_from_inventory"]


def collect_databases(engine: str, targets: list[DbTarget], builder: InventoryBuilder, *, ca_bundle: Path | None = None,
                      timeout: float = 10.0, workers: int = 16, progress: Any = None) -> None:
    """Read every target of ``engine`` ("postgres" or "mysql") into ``builder``, concurrently."""
    if engine == "postgres":
        from hipaa_scan.collectors.db.postgres import collect_postgres

        collect_postgres(targets, builder, ca_bundle=ca_bundle, timeout=timeout, workers=workers, progress=progress)
    else:
        from hipaa_scan.collectors.db.mysql import collect_mysql

        collect_mysql(targets, builder, ca_bundle=ca_bundle, timeout=timeout, workers=workers, progress=progress)


def _pg_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _my_quote(name: str) -> str:
    return "'" + name.replace("\\", "\\\\").replace("'", "''") + "'"


def grants(engine: str, *, role: str = "hipaa_audit", host: str = "%", databases: tuple[str, ...] = ("postgres",),
           flavor: str = "mariadb") -> str:
    """The SQL that creates the collector's login with exactly the privileges it needs."""
    if engine == "postgres":
        r = _pg_ident(role)
        lines = [
            "-- hipaa-scan: a read-only login for `hipaa-scan collect postgres` (run as a superuser).",
            "-- Set the password with \\password in psql; the collector reads it from PGPASSWORD, ~/.pgpass",
            "-- or password_env: in a targets file, never from the command line.",
            f"CREATE ROLE {r} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;",
            f"ALTER ROLE {r} SET default_transaction_read_only = on;",
            f"GRANT pg_read_all_settings, pg_monitor TO {r};",
            "-- pg_hba_file_rules (the effective pg_hba.conf) is superuser-only unless granted:",
            f"GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO {r};",
            f"GRANT SELECT ON pg_catalog.pg_hba_file_rules TO {r};",
        ]
        for db in databases:
            lines += [f"GRANT CONNECT ON DATABASE {_pg_ident(db)} TO {r};"]
        lines += [
            "-- In each database above: the login roles' password hash TYPES (never the hashes) through a",
            "-- SECURITY DEFINER function, so the collector needs no access to pg_authid:",
            "CREATE SCHEMA IF NOT EXISTS hipaa_scan;",
            "CREATE OR REPLACE FUNCTION hipaa_scan.password_hash_types() RETURNS TABLE (role name, type text)",
            "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$",
            "  SELECT rolname, CASE WHEN rolpassword IS NULL THEN 'none'",
            "    WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256'",
            "    WHEN rolpassword LIKE 'md5%' THEN 'md5' ELSE 'other' END",
            "  FROM pg_authid WHERE rolcanlogin $$;",
            "REVOKE ALL ON FUNCTION hipaa_scan.password_hash_types() FROM PUBLIC;",
            f"GRANT USAGE ON SCHEMA hipaa_scan TO {r};",
            f"GRANT EXECUTE ON FUNCTION hipaa_scan.password_hash_types() TO {r};",
        ]
        return "\n".join(lines) + "\n"
    u = f"{_my_quote(role)}@{_my_quote(host)}"
    lines = ["-- hipaa-scan: a read-only account for `hipaa-scan collect mysql` (run as an administrator).",
             "-- The collector reads its password from MYSQL_PWD, an option file or password_env:, never the command line."]
    if flavor == "mariadb":
        lines += ["-- ed25519 needs the plugin once: INSTALL SONAME 'auth_ed25519';",
                  f"CREATE USER {u} IDENTIFIED VIA ed25519 USING PASSWORD('<password>') REQUIRE SSL;"]
    else:
        lines += [f"CREATE USER {u} IDENTIFIED WITH caching_sha2_password BY '<password>' REQUIRE SSL;"]
    lines += [f"GRANT PROCESS ON *.* TO {u};", f"GRANT SELECT ON mysql.user TO {u};"]
    if flavor == "mariadb":
        lines += ["-- MariaDB 10.4+: mysql.user is a view over mysql.global_priv:", f"GRANT SELECT ON mysql.global_priv TO {u};"]
    return "\n".join(lines) + "\n"
