"""MySQL and MariaDB servers (``mysql_server``): TLS, accounts, audit plugin, logoff, binlog, at rest.

One PyMySQL session per target inside ``START TRANSACTION READ ONLY``; only SELECT/SHOW go
through :func:`~hipaa_scan.collectors.db.base.checked`. Connect, read and write timeouts are
the ``--timeout``. ``mysql.user`` needs ``SELECT`` on it (``mysql grants``); without it the
``accounts`` field is left out with an inventory error, never guessed.
"""

from __future__ import annotations

import os
import re
import ssl
from pathlib import Path
from typing import Any

from hipaa_scan.collectors.db.base import ca_path, checked, collect_all, password_for, server_resource, short
from hipaa_scan.collectors.db.targets import DbTarget
from hipaa_scan.scanner.inventory import InventoryBuilder

RTYPE = "mysql_server"
COLLECTOR = "mysql"

#: global variables kept (dots become underscores); ON/OFF ones become booleans, numbers integers
BOOLEANS = ("require_secure_transport", "log_bin", "binlog_encryption", "encrypt_binlog", "innodb_encrypt_log",
            "innodb_redo_log_encrypt", "default_table_encryption", "aria_encrypt_tables", "server_audit_logging",
            "encrypt_tmp_files", "local_infile", "skip_name_resolve")
INTEGERS = ("wait_timeout", "interactive_timeout", "default_password_lifetime", "validate_password.length",
            "validate_password_length", "simple_password_check_minimal_length")
STRINGS = ("tls_version", "have_ssl", "innodb_encrypt_tables", "server_audit_events", "server_audit_output_type",
           "version", "version_comment", "validate_password.policy", "validate_password_policy",
           "audit_log_policy", "default_authentication_plugin", "authentication_policy")
VARIABLES = BOOLEANS + INTEGERS + STRINGS
#: facts named differently by MariaDB and MySQL → the variables that give them (the first present)
NORMALISED = {"binlog_encrypted": ("encrypt_binlog", "binlog_encryption"),
              "tables_encrypted": ("innodb_encrypt_tables", "default_table_encryption"),
              "redo_log_encrypted": ("innodb_encrypt_log", "innodb_redo_log_encrypt")}
#: plugins that check password strength, and audit plugins
PASSWORD_PLUGINS = ("validate_password", "simple_password_check", "cracklib_password_check")
AUDIT_PLUGINS = ("server_audit", "audit_log")
#: accounts the server creates for itself (MariaDB, MySQL 8)
SYSTEM_ACCOUNTS = {("mariadb.sys", "localhost"), ("mysql.sys", "localhost"), ("mysql.session", "localhost"),
                   ("mysql.infoschema", "localhost")}
_PASSWORD_AUTH = ("", "mysql_native_password", "mysql_old_password", "caching_sha2_password", "sha256_password",
                  "ed25519", "parsec")

Q_BEGIN = "START TRANSACTION READ ONLY"
Q_VARIABLES = "SHOW GLOBAL VARIABLES"
Q_PLUGINS = "SELECT PLUGIN_NAME, PLUGIN_STATUS FROM information_schema.PLUGINS"
Q_USERS = "SELECT * FROM mysql.user"
Q_TLS = "SHOW SESSION STATUS LIKE 'Ssl_version'"
#: every statement the collector can send (tests check each is read-only)
STATEMENTS = (Q_BEGIN, Q_VARIABLES, Q_PLUGINS, Q_USERS, Q_TLS)


def _field(name: str) -> str:
    return name.replace(".", "_")


def _ssl_kwargs(target: DbTarget, ca_bundle: Path | None) -> dict:
    ca = ca_path(target, ca_bundle)
    mode = target.sslmode or ("verify_identity" if ca else "preferred")
    if mode == "disabled":
        return {"ssl_disabled": True}
    if mode == "preferred" and not ca:
        return {}
    if mode in ("required", "preferred") and not ca:
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return {"ssl": ctx}
    ctx = ssl.create_default_context(cafile=ca)
    ctx.check_hostname = mode == "verify_identity"
    ctx.verify_mode = ssl.CERT_REQUIRED if mode != "required" else ssl.CERT_NONE
    return {"ssl": ctx}


def connect_kwargs(target: DbTarget, *, ca_bundle: Path | None, timeout: float) -> dict:
    t = max(1, int(round(timeout)))
    kw: dict[str, Any] = {"host": target.host, "port": target.port, "connect_timeout": t, "read_timeout": t,
                          "write_timeout": t, "autocommit": True, "program_name": "hipaa-scan"}
    option_file = target.option_file or (os.path.expanduser("~/.my.cnf")
                                         if os.path.exists(os.path.expanduser("~/.my.cnf")) else None)
    if option_file:
        kw["read_default_file"] = os.path.expanduser(option_file)
    if target.user:
        kw["user"] = target.user
    if target.dbname:
        kw["database"] = target.dbname
    password = password_for(target)
    if password is None and "MYSQL_PWD" in os.environ:
        password = os.environ["MYSQL_PWD"]
    if password is not None:
        kw["password"] = password
    kw.update(_ssl_kwargs(target, ca_bundle))
    return kw


