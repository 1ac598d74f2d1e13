"""The database collectors and controls against real local servers (tests/db_servers.py).

Four private servers per module, each started once: PostgreSQL and MariaDB, each in a
compliant configuration (TLS, SCRAM/ed25519, pgaudit or server_audit, timeouts, checksums,
archiving/binlog, encryption at rest) and a non-compliant one. Every DB-PG-* and DB-MY-*
control's verdict is asserted exactly on each. Also: the statement recorder (read-only), the
least-privilege login of `postgres grants` / `mysql grants`, refused connections, wrong
passwords, TLS required but not offered, a silent server bounded by --timeout, hostile names
escaped in every report.
"""

from __future__ import annotations

import json
import os
import re
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.db_servers import (
    HOST,
    ServerUnavailable,
    pgaudit_available,
    start_mariadb,
    start_postgres,
)

pytest.importorskip("psycopg")
pytest.importorskip("pymysql")

from hipaa_scan.collectors.db import DbTarget, grants
from hipaa_scan.collectors.db import mysql as my_collector
from hipaa_scan.collectors.db import postgres as pg_collector
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.pipeline import EvaluationSettings, evaluate

AUDIT_PW = "Audit-Pw#2026x"
ADMIN_PW = "Adm1n-Secret#2026"
HOSTILE_PG = "<script>alert(1)</script>"
HOSTILE_MY = "<img src=x onerror=alert(2)>"


def _start(fn, **kw):
    try:
        return fn(**kw)
    except ServerUnavailable as exc:
        pytest.skip(str(exc))


def _statements(sql: str) -> list[str]:
    """The statements of a grants script (comments dropped, a statement ends with ';' at line end)."""
    out, cur = [], []
    for line in sql.splitlines():
        if line.startswith("--") or not line.strip():
            continue
        cur.append(line)
        if line.rstrip().endswith(";"):
            out.append("\n".join(cur).rstrip().rstrip(";"))
            cur = []
    return out


# ------------------------------------------------------------------ servers (one per configuration)

