"""PostgreSQL servers (``postgres_server``): TLS, authentication rules, roles, audit, logoff, integrity.

One psycopg 3 session per target, read-only (``default_transaction_read_only=on`` at startup,
only SELECT/SHOW through :func:`~hipaa_scan.collectors.db.base.checked`), every statement
bounded by ``statement_timeout`` and the connection by ``connect_timeout``. A fact the login
may not read (``pg_hba_file_rules`` and ``pg_authid`` need grants or superuser; a
superuser-only setting needs ``pg_read_all_settings``) is an inventory error on exactly that
field, which is left out.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from hipaa_scan.collectors.db.base import ca_path, checked, collect_all, password_for, server_resource, short
from hipaa_scan.collectors.db.targets import DbTarget
from hipaa_scan.scanner.inventory import InventoryBuilder

RTYPE = "postgres_server"
COLLECTOR = "postgres"

#: pg_settings name → resource field (booleans become booleans, ms/s/min integers milliseconds)
SETTINGS = {
    "ssl": "ssl", "ssl_min_protocol_version": "ssl_min_protocol_version",
    "password_encryption": "password_encryption", "log_connections": "log_connections",
    "log_disconnections": "log_disconnections", "log_line_prefix": "log_line_prefix",
    "shared_preload_libraries": "shared_preload_libraries", "pgaudit.log": "pgaudit_log",
    "idle_session_timeout": "idle_session_timeout", "logging_collector": "logging_collector",
    "idle_in_transaction_session_timeout": "idle_in_transaction_session_timeout",
    "data_checksums": "data_checksums", "archive_mode": "archive_mode", "archive_command": "archive_command",
    "archive_library": "archive_library", "wal_level": "wal_level", "log_statement": "log_statement",
}
_MS = {"ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000, "d": 86_400_000}

Q_VERSION = "SELECT current_setting('server_version_num')::int, current_setting('server_version')"
Q_SETTINGS = "SELECT name, setting, unit, vartype FROM pg_catalog.pg_settings WHERE name = ANY(%s)"
Q_SETTING = "SELECT current_setting(%s, true)"
Q_HBA = ("SELECT line_number, type, database, user_name, address, netmask, auth_method, error "
         "FROM pg_catalog.pg_hba_file_rules ORDER BY line_number")
Q_ROLES = ("SELECT oid::bigint, rolname, rolsuper, rolcanlogin, rolcreaterole, rolcreatedb, rolreplication, "
           "rolbypassrls, rolvaliduntil FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_' ORDER BY rolname")
Q_HASHES = ("SELECT rolname, CASE WHEN rolpassword IS NULL THEN 'none' "
            "WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256' "
            "WHEN rolpassword LIKE 'md5%' THEN 'md5' ELSE 'other' END "
            "FROM pg_catalog.pg_authid WHERE rolcanlogin ORDER BY rolname")
#: the SECURITY DEFINER function `postgres grants` creates, so a non-superuser learns the hash types only
Q_HASH_FUNCTION = "SELECT role, type FROM hipaa_scan.password_hash_types() ORDER BY role"
Q_PUBLIC_CREATE = ("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n, "
                   "aclexplode(COALESCE(n.nspacl, acldefault('n', n.nspowner))) a "
                   "WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE')")
Q_ARCHIVER = ("SELECT archived_count, failed_count, last_archived_time, last_failed_time "
              "FROM pg_catalog.pg_stat_archiver")
Q_SSL = "SELECT ssl, version FROM pg_catalog.pg_stat_ssl WHERE pid = pg_backend_pid()"
Q_DB = "SELECT current_database(), current_user"

#: every statement the collector can send (tests/test_db_collect.py checks each is read-only)
STATEMENTS = (Q_VERSION, Q_SETTINGS, Q_SETTING, Q_HBA, Q_ROLES, Q_HASHES, Q_HASH_FUNCTION, Q_PUBLIC_CREATE, Q_ARCHIVER,
              Q_SSL, Q_DB)


def _value(setting: str | None, unit: str | None, vartype: str) -> Any:
    if setting is None:
        return None
    if vartype == "bool":
        return setting == "on"
    if vartype == "integer":
        try:
            n = int(setting)
        except ValueError:
            return setting
        return n * _MS[unit] if unit in _MS and n > 0 else n
    return setting


def _iso(ts: Any) -> str | None:
    return ts.isoformat() if ts is not None else None


def connect_kwargs(target: DbTarget, *, ca_bundle: Path | None, timeout: float) -> dict:
    kw: dict[str, Any] = {"host": target.host, "port": target.port, "autocommit": True,
                          "connect_timeout": max(2, math.ceil(timeout)), "application_name": "hipaa-scan",
                          "options": f"-c default_transaction_read_only=on -c statement_timeout={int(timeout * 1000)}"}
    for key in ("user", "dbname", "service"):
        if getattr(target, key):
            kw[key] = getattr(target, key)
    ca = ca_path(target, ca_bundle)
    if ca:
        kw["sslrootcert"] = ca
    if target.sslmode:
        kw["sslmode"] = target.sslmode
    elif ca:
        kw["sslmode"] = "verify-full"
    password = password_for(target)
    if password is not None:
        kw["password"] = password
    return kw


class _Reader:
    def __init__(self, target: DbTarget, builder: InventoryBuilder, conn: Any):
        self.target, self.builder, self.conn = target, builder, conn

    def error(self, field: str | None, code: str, message: str, operation: str) -> None:
        self.builder.error(COLLECTOR, RTYPE, code, message, resource_id=self.target.id, field=field,
                           operation=operation)

    def rows(self, sql: str, params: tuple | None = None) -> list[tuple]:
        return self.conn.execute(checked(sql), params).fetchall()

    def read(self, field: str, sql: str, operation: str, params: tuple | None = None) -> list[tuple] | None:
        """The rows, or None with an error on ``field`` (privilege or any other failure)."""
        import psycopg

        try:
            return self.rows(sql, params)
        except psycopg.errors.InsufficientPrivilege as exc:
            self.error(field, "InsufficientPrivilege", f"the login may not read {operation}: {short(exc)}", operation)
        except psycopg.Error as exc:
            self.error(field, type(exc).__name__, short(exc), operation)
        return None


def read_server(target: DbTarget, builder: InventoryBuilder, *, ca_bundle: Path | None = None,
                timeout: float = 10.0) -> None:
    """Read one server into ``builder`` (a failed connection: identity fields and one error)."""
    import psycopg

    res = server_resource(target)
    try:
        conn = psycopg.connect(**connect_kwargs(target, ca_bundle=ca_bundle, timeout=timeout))
    except psycopg.Error as exc:
        res["reachable"] = False
        builder.add(RTYPE, res)
        code = "AuthFailed" if "password authentication failed" in str(exc) else "ConnectFailed"
        builder.error(COLLECTOR, RTYPE, code, f"cannot connect to {target.address}: {short(exc)}",
                      resource_id=target.id, operation="connect")
        return
    res["reachable"] = True
    try:
        with conn:
            _read(_Reader(target, builder, conn), res)
    except psycopg.Error as exc:  # the session broke (timeout, server gone): what was read stays
        builder.error(COLLECTOR, RTYPE, type(exc).__name__, f"the session failed: {short(exc)}",
                      resource_id=target.id, operation="session")
    builder.add(RTYPE, res)


def _read(r: _Reader, res: dict) -> None:
    version = r.read("version", Q_VERSION, "server_version")
    if version:
        num, text = version[0]
        res["version_num"], res["version"] = num, text
        res["major_version"] = num // 10000 if num >= 100000 else num // 100
    db = r.read("database", Q_DB, "current_database()")
    if db:
        res["database"], res["login"] = db[0]
    ssl = r.read("connection_tls", Q_SSL, "pg_stat_ssl")
    if ssl is not None:
        res["connection_tls"] = bool(ssl and ssl[0][0])
    _settings(r, res)
    hba = r.read("hba_rules", Q_HBA, "pg_hba_file_rules")
    if hba is not None:
        res["hba_rules"] = [{"line_number": ln, "type": typ, "database": list(dbs or []), "user_name": list(users or []),
                             "address": addr, "netmask": mask, "auth_method": method, "error": err}
                            for ln, typ, dbs, users, addr, mask, method, err in hba]
    roles = r.read("roles", Q_ROLES, "pg_roles")
    if roles is not None:
        res["roles"] = [{"name": name, "bootstrap": oid == 10, "superuser": sup, "login": login, "createrole": cr,
                         "createdb": cdb, "replication": repl, "bypassrls": bypass, "valid_until": _iso(until)}
                        for oid, name, sup, login, cr, cdb, repl, bypass, until in roles]
    hashes = _hashes(r)
    if hashes is not None:
        res["password_hashes"] = [{"role": name, "type": kind} for name, kind in hashes]
    public = r.read("public_schema_public_create", Q_PUBLIC_CREATE, "pg_namespace")
    if public:
        res["public_schema_public_create"] = bool(public[0][0])
    archiver = r.read("archiver", Q_ARCHIVER, "pg_stat_archiver")
    if archiver:
        archived, failed, last_ok, last_failed = archiver[0]
        res["archiver"] = {"archived_count": archived, "failed_count": failed, "last_archived_time": _iso(last_ok),
                           "last_failed_time": _iso(last_failed)}


def _hashes(r: _Reader) -> list[tuple] | None:
    """pg_authid (a superuser), else the hipaa_scan.password_hash_types() function of `postgres grants`."""
    import psycopg

    try:
        return r.rows(Q_HASHES)
    except psycopg.errors.InsufficientPrivilege:
        pass
    except psycopg.Error as exc:
        r.error("password_hashes", type(exc).__name__, short(exc), "pg_authid")
        return None
    try:
        return r.rows(Q_HASH_FUNCTION)
    except psycopg.Error as exc:
        r.error("password_hashes", "InsufficientPrivilege",
                "reading the password hash types needs a superuser (pg_authid) or the function "
                f"hipaa_scan.password_hash_types() that `hipaa-scan postgres grants` creates: {short(exc)}", "pg_authid")
        return None


def _settings(r: _Reader, res: dict) -> None:
    import psycopg

    rows = r.read("settings", Q_SETTINGS, "pg_settings", (list(SETTINGS),))
    if rows is None:
        for field in SETTINGS.values():
            r.error(field, "QueryFailed", "pg_settings could not be read", "pg_settings")
        return
    seen = set()
    for name, setting, unit, vartype in rows:
        seen.add(name)
        res[SETTINGS[name]] = _value(setting, unit, vartype)
    for name in SETTINGS:
        if name in seen:
            continue
        # not in pg_settings: absent on this version / extension not loaded, or hidden from this login
        try:
            value = r.rows(Q_SETTING, (name,))[0][0]
        except psycopg.errors.InsufficientPrivilege as exc:
            r.error(SETTINGS[name], "InsufficientPrivilege",
                    f"{name} is hidden from this login (grant pg_read_all_settings): {short(exc)}", "current_setting")
            continue
        except psycopg.Error as exc:
            r.error(SETTINGS[name], type(exc).__name__, short(exc), "current_setting")
            continue
        if value is not None:  # visible through current_setting only (a placeholder GUC)
            res[SETTINGS[name]] = value


def collect_postgres(targets: list[DbTarget], builder: InventoryBuilder, *, ca_bundle: Path | None = None,
                     timeout: float = 10.0, workers: int = 16, progress: Any = None) -> None:
    builder.add_source({"collector": COLLECTOR, "targets": [t.id for t in targets]})
    collect_all(targets, builder, lambda t: read_server(t, builder, ca_bundle=ca_bundle, timeout=timeout),
                workers=workers, progress=progress)