def read_server(target: DbTarget, builder: InventoryBuilder, *, ca_bundle: Path | None = None,
                timeout: float = 10.0) -> None:
    import pymysql

    res = server_resource(target)

    def error(field: str | None, code: str, message: str, operation: str) -> None:
        builder.error(COLLECTOR, RTYPE, code, message, resource_id=target.id, field=field, operation=operation)

    try:
        conn = pymysql.connect(**connect_kwargs(target, ca_bundle=ca_bundle, timeout=timeout))
    except (pymysql.Error, OSError) as exc:
        res["reachable"] = False
        builder.add(RTYPE, res)
        code = "AuthFailed" if "Access denied" in str(exc) else "ConnectFailed"
        error(None, code, f"cannot connect to {target.address}: {short(exc)}", "connect")
        return
    res["reachable"] = True
    try:
        with conn.cursor() as cur:
            def rows(sql: str, field: str | None, operation: str, *, dicts: bool = False) -> list | None:
                try:
                    if dicts:
                        with conn.cursor(pymysql.cursors.DictCursor) as dcur:
                            dcur.execute(checked(sql))
                            return list(dcur.fetchall())
                    cur.execute(checked(sql))
                    return list(cur.fetchall())
                except pymysql.err.OperationalError as exc:
                    if exc.args and exc.args[0] in (1142, 1143, 1227, 1044):  # access denied to a table/command
                        error(field, "InsufficientPrivilege", f"the login may not read {operation}: {short(exc)}",
                              operation)
                        return None
                    raise
                except pymysql.err.ProgrammingError as exc:
                    error(field, "QueryFailed", short(exc), operation)
                    return None

            cur.execute(checked(Q_BEGIN))
            _read(rows, res, error)
            conn.rollback()
    except (pymysql.Error, OSError) as exc:
        error(None, type(exc).__name__, f"the session failed: {short(exc)}", "session")
    finally:
        try:
            conn.close()
        except Exception:
            pass
    builder.add(RTYPE, res)


def _read(rows: Any, res: dict, error: Any) -> None:
    tls = rows(Q_TLS, "connection_tls", "Ssl_version")
    if tls is not None:
        res["connection_tls"] = bool(tls and tls[0][1])
    variables = rows(Q_VARIABLES, None, "SHOW GLOBAL VARIABLES")
    if variables is not None:
        values = {str(k).lower(): v for k, v in variables}
        for name in VARIABLES:
            if name not in values:
                continue  # not on this server version / plugin not loaded
            value = values[name]
            if name in BOOLEANS:
                res[_field(name)] = str(value).upper() in ("ON", "1", "YES", "TRUE")
            elif name in INTEGERS:
                try:
                    res[_field(name)] = int(value)
                except (TypeError, ValueError):
                    error(_field(name), "UnexpectedValue", f"{name} is not a number: {str(value)[:40]!r}", name)
            else:
                res[_field(name)] = "" if value is None else str(value)
        # one name for each fact, whichever flavor's variable reports it (absent when neither does)
        for field, names in NORMALISED.items():
            for name in names:
                if name in values:
                    res[field] = str(values[name]).upper() in ("ON", "1", "FORCE")
                    break
        version = str(values.get("version", ""))
        res["flavor"] = "mariadb" if "mariadb" in (version + str(values.get("version_comment", ""))).lower() else "mysql"
        m = re.match(r"(\d+)\.(\d+)", version)
        if m:
            res["major_version"] = f"{int(m[1])}.{int(m[2])}"
    plugins = rows(Q_PLUGINS, "plugins", "information_schema.PLUGINS")
    if plugins is not None:
        res["plugins"] = sorted({str(name).lower() for name, status in plugins if str(status).upper() == "ACTIVE"})
    users = rows(Q_USERS, "accounts", "mysql.user", dicts=True)
    if users is not None:
        res["accounts"] = sorted((_account(u) for u in users if not _is_role(u)), key=lambda a: (a["user"], a["host"]))


def _is_role(u: dict) -> bool:
    return str(u.get("is_role", "N")).upper() == "Y"


def _yes(v: Any) -> bool:
    return str(v).upper() == "Y"


def _account(u: dict) -> dict:
    def text(v: Any) -> str:
        return v.decode("utf-8", "replace") if isinstance(v, bytes | bytearray) else ("" if v is None else str(v))

    user, host = text(u.get("User")), text(u.get("Host"))
    plugin = text(u.get("plugin"))
    auth = text(u.get("authentication_string")) or text(u.get("Password"))
    privs = [k for k in u if str(k).endswith("_priv")]
    acct: dict[str, Any] = {
        "user": user, "host": host, "plugin": plugin,
        "password_empty": plugin in _PASSWORD_AUTH and auth == "",
        "ssl_type": text(u.get("ssl_type")).upper() or "NONE",
        "super": _yes(u.get("Super_priv")),
        "all_privileges": bool(privs) and all(_yes(u[k]) for k in privs),
        "grant_option": _yes(u.get("Grant_priv")),
        "system": (user, host) in SYSTEM_ACCOUNTS,
        "bootstrap": (user, host) == ("root", "localhost"),
    }
    if "account_locked" in u:
        acct["locked"] = _yes(u.get("account_locked"))
    lifetime = u.get("password_lifetime")
    if lifetime is not None:
        try:
            acct["password_lifetime"] = int(lifetime)
        except (TypeError, ValueError):
            pass
    return acct


def collect_mysql(targets: list[DbTarget], builder: InventoryBuilder, *, ca_bundle: Path | None = None,
                  timeout: float = 10.0, workers: int = 16, progress: Any = None) -> None:
    builder.add_source({"collector": COLLECTOR, "targets": [t.id for t in targets]})
    collect_all(targets, builder, lambda t: read_server(t, builder, ca_bundle=ca_bundle, timeout=timeout),
                workers=workers, progress=progress)