@pytest.fixture(scope="module")
def pg_good():
    server = _start(start_postgres, tls=True, checksums=True,
                    preload=["pgaudit"] if pgaudit_available() else [],
                    hba=["local all all scram-sha-256", "hostssl all all 127.0.0.1/32 scram-sha-256",
                         "hostssl all all 10.0.0.0/8 scram-sha-256"],
                    settings={"ssl_min_protocol_version": "TLSv1.2", "log_connections": True,
                              "log_disconnections": True, "log_line_prefix": "%m [%p] user=%u db=%d client=%h ",
                              "pgaudit.log": "read, write, ddl", "idle_session_timeout": "10min",
                              "idle_in_transaction_session_timeout": "5min", "archive_mode": "on",
                              "archive_command": "/bin/true"})
    try:
        server.sql(*_statements(grants("postgres")), f"ALTER ROLE hipaa_audit PASSWORD '{AUDIT_PW}'",
                   "CREATE ROLE dr_smith LOGIN PASSWORD 'Smith-Pw#1'", "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def pg_bad():
    server = _start(start_postgres, tls=False, checksums=False,
                    hba=["local all all trust", "host all all 0.0.0.0/0 md5", "host all all ::1/128 password"],
                    settings={"ssl_min_protocol_version": "TLSv1", "password_encryption": "md5"})
    try:
        server.sql("GRANT CREATE ON SCHEMA public TO PUBLIC", "CREATE ROLE legacy LOGIN PASSWORD 'legacy'",
                   "CREATE ROLE ops LOGIN SUPERUSER", f'CREATE ROLE "{HOSTILE_PG}" LOGIN SUPERUSER',
                   "CREATE ROLE app LOGIN")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def key_dir():
    """A file_key_management key file the unprivileged server user can read."""
    path = Path(tempfile.mkdtemp(prefix="hipaa-keys-"))
    path.chmod(0o755)
    (path / "keys.txt").write_text("1;" + "a1" * 32 + "\n")
    (path / "keys.txt").chmod(0o644)
    yield path
    (path / "keys.txt").unlink()
    path.rmdir()


@pytest.fixture(scope="module")
def maria_good(key_dir):
    server = _start(start_mariadb, tls=True, password=ADMIN_PW,
                    preload=["server_audit", "simple_password_check", "auth_ed25519", "file_key_management"],
                    settings={"require_secure_transport": True, "tls_version": "TLSv1.2,TLSv1.3",
                              "server_audit_logging": True, "server_audit_events": "CONNECT,QUERY_DML,QUERY_DDL",
                              "wait_timeout": 600, "interactive_timeout": 600,
                              "log_bin": True, "encrypt_binlog": True, "innodb_encrypt_tables": "FORCE",
                              "innodb_encrypt_log": True, "aria_encrypt_tables": True,
                              "file_key_management_filename": str(key_dir / "keys.txt")})
    try:
        setup = [s.replace("<password>", AUDIT_PW) for s in _statements(grants("mysql", flavor="mariadb"))]
        server.sql(*setup,
                   "CREATE USER 'dr_smith'@'10.0.%' IDENTIFIED VIA ed25519 USING PASSWORD('Smith-Pw#12') REQUIRE SSL",
                   # at startup it would expire the bootstrap accounts' passwords (set before the epoch)
                   "SET GLOBAL default_password_lifetime = 180",
                   # the helper's own administrator accounts would be extra admins: gone once set up
                   "DROP USER 'admin'@'%'", "DROP USER 'admin'@'localhost'")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def maria_bad():
    server = _start(start_mariadb, tls=False, password=ADMIN_PW, settings={"tls_version": "TLSv1.1,TLSv1.2,TLSv1.3"})
    try:
        server.sql("CREATE USER ''@'localhost'", "CREATE USER 'root'@'%' IDENTIFIED BY 'Root-Pw#1'",
                   "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%'", "CREATE USER 'nopass'@'%'",
                   "CREATE USER 'app'@'%' IDENTIFIED BY 'App-Pw#12'",
                   f"CREATE USER '{HOSTILE_MY}'@'%' IDENTIFIED BY 'X-Pw#1234'")
        yield server
    finally:
        server.stop()


# ------------------------------------------------------------------ collect + evaluate once per server

def _collect(engine: str, target: DbTarget, env: dict[str, str], *, ca=None, timeout: float = 10.0) -> dict:
    os.environ.update(env)
    builder = InventoryBuilder()
    module = pg_collector if engine == "postgres" else my_collector
    module.read_server(target, builder, ca_bundle=ca, timeout=timeout)
    return builder.document()


def _verdicts(inventory: dict, prefix: str) -> dict[str, str]:
    results = evaluate(inventory, EvaluationSettings())
    return {f["control_id"]: f["status"] for f in results["findings"] if f["control_id"].startswith(prefix)}


def _pg_target(server, user, sslmode, **kw) -> DbTarget:
    return DbTarget("postgres", HOST, server.port, user=user, dbname="postgres", sslmode=sslmode,
                    password_env="HIPAA_TEST_PGPW", **kw)


def _my_target(server, user, sslmode, **kw) -> DbTarget:
    return DbTarget("mysql", HOST, server.port, user=user, sslmode=sslmode, password_env="HIPAA_TEST_MYPW", **kw)


@pytest.fixture(scope="module")
def pg_good_inventory(pg_good):
    return _collect("postgres", _pg_target(pg_good, "hipaa_audit", "verify-full", ca_bundle=str(pg_good.ca_file)),
                    {"HIPAA_TEST_PGPW": AUDIT_PW})


@pytest.fixture(scope="module")
def pg_bad_inventory(pg_bad):
    return _collect("postgres", _pg_target(pg_bad, pg_bad.superuser, "disable"), {"HIPAA_TEST_PGPW": pg_bad.password})


@pytest.fixture(scope="module")
def maria_good_inventory(maria_good):
    return _collect("mysql", _my_target(maria_good, "hipaa_audit", "verify_identity", ca_bundle=str(maria_good.ca_file)),
                    {"HIPAA_TEST_MYPW": AUDIT_PW})


@pytest.fixture(scope="module")
def maria_bad_inventory(maria_bad):
    return _collect("mysql", _my_target(maria_bad, maria_bad.superuser, "disabled"), {"HIPAA_TEST_MYPW": ADMIN_PW})


PG_GOOD = {f"DB-PG-{n:02d}": "pass" for n in range(1, 23)} | {"DB-PG-21": "not_applicable"}
PG_BAD = {f"DB-PG-{n:02d}": "fail" for n in range(1, 23)} | {"DB-PG-20": "not_applicable", "DB-PG-21": "not_applicable",
                                                               "DB-PG-22": "pass"}
MY_GOOD = {f"DB-MY-{n:02d}": "pass" for n in range(1, 22)}
MY_BAD = {f"DB-MY-{n:02d}": "fail" for n in range(1, 22)} | {"DB-MY-17": "not_applicable", "DB-MY-21": "pass"}


def test_postgres_compliant_server_exact_verdicts(pg_good_inventory):
    """Collected by the least-privilege login of `postgres grants`: nothing is unread."""
    if not pgaudit_available():
        pytest.skip("Debian's postgresql-<ver>-pgaudit is not installed (DB-PG-14 would fail)")
    assert pg_good_inventory["errors"] == []
    (server,) = pg_good_inventory["resources"]["postgres_server"]
    assert server["login"] == "hipaa_audit" and server["connection_tls"] is True
    assert {h["role"]: h["type"] for h in server["password_hashes"]} == {
        "admin": "scram-sha-256", "hipaa_audit": "scram-sha-256", "dr_smith": "scram-sha-256"}
    assert _verdicts(pg_good_inventory, "DB-PG-") == PG_GOOD


def test_postgres_non_compliant_server_exact_verdicts(pg_bad_inventory):
    assert pg_bad_inventory["errors"] == []
    assert _verdicts(pg_bad_inventory, "DB-PG-") == PG_BAD
    results = evaluate(pg_bad_inventory, EvaluationSettings())
    messages = {f["control_id"]: f["message"] for f in results["findings"] if f["status"] == "fail"}
    assert "legacy" in messages["DB-PG-08"]
    assert HOSTILE_PG in messages["DB-PG-09"] and "ops" in messages["DB-PG-09"]
    assert "app" in messages["DB-PG-11"]


def test_mariadb_compliant_server_exact_verdicts(maria_good_inventory):
    assert maria_good_inventory["errors"] == []
    (server,) = maria_good_inventory["resources"]["mysql_server"]
    assert server["flavor"] == "mariadb" and server["connection_tls"] is True
    assert {(a["user"], a["host"]) for a in server["accounts"]} == {
        ("root", "localhost"), ("mariadb.sys", "localhost"), ("hipaa_audit", "%"), ("dr_smith", "10.0.%")}
    assert _verdicts(maria_good_inventory, "DB-MY-") == MY_GOOD


def test_mariadb_non_compliant_server_exact_verdicts(maria_bad_inventory):
    assert maria_bad_inventory["errors"] == []
    assert _verdicts(maria_bad_inventory, "DB-MY-") == MY_BAD
    results = evaluate(maria_bad_inventory, EvaluationSettings())
    messages = {f["control_id"]: f["message"] for f in results["findings"] if f["status"] == "fail"}
    assert "root can log in from '%'" in messages["DB-MY-05"] and "'nopass'@'%'" in messages["DB-MY-06"]
    assert HOSTILE_MY in messages["DB-MY-03"]


def test_mariadb_login_without_mysql_user_grant_is_an_error_on_accounts_only(maria_bad):
    """A privilege-limited fact: `accounts` left out with an error, every other field read."""
    maria_bad.sql("CREATE USER 'weak'@'%' IDENTIFIED BY 'Weak-Pw#1'")
    inv = _collect("mysql", _my_target(maria_bad, "weak", "disabled"), {"HIPAA_TEST_MYPW": "Weak-Pw#1"})
    (server,) = inv["resources"]["mysql_server"]
    assert "accounts" not in server and server["wait_timeout"] == 28800
    assert [(e["field"], e["code"]) for e in inv["errors"]] == [("accounts", "InsufficientPrivilege")]
    verdicts = _verdicts(inv, "DB-MY-")
    assert {c for c, s in verdicts.items() if s == "error"} == {
        "DB-MY-03", "DB-MY-04", "DB-MY-05", "DB-MY-06", "DB-MY-07", "DB-MY-10", "DB-MY-11"}


def test_postgres_login_without_grants_errors_exactly_the_unreadable_fields(pg_bad):
    pg_bad.sql("CREATE ROLE plain LOGIN PASSWORD 'Plain-Pw#1'")
    inv = _collect("postgres", _pg_target(pg_bad, "plain", "disable"), {"HIPAA_TEST_PGPW": "Plain-Pw#1"})
    (server,) = inv["resources"]["postgres_server"]
    fields = {e["field"] for e in inv["errors"]}
    # PostgreSQL 15 hides these superuser-only settings from a login without pg_read_all_settings
    assert fields == {"hba_rules", "password_hashes", "ssl_min_protocol_version", "shared_preload_libraries"}
    assert not fields & set(server)
    assert server["ssl"] is False and server["log_connections"] is False


# ------------------------------------------------------------------ read-only by construction

def test_every_statement_is_select_or_show(pg_good, maria_good, monkeypatch):
    import psycopg
    import pymysql

    sent: list[str] = []
    pg_execute, my_execute = psycopg.Cursor.execute, pymysql.cursors.Cursor.execute

    def pg_record(self, query, params=None, **kw):
        sent.append(str(query))
        return pg_execute(self, query, params, **kw)

    def my_record(self, query, args=None):
        sent.append(str(query))
        return my_execute(self, query, args)

    monkeypatch.setattr(psycopg.Cursor, "execute", pg_record)
    monkeypatch.setattr(pymysql.cursors.Cursor, "execute", my_record)
    _collect("postgres", _pg_target(pg_good, "hipaa_audit", "require"), {"HIPAA_TEST_PGPW": AUDIT_PW})
    _collect("postgres", _pg_target(pg_good, pg_good.superuser, "require"), {"HIPAA_TEST_PGPW": pg_good.password})
    _collect("mysql", _my_target(maria_good, "hipaa_audit", "required"), {"HIPAA_TEST_MYPW": AUDIT_PW})
    assert len(sent) >= 10
    bad = [s for s in sent if not re.match(r"^(SELECT|SHOW|START TRANSACTION READ ONLY$)", s)]
    assert bad == []
    assert set(sent) <= set(pg_collector.STATEMENTS) | set(my_collector.STATEMENTS)
    kw = pg_collector.connect_kwargs(_pg_target(pg_good, "x", None), ca_bundle=None, timeout=3)
    assert "default_transaction_read_only=on" in kw["options"] and "statement_timeout=3000" in kw["options"]


def test_the_guard_refuses_a_write():
    from hipaa_scan.collectors.db.base import NotReadOnly, checked

    for sql in ("DELETE FROM t", "SELECT 1; DROP TABLE t", "SET ROLE admin", "  update t set a=1"):
        with pytest.raises(NotReadOnly):
            checked(sql)
    assert checked("SHOW GLOBAL VARIABLES") == "SHOW GLOBAL VARIABLES"


# ------------------------------------------------------------------ failures: error findings and exit 3

@pytest.fixture(scope="module")
def silent_port():
    """A server that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind((HOST, 0))
    sock.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    sock.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def test_postgres_failures_are_errors_and_exit_3(pg_good, silent_port, tmp_path):
    targets = tmp_path / "dbs.yaml"
    targets.write_text(f"""defaults: {{user: hipaa_audit, password_env: HIPAA_TEST_PGPW}}
targets:
  - {{host: {HOST}, port: {_closed_port()}, name: refused}}
  - {{host: {HOST}, port: {pg_good.port}, name: wrong-password, password_env: HIPAA_TEST_WRONG}}
  - {{host: {HOST}, port: {pg_good.port}, name: no-tls, sslmode: disable}}
  - {{host: {HOST}, port: {silent_port}, name: silent}}
""")
    started = time.monotonic()
    out = tmp_path / "out"
    res = run_cli("scan", "postgres", "--targets", targets, "--timeout", "2", "--out", out, "--format", "json", "-q",
                  env={"HIPAA_TEST_PGPW": AUDIT_PW, "HIPAA_TEST_WRONG": "nope"})
    elapsed = time.monotonic() - started
    assert res.returncode == 3, res.stderr
    assert elapsed < 30
    results = json.loads((out / "results.json").read_text())
    by_resource: dict[str, set[str]] = {}
    for f in results["findings"]:
        if f["resource"] and f["control_id"].startswith("DB-PG-"):
            by_resource.setdefault(f["resource"]["id"], set()).add(f["status"])
    assert by_resource == {"refused": {"error"}, "wrong-password": {"error"}, "no-tls": {"error"}, "silent": {"error"}}
    inventory_errors = json.dumps(results.get("errors") or results)
    assert "password authentication failed" in inventory_errors
    assert "nope" not in inventory_errors and AUDIT_PW not in res.stderr + res.stdout


def test_mariadb_failures_are_errors(maria_good, silent_port):
    builder = InventoryBuilder()
    os.environ["HIPAA_TEST_MYPW"] = "wrong"
    started = time.monotonic()
    for name, port, mode in (("wrong-password", maria_good.port, "required"), ("no-tls", maria_good.port, "disabled"),
                             ("silent", silent_port, "preferred"), ("refused", _closed_port(), "preferred")):
        my_collector.read_server(_my_target(maria_good, "hipaa_audit", mode, name=name) if port == maria_good.port
                                 else DbTarget("mysql", HOST, port, user="x", name=name, sslmode=mode),
                                 builder, timeout=1.5)
    assert time.monotonic() - started < 15
    doc = builder.document()
    assert {e["resource_id"]: e["code"] for e in doc["errors"]} == {
        "wrong-password": "AuthFailed", "no-tls": "AuthFailed", "silent": "ConnectFailed", "refused": "ConnectFailed"}
    assert all(r["reachable"] is False for r in doc["resources"]["mysql_server"])


# ------------------------------------------------------------------ CLI, reports, grants

def test_scan_postgres_cli_escapes_hostile_role_names(pg_bad, tmp_path):
    out = tmp_path / "out"
    res = run_cli("scan", "postgres", pg_bad.dsn(sslmode="disable"), "--out", out, "--format", "json,html,junit,sarif",
                  "-q", env={"PGPASSWORD": pg_bad.password})
    assert res.returncode == 1, res.stderr
    assert HOSTILE_PG in json.loads((out / "results.json").read_text())["findings"].__repr__()
    for name in ("report.html", "junit.xml"):
        text = (out / name).read_text()
        assert HOSTILE_PG not in text, name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text, name
    assert pg_bad.password not in res.stdout + res.stderr


def test_grants_commands_and_missing_password_in_dsn():
    res = run_cli("postgres", "grants", "--role", "audit")
    assert res.returncode == 0 and 'GRANT pg_read_all_settings, pg_monitor TO "audit";' in res.stdout
    res = run_cli("mysql", "grants", "--flavor", "mysql")
    assert res.returncode == 0 and "GRANT SELECT ON mysql.user TO 'hipaa_audit'@'%';" in res.stdout
    res = run_cli("collect", "postgres", "postgresql://a:secret@db.example.org/x")
    assert res.returncode == 2 and "password in the DSN is refused" in res.stderr and "secret" not in res.stderr


def test_targets_file_errors_name_the_line(tmp_path):
    from hipaa_scan.collectors.db.targets import load_targets
    from hipaa_scan.scanner.errors import InputError

    path = tmp_path / "dbs.yaml"
    path.write_text("defaults: {user: audit}\ntargets:\n  - host: db1\n    port: 5432\n  - host: db2\n    colour: red\n")
    with pytest.raises(InputError, match="unknown key") as info:
        load_targets("postgres", path)
    assert ":6:" in str(info.value.where if hasattr(info.value, "where") else info.value) or ":6:" in str(info.value)
    path.write_text("targets:\n  - postgresql://db1/clinic\n  - {host: db1, dbname: clinic, max_idle_minutes: 10}\n")
    with pytest.raises(InputError, match="listed twice"):
        load_targets("postgres", path)
    path.write_text("defaults: {user: audit, max_idle_minutes: 10}\ntargets:\n  - mysql://db1:3307/\n")
    (target,) = load_targets("mysql", path)
    assert (target.host, target.port, target.user, target.max_idle_minutes, target.id) == ("db1", 3307, "audit", 10,
                                                                                          "db1:3307")


def test_targets_from_an_aws_inventory():
    from hipaa_scan.collectors.db.targets import targets_from_inventory

    inventory = {"resources": {
        "aws_rds_instance": [
            {"id": "arn:1", "engine": "postgres", "endpoint_address": "a.rds.amazonaws.com", "endpoint_port": 5432},
            {"id": "arn:2", "engine": "mysql", "endpoint_address": "b.rds.amazonaws.com", "endpoint_port": 3306},
            {"id": "arn:3", "engine": "aurora-postgresql", "cluster_id": "c", "endpoint_address": "m.rds.amazonaws.com"},
            {"id": "arn:4", "engine": "postgres"}],
        "aws_rds_cluster": [{"id": "arn:c", "engine": "aurora-postgresql", "endpoint_address": "c.rds.amazonaws.com",
                             "endpoint_port": 5432}]}}
    found = targets_from_inventory("postgres", inventory)
    assert sorted(t.id for t in found) == ["a.rds.amazonaws.com:5432", "c.rds.amazonaws.com:5432"]
    assert [t.host for t in targets_from_inventory("mysql", inventory)] == ["b.rds.amazonaws.com"]
