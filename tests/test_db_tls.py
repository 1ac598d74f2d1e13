"""The TLS controls on database servers: STARTTLS postgres and mysql against real PostgreSQL and
MariaDB (tests/db_servers.py), with and without TLS, and the MySQL upgrade's read failures.

One server per configuration for the module; one in-process scan of every endpoint without the
private CA, and two CLI scans with it (``scan postgres --tls`` and ``scan tls --starttls mysql``).
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import struct
import threading
from collections.abc import Iterator

import pytest
from db_servers import ServerUnavailable, start_mariadb, start_postgres

from hipaa_scan.collectors.tls import Endpoint, collect_tls
from hipaa_scan.collectors.tls.starttls import (
    CLIENT_PROTOCOL_41,
    CLIENT_SSL,
    MYSQL,
    MysqlStartTls,
    NoTlsOffered,
    StartTlsError,
    install_mysql_hook,
    mysql_upgrade,
    read_mysql_handshake,
    ssl_request,
)
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder, validate
from hipaa_scan.scanner.policies import load_policy_set

CONTROLS = ["TLS-CERT-01", "TLS-CERT-02", "TLS-CERT-03", "TLS-CERT-04", "TLS-CERT-05", "TLS-CERT-06",
            "TLS-CIPHER-01", "TLS-CIPHER-02", "TLS-CIPHER-03", "TLS-CIPHER-04", "TLS-HTTP-01", "TLS-HTTP-02",
            "TLS-PROTO-01", "TLS-PROTO-02", "TLS-PROTO-03", "TLS-PROTO-04"]
# A STARTTLS database endpoint speaks no HTTP: HSTS and the plain-HTTP redirect have nothing to judge.
NO_HTTP = {"TLS-HTTP-01": "not_applicable", "TLS-HTTP-02": "not_applicable"}
ALL_PASS = {**dict.fromkeys(CONTROLS, "pass"), **NO_HTTP}
UNTRUSTED = {**ALL_PASS, "TLS-CERT-01": "fail"}  # TLS-CERT-01: the chain builds to a trusted root
NO_TLS = {**dict.fromkeys(CONTROLS, "error"), **NO_HTTP, "TLS-PROTO-04": "fail"}
UNREAD = dict.fromkeys(CONTROLS, "error")
MODERN = {"ssl_2_0": False, "ssl_3_0": False, "tls_1_0": False, "tls_1_1": False, "tls_1_2": True, "tls_1_3": True}
HANDSHAKE_FIELDS = ["certificate", "cipher_suites", "ephemeral_keys", "protocols"]


def _start(fn, **kw):
    try:
        return fn(**kw)
    except ServerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def servers() -> Iterator[dict]:
    started: dict = {}
    try:
        started["pg_tls"] = _start(start_postgres, tls=True, hba=["hostssl all all 127.0.0.1/32 scram-sha-256"])
        started["pg_plain"] = _start(start_postgres, tls=False)
        started["maria_tls"] = _start(start_mariadb, tls=True)
        started["maria_plain"] = _start(start_mariadb, tls=False)
        yield started
    finally:
        for server in started.values():
            server.stop()


# ------------------------------------------------------------------ fake MySQL servers (read failures)

def _handshake(caps: int, version: bytes = b"10.11.0-fake") -> bytes:
    payload = (b"\x0a" + version + b"\0" + struct.pack("<I", 7) + b"12345678" + b"\0"
               + struct.pack("<H", caps & 0xFFFF) + b"\x2d" + b"\x02\x00" + struct.pack("<H", caps >> 16)
               + b"\x15" + b"\0" * 10 + b"123456789012\0" + b"mysql_native_password\0")
    return len(payload).to_bytes(3, "little") + b"\x00" + payload


ERR_PACKET = (lambda p: len(p).to_bytes(3, "little") + b"\x00" + p)(
    b"\xff" + struct.pack("<H", 1129) + b"Host '10.0.0.9' is blocked because of many connection errors")


class FakeServer:
    """Answers every connection with ``greeting`` and closes it (``b""``: closes at once)."""

    def __init__(self, greeting: bytes):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.greeting = greeting
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                if self.greeting:
                    conn.sendall(self.greeting)
                    conn.settimeout(1)
                    try:
                        conn.recv(64)
                    except OSError:
                        pass

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def fakes() -> Iterator[dict]:
    made = {"err": FakeServer(ERR_PACKET), "http": FakeServer(b"HTTP/1.1 400 Bad Request\r\n\r\n"),
            "closed": FakeServer(b""), "no_ssl": FakeServer(_handshake(CLIENT_PROTOCOL_41 | 0x8000))}
    yield made
    for f in made.values():
        f.close()


# ------------------------------------------------------------------ one scan without the private CA

@pytest.fixture(scope="module")
def scan(servers, fakes) -> dict:
    s = servers
    endpoints = [Endpoint(s["pg_tls"].host, s["pg_tls"].port, starttls="postgres"),
                 Endpoint(s["pg_plain"].host, s["pg_plain"].port, starttls="postgres"),
                 Endpoint(s["maria_tls"].host, s["maria_tls"].port, starttls="mysql"),
                 Endpoint(s["maria_plain"].host, s["maria_plain"].port, starttls="mysql")]
    endpoints += [Endpoint("127.0.0.1", f.port, starttls="mysql") for f in fakes.values()]
    builder = InventoryBuilder()
    collect_tls(endpoints, builder, timeout=5, retries=0, now=dt.datetime.now(dt.UTC))
    doc = builder.document()
    validate(doc, "inventory", "<db tls inventory>")
    results = Evaluator(load_policy_set()).evaluate(doc)
    verdicts: dict[str, dict[str, str]] = {}
    for f in results["findings"]:
        if f["resource"] and f["control_id"].startswith("TLS-"):
            verdicts.setdefault(f["resource"]["id"], {})[f["control_id"]] = f["status"]
    return {"doc": doc, "verdicts": verdicts, "by_id": {r["id"]: r for r in doc["resources"]["tls_endpoint"]}}


def _rid(server_or_port) -> str:
    return f"127.0.0.1:{getattr(server_or_port, 'port', server_or_port)}"


def _errors(doc, rid):
    return sorted((e["code"], e["field"]) for e in doc["errors"] if e["resource_id"] == rid)


@pytest.mark.parametrize(("name", "starttls"), [("pg_tls", "postgres"), ("maria_tls", "mysql")])
def test_tls_server_without_the_private_ca_fails_trust_only(scan, servers, name, starttls):
    rid = _rid(servers[name])
    r = scan["by_id"][rid]
    assert (r["starttls"], r["tls"], r["https"], r["hsts"]) == (starttls, True, False, None)
    assert r["protocols"] == MODERN
    assert r["highest_version"] == "tls_1_3"
    cert = r["certificate"]
    assert (cert["trusted"], cert["trust_store"], cert["self_signed"]) == (False, None, False)
    assert (cert["hostname"], cert["hostname_match"]) == ("127.0.0.1", True)
    assert cert["issuer"] == "CN=hipaa-scan db test CA,O=hipaa-scan tests"
    assert (cert["key_type"], cert["key_size"], cert["signature_hash"]) == ("EC", 256, "sha256")
    assert _errors(scan["doc"], rid) == []
    assert scan["verdicts"][rid] == UNTRUSTED


@pytest.mark.parametrize(("name", "says"), [
    ("pg_plain", "the PostgreSQL server offers no TLS: it answered N to the SSLRequest (ssl = off)"),
    ("maria_plain", "offers no TLS: its handshake lacks the CLIENT_SSL capability"),
])
def test_server_without_tls_fails_tls_offered_never_passes(scan, servers, name, says):
    rid = _rid(servers[name])
    r = scan["by_id"][rid]
    assert r["tls"] is False and "protocols" not in r and "certificate" not in r
    assert _errors(scan["doc"], rid) == [("NoTlsOffered", f) for f in HANDSHAKE_FIELDS]
    assert all(says in e["message"] for e in scan["doc"]["errors"] if e["resource_id"] == rid)
    assert scan["verdicts"][rid] == NO_TLS


def test_fake_mysql_without_client_ssl_is_no_tls(scan, fakes):
    rid = _rid(fakes["no_ssl"].port)
    assert scan["by_id"][rid]["tls"] is False
    assert scan["verdicts"][rid] == NO_TLS
    [msg] = {e["message"] for e in scan["doc"]["errors"] if e["resource_id"] == rid}
    assert msg == f"{rid}: the MySQL server (10.11.0-fake) offers no TLS: its handshake lacks the CLIENT_SSL capability"


@pytest.mark.parametrize(("fake", "message"), [
    ("err", "mysql STARTTLS: the MySQL server refused the connection: error 1129: Host '10.0.0.9' is blocked "
            "because of many connection errors"),
    ("http", "mysql STARTTLS: not a MySQL handshake: first packet of 5526600 bytes"),  # "HTT" read as a length
    ("closed", "mysql STARTTLS: the server closed the connection before any byte of the MySQL handshake header"),
])
def test_unreadable_mysql_upgrade_is_an_error_never_a_pass(scan, fakes, fake, message):
    rid = _rid(fakes[fake].port)
    r = scan["by_id"][rid]
    assert set(r) == {"id", "name", "host", "port", "ip_address", "sni", "starttls"}
    [err] = [e for e in scan["doc"]["errors"] if e["resource_id"] == rid]
    assert (err["code"], err["field"], err["operation"]) == ("StartTlsFailed", None, "starttls")
    assert err["message"] == f"{rid}: {message}"
    assert scan["verdicts"][rid] == UNREAD


# ------------------------------------------------------------------ with the private CA, through the CLI

def test_scan_postgres_with_tls_judges_the_certificate_in_the_same_inventory(servers, tmp_path, cli):
    pg = servers["pg_tls"]
    out = tmp_path / "out"
    r = cli("scan", "postgres", pg.dsn(sslmode="verify-full"), "--tls", "--ca-bundle", pg.ca_file,
            "--out", out, "--format", "json", "-q", env={"PGPASSWORD": pg.password})
    assert r.returncode in (0, 1), r.stderr
    inv = json.loads((out / "inventory.json").read_text())
    assert inv["errors"] == []
    assert [s["collector"] for s in inv["sources"]] == ["postgres", "tls"]
    [ep] = inv["resources"]["tls_endpoint"]
    assert (ep["id"], ep["starttls"], ep["protocols"]) == (_rid(pg), "postgres", MODERN)
    assert (ep["certificate"]["trusted"], ep["certificate"]["trust_store"]) == (True, "ca_bundle")
    assert len(inv["resources"]["postgres_server"]) == 1
    results = json.loads((out / "results.json").read_text())
    tls = {f["control_id"]: f["status"] for f in results["findings"]
           if f["resource"] and f["resource"]["id"] == _rid(pg) and f["control_id"].startswith("TLS-")}
    assert tls == ALL_PASS
    assert any(f["control_id"].startswith("DB-PG-") for f in results["findings"])


def test_scan_tls_starttls_mysql_with_the_ca_bundle_passes(servers, tmp_path, cli):
    maria = servers["maria_tls"]
    out = tmp_path / "out"
    r = cli("scan", "tls", f"127.0.0.1:{maria.port}", "--starttls", "mysql", "--ca-bundle", maria.ca_file,
            "--out", out, "--format", "json", "-q")
    assert r.returncode == 0, r.stderr
    inv = json.loads((out / "inventory.json").read_text())
    assert inv["errors"] == []
    [ep] = inv["resources"]["tls_endpoint"]
    assert (ep["starttls"], ep["protocols"], ep["certificate"]["trusted"]) == ("mysql", MODERN, True)
    results = json.loads((out / "results.json").read_text())
    assert {f["control_id"]: f["status"] for f in results["findings"]
            if f["resource"] and f["control_id"].startswith("TLS-")} == ALL_PASS


def test_starttls_flag_needs_arguments(tmp_path, cli):
    ep = tmp_path / "eps.yaml"
    ep.write_text("- host: db1\n  port: 3306\n  starttls: mysql\n")
    r = cli("collect", "tls", "--endpoints", ep, "--starttls", "mysql", "-o", tmp_path / "x.json")
    assert r.returncode == 2
    assert r.stderr.startswith("hipaa-scan: error: --starttls applies to host:port arguments")


# ------------------------------------------------------------------ the upgrade itself

def test_ssl_request_packet_layout():
    packet = ssl_request(0, 0xFFFF_FFFF)
    assert packet[:4] == b"\x20\x00\x00\x01"  # 32-byte payload, sequence id 1
    flags, max_packet, charset = struct.unpack("<IIB", packet[4:13])
    assert flags & CLIENT_SSL and flags & CLIENT_PROTOCOL_41
    assert (max_packet, charset, packet[13:]) == (16 * 1024 * 1024, 45, b"\0" * 23)


def test_mysql_upgrade_reads_the_capabilities_and_answers_after_the_handshake():
    a, b = socket.socketpair()
    with a, b:
        a.sendall(_handshake(CLIENT_SSL | CLIENT_PROTOCOL_41 | 0x8000 | 0x0008_0000))
        assert read_mysql_handshake(b)[1] & CLIENT_SSL
        a.sendall(_handshake(CLIENT_SSL | CLIENT_PROTOCOL_41, b"8.4.3"))
        assert mysql_upgrade(b) == "8.4.3"
        assert a.recv(64) == ssl_request(0, CLIENT_SSL | CLIENT_PROTOCOL_41)
        a.sendall(_handshake(CLIENT_PROTOCOL_41))
        with pytest.raises(NoTlsOffered):
            mysql_upgrade(b)
        a.sendall(b"\x03\x00\x00\x00\x0a\x35\x00")  # version without the rest
        with pytest.raises(StartTlsError, match="no capability flags"):
            mysql_upgrade(b)


def test_the_hook_keeps_sslyze_helpers_for_other_protocols():
    from sslyze import ProtocolWithOpportunisticTlsEnum
    from sslyze.connection_helpers import tls_connection

    assert install_mysql_hook() and install_mysql_hook()  # idempotent
    lookup = tls_connection.get_opportunistic_tls_helper
    assert isinstance(lookup(MYSQL, None, None), MysqlStartTls)
    pg = lookup(ProtocolWithOpportunisticTlsEnum.POSTGRES, None, None)
    assert type(pg).__name__ == "_PostgresHelper"


def test_cli_starttls_choices_are_the_collectors():
    from hipaa_scan.collectors.tls import STARTTLS
    from hipaa_scan.scanner.cli.sources import tls_options

    @tls_options
    def probe(**kw):  # pragma: no cover - only its options are read
        return kw

    [opt] = [p for p in probe.__click_params__ if p.name == "starttls"]
    assert tuple(opt.type.choices) == STARTTLS
