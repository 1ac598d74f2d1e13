"""The TLS collector against real local TLS and plain-HTTP servers, and the TLS-* verdicts.

Each fixture server has one deliberate configuration (tests/tls_servers.py). One scan of
all of them runs per module; each test asserts the exact facts and the verdict of every
TLS control for its server.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tls_servers import Fixtures, closed_port, silent_server

from hipaa_scan.collectors.tls import Endpoint, collect_tls
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder, validate
from hipaa_scan.scanner.policies import load_policy_set

CONTROLS = ["TLS-CERT-01", "TLS-CERT-02", "TLS-CERT-03", "TLS-CERT-04", "TLS-CERT-05", "TLS-CERT-06",
            "TLS-CIPHER-01", "TLS-CIPHER-02", "TLS-CIPHER-03", "TLS-CIPHER-04", "TLS-HTTP-01", "TLS-HTTP-02",
            "TLS-PROTO-01", "TLS-PROTO-02", "TLS-PROTO-03", "TLS-PROTO-04"]
NO_LEGACY = {"ssl_2_0": False, "ssl_3_0": False, "tls_1_0": False, "tls_1_1": False}
TLS13 = ["TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256"]
RSA_AEAD_12 = ["TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
               "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    fx = Fixtures(tmp_path_factory.mktemp("tls"), now=now).start_all()
    s = fx.servers
    companions = {"modern": s["http_redirect"].port, "no_hsts": s["http_plain"].port}
    refused = closed_port()
    endpoints = [Endpoint("localhost", srv.port, http_port=companions.get(name),
                          starttls="smtp" if name == "smtp_starttls" else None) for name, srv in s.items()]
    endpoints.append(Endpoint("127.0.0.1", refused))
    builder = InventoryBuilder()
    scan_now = dt.datetime.now(dt.UTC)  # after every fixture certificate was issued
    collect_tls(endpoints, builder, ca_bundle=fx.ca_bundle, timeout=10, now=scan_now)
    doc = builder.document()
    validate(doc, "inventory", "<tls inventory>")
    results = Evaluator(load_policy_set()).evaluate(doc)
    verdicts: dict[str, dict[str, str]] = {}
    for f in results["findings"]:
        if f["resource"] and f["control_id"].startswith("TLS-"):
            verdicts.setdefault(f["resource"]["id"], {})[f["control_id"]] = f["status"]
    by_id = {r["id"]: r for r in doc["resources"]["tls_endpoint"]}
    yield {"fx": fx, "doc": doc, "results": results, "verdicts": verdicts, "by_id": by_id, "now": now,
           "refused": f"127.0.0.1:{refused}"}
    fx.stop_all()


def _id(scan, name):
    return f"localhost:{scan['fx'].servers[name].port}"


def _res(scan, name):
    return scan["by_id"][_id(scan, name)]


def _verdicts(scan, name_or_id):
    rid = _id(scan, name_or_id) if name_or_id in scan["fx"].servers else name_or_id
    return scan["verdicts"][rid]


# Servers scanned without a plain-HTTP companion port: TLS-HTTP-02 has nothing to judge.
NO_HTTP_PORT = {"TLS-HTTP-02": "not_applicable"}


def _expect(scan, name, **not_pass):
    """Every TLS control passes for the server except those named (as TLS_CERT_01='fail'); the
    redirect control is not applicable unless the server was given a plain-HTTP port."""
    expected = dict.fromkeys(CONTROLS, "pass")
    if _res(scan, name)["plaintext_http"]["checked"] is False:
        expected.update(NO_HTTP_PORT)
    expected.update({k.replace("_", "-"): v for k, v in not_pass.items()})
    assert _verdicts(scan, name) == expected


def _errors(scan, rid):
    return sorted((e["code"], e["field"]) for e in scan["doc"]["errors"] if e["resource_id"] == rid)


def _names(res, version):
    return [s["name"] for s in res["cipher_suites"][version]]


def test_every_endpoint_is_a_resource(scan):
    assert len(scan["by_id"]) == len(scan["fx"].servers) + 1
    [source] = scan["doc"]["sources"]
    assert source["collector"] == "tls" and source["ca_bundle"] == str(scan["fx"].ca_bundle)
    assert sorted(source["endpoints"]) == sorted(scan["by_id"])


def test_tls13_only(scan):
    r = _res(scan, "tls13_only")
    assert r["tls"] is True and r["highest_version"] == "tls_1_3"
    assert r["client_auth"] == "disabled" and r["ocsp_stapling"] is False and r["other_certificates"] == []
    assert r["protocols"] == {**NO_LEGACY, "tls_1_2": False, "tls_1_3": True}
    assert _names(r, "tls_1_3") == TLS13
    assert _names(r, "tls_1_2") == []
    assert all(s["aead"] and s["forward_secret"] and s["key_exchange"] == "ECDHE" for s in r["cipher_suites"]["tls_1_3"])
    assert {s["ephemeral_key"]["curve"] for s in r["cipher_suites"]["tls_1_3"]} == {"X25519"}
    assert r["ephemeral_keys"] == {"dh_min_size": None, "ecdh_min_size": 253}
    assert r["hsts"] == {"present": True, "max_age": 31536000, "include_subdomains": True, "preload": False}
    assert r["https"] is True
    assert r["plaintext_http"] == {"checked": False, "port": None, "present": None, "status": None, "location": None,
                                   "redirects_to_https": None}
    _expect(scan, "tls13_only")


def test_modern_aead_ecdhe_with_redirecting_http_port(scan):
    r = _res(scan, "modern")
    assert r["protocols"] == {**NO_LEGACY, "tls_1_2": True, "tls_1_3": True}
    assert r["cipher_suites"]["tls_1_2"] == [{
        "name": "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "key_exchange": "ECDHE", "authentication": "ECDSA",
        "aead": True, "forward_secret": True, "strength": 128,
        "flags": {"null": False, "anon": False, "export": False, "rc4": False, "3des": False, "cbc": False},
        "ephemeral_key": {"type": "ECDH", "size": 256, "curve": "secp256r1"}}]
    c = r["certificate"]
    assert (c["key_type"], c["key_size"], c["curve"]) == ("EC", 256, "secp256r1")
    assert c["trusted"] is True and c["trust_store"] == "ca_bundle" and c["trust_error"] is None
    https_port = scan["fx"].servers["modern"].port
    assert r["plaintext_http"] == {"checked": True, "port": scan["fx"].servers["http_redirect"].port, "present": True,
                                   "status": 301, "location": f"https://localhost:{https_port}/",
                                   "redirects_to_https": True}
    _expect(scan, "modern")


def test_legacy_tls10_tls11(scan):
    r = _res(scan, "legacy_versions")
    assert r["protocols"] == {"ssl_2_0": False, "ssl_3_0": False, "tls_1_0": True, "tls_1_1": True,
                              "tls_1_2": True, "tls_1_3": False}
    assert _names(r, "tls_1_0") == ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"]
    assert _names(r, "tls_1_1") == ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"]
    assert sorted(_names(r, "tls_1_2")) == ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
    assert r["highest_version"] == "tls_1_2"
    _expect(scan, "legacy_versions", TLS_PROTO_01="fail", TLS_PROTO_03="fail")
    fail = next(f for f in scan["results"]["findings"]
                if f["control_id"] == "TLS-PROTO-01" and f["resource"]["id"] == r["id"])
    assert fail["message"] == f"TLS endpoint {r['id']} accepts TLS 1.0, TLS 1.1."
    assert fail["evidence"] == {"protocols.ssl_2_0": False, "protocols.ssl_3_0": False, "protocols.tls_1_0": True,
                                "protocols.tls_1_1": True}


def test_cbc_and_static_rsa(scan):
    r = _res(scan, "cbc_static_rsa")
    assert r["protocols"] == {**NO_LEGACY, "tls_1_2": True, "tls_1_3": False}
    suites = {s["name"]: s for s in r["cipher_suites"]["tls_1_2"]}
    assert sorted(suites) == ["TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA256"]
    assert all(s["key_exchange"] == "RSA" and not s["forward_secret"] and not s["aead"] and s["flags"]["cbc"]
               for s in suites.values())
    assert suites["TLS_RSA_WITH_AES_256_CBC_SHA256"]["strength"] == 256
    assert all(s["ephemeral_key"] is None for s in suites.values())  # static RSA: no ephemeral key
    assert r["ephemeral_keys"] == {"dh_min_size": None, "ecdh_min_size": None}
    _expect(scan, "cbc_static_rsa", TLS_PROTO_03="fail", TLS_CIPHER_02="fail", TLS_CIPHER_03="fail",
            TLS_CIPHER_04="not_applicable")
    # SP 800-52r2 rules out static RSA key transport: it blocks at the default gate; CBC-only does not.
    sev = {f["control_id"]: f["severity"] for f in scan["results"]["findings"] if f["resource"]
           and f["resource"]["id"] == r["id"] and f["status"] == "fail"}
    assert sev == {"TLS-PROTO-03": "low", "TLS-CIPHER-02": "medium", "TLS-CIPHER-03": "high"}


def test_dhe_with_a_1024_bit_group_fails_key_exchange(scan):
    r = _res(scan, "dhe1024")
    dhe = [s for s in r["cipher_suites"]["tls_1_2"] if s["key_exchange"] == "DHE"]
    assert sorted(s["name"] for s in dhe) == ["TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"]
    assert all(s["ephemeral_key"] == {"type": "DH", "size": 1024, "curve": None} and s["forward_secret"] for s in dhe)
    assert r["ephemeral_keys"] == {"dh_min_size": 1024, "ecdh_min_size": 256}
    # Every cipher-suite control passes: only the key exchange size gives the weakness away.
    _expect(scan, "dhe1024", TLS_PROTO_03="fail", TLS_CIPHER_04="fail")
    fail = next(f for f in scan["results"]["findings"]
                if f["control_id"] == "TLS-CIPHER-04" and f["resource"]["id"] == r["id"])
    assert fail["message"] == (f"TLS endpoint {r['id']} negotiates a 1024-bit ephemeral DH group, under 2048 bits "
                               "(112-bit security).")
    assert fail["severity"] == "high"
    assert fail["evidence"] == {"ephemeral_keys.dh_min_size": 1024, "ephemeral_keys.ecdh_min_size": 256}


def test_dhe_with_ffdhe2048_passes_key_exchange(scan):
    r = _res(scan, "dhe2048")
    assert {s["ephemeral_key"]["size"] for s in r["cipher_suites"]["tls_1_2"] if s["key_exchange"] == "DHE"} == {2048}
    assert r["ephemeral_keys"] == {"dh_min_size": 2048, "ecdh_min_size": 256}
    _expect(scan, "dhe2048", TLS_PROTO_03="fail")


def test_expired_certificate(scan):
    c = _res(scan, "expired")["certificate"]
    assert c["days_left"] == -5
    assert c["not_after"] == (scan["now"] - dt.timedelta(days=5, hours=-1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert c["not_yet_valid"] is False
    assert c["trusted"] is True  # the chain is trusted; expiry is its own fact
    _expect(scan, "expired", TLS_CERT_02="fail", TLS_CERT_03="fail")


def test_self_signed_untrusted(scan):
    c = _res(scan, "self_signed")["certificate"]
    assert c["self_signed"] is True and c["subject"] == c["issuer"] == "CN=localhost,O=hipaa-scan tests"
    assert c["trusted"] is False and c["trust_store"] is None
    assert c["trust_error"].startswith("self-signed certificate not in the trust stores (")
    assert c["hostname_match"] is True
    _expect(scan, "self_signed", TLS_CERT_01="fail")


def test_hostname_mismatch(scan):
    c = _res(scan, "hostname_mismatch")["certificate"]
    assert c["sans"] == ["other.example"] and c["hostname"] == "localhost"
    assert c["hostname_match"] is False and c["trusted"] is True
    _expect(scan, "hostname_mismatch", TLS_CERT_04="fail")


def test_rsa_1024(scan):
    c = _res(scan, "rsa1024")["certificate"]
    assert (c["key_type"], c["key_size"]) == ("RSA", 1024)
    _expect(scan, "rsa1024", TLS_CERT_05="fail")


def test_sha1_signature(scan):
    c = _res(scan, "sha1_signed")["certificate"]
    assert c["signature_algorithm"] == "ecdsa-with-SHA1" and c["signature_hash"] == "sha1"
    assert c["trusted"] is False and "signature algorithm" in c["trust_error"]  # verifiers reject SHA-1 too
    _expect(scan, "sha1_signed", TLS_CERT_01="fail", TLS_CERT_06="fail")


def test_expiring_in_ten_days(scan):
    c = _res(scan, "expiring_10d")["certificate"]
    assert c["days_left"] == 10
    assert c["sans"] == ["localhost", "127.0.0.1"]
    assert c["issuer"] == "CN=hipaa-scan test root CA,O=hipaa-scan tests"
    assert c["signature_algorithm"] == "ecdsa-with-SHA256" and c["chain"] == []
    _expect(scan, "expiring_10d", TLS_CERT_03="fail")


def test_hsts_missing_and_plain_http_companion(scan):
    r = _res(scan, "no_hsts")
    assert r["hsts"] == {"present": False, "max_age": None, "include_subdomains": None, "preload": None}
    assert r["plaintext_http"]["present"] is True and r["plaintext_http"]["status"] == 200
    assert r["plaintext_http"]["redirects_to_https"] is False
    _expect(scan, "no_hsts", TLS_HTTP_01="fail", TLS_HTTP_02="fail")


def test_hsts_short_max_age(scan):
    assert _res(scan, "short_hsts")["hsts"]["max_age"] == 300
    _expect(scan, "short_hsts", TLS_HTTP_01="fail")


def test_smtp_starttls(scan):
    r = _res(scan, "smtp_starttls")
    assert r["starttls"] == "smtp" and r["tls"] is True
    assert r["protocols"] == {**NO_LEGACY, "tls_1_2": True, "tls_1_3": True}
    assert _names(r, "tls_1_2") == RSA_AEAD_12 and _names(r, "tls_1_3") == TLS13
    assert r["certificate"]["trusted"] is True and r["certificate"]["hostname_match"] is True
    assert (r["https"], r["hsts"]) == (False, None)  # not an HTTP service: HSTS is not judged
    assert r["plaintext_http"]["checked"] is False
    assert _errors(scan, r["id"]) == []
    _expect(scan, "smtp_starttls", TLS_HTTP_01="not_applicable")
    na = {f["control_id"]: f["message"] for f in scan["results"]["findings"]
          if f["resource"] and f["resource"]["id"] == r["id"] and f["status"] == "not_applicable"}
    assert set(na) == {"TLS-HTTP-01", "TLS-HTTP-02"}


# A port answering plain HTTP offers no TLS: TLS-PROTO-04 fails, the handshake facts are errors.
TLS_ERRORS = {**{c: "error" for c in CONTROLS if c != "TLS-HTTP-02"}, "TLS-PROTO-04": "fail"}


def test_plain_http_port_with_redirect(scan):
    r = _res(scan, "http_redirect")
    assert r["tls"] is False
    assert r["plaintext_http"]["present"] is True and r["plaintext_http"]["redirects_to_https"] is True
    assert "protocols" not in r and "certificate" not in r
    assert _errors(scan, r["id"]) == [("PlaintextService", f) for f in
                                      ("certificate", "cipher_suites", "ephemeral_keys", "hsts", "protocols")]
    assert _verdicts(scan, "http_redirect") == {**TLS_ERRORS, "TLS-HTTP-02": "pass"}


def test_plain_http_port_without_redirect(scan):
    r = _res(scan, "http_plain")
    assert r["tls"] is False and r["plaintext_http"]["status"] == 200
    assert _verdicts(scan, "http_plain") == {**TLS_ERRORS, "TLS-HTTP-02": "fail"}


def test_refused_port_is_error_never_pass(scan):
    rid = scan["refused"]
    r = scan["by_id"][rid]
    assert set(r) == {"id", "name", "host", "port", "ip_address", "sni", "starttls"}
    assert _errors(scan, rid) == [("ConnectionRefused", None)]
    [err] = [e for e in scan["doc"]["errors"] if e["resource_id"] == rid]
    assert err["message"] == f'ServerRejectedConnection: {rid} -> "Server rejected the connection".'
    assert err["operation"] == "connect" and err["collector"] == "tls" and err["resource_type"] == "tls_endpoint"
    assert _verdicts(scan, rid) == dict.fromkeys(CONTROLS, "error")
    assert scan["results"]["gate"]["exit_code"] != 0


def test_silent_port_and_unresolvable_host_are_errors():
    sock, port = silent_server()
    try:
        builder = InventoryBuilder()
        collect_tls([Endpoint("127.0.0.1", port), Endpoint("no-such-host.invalid", 443)], builder,
                    timeout=0.5, retries=0)
        doc = builder.document()
    finally:
        sock.close()
    codes = {e["resource_id"]: (e["code"], e["field"]) for e in doc["errors"]}
    assert codes[f"127.0.0.1:{port}"][0] in {"NotTls", "Timeout"}
    assert codes["no-such-host.invalid:443"] == ("DnsError", None)
    assert {r["id"] for r in doc["resources"]["tls_endpoint"]} == {f"127.0.0.1:{port}", "no-such-host.invalid:443"}
    results = Evaluator(load_policy_set()).evaluate(doc)
    statuses = {f["status"] for f in results["findings"] if f["control_id"].startswith("TLS-")}
    assert statuses == {"error"}


def test_http_probe_facts_and_failures():
    from hipaa_scan.collectors.tls.plaintext import ProbeError, probe_http

    port = closed_port()
    assert probe_http("127.0.0.1", port, "localhost", 1) == {"port": port, "present": False, "status": None,
                                                            "location": None, "redirects_to_https": None}
    sock, silent = silent_server()
    try:
        with pytest.raises(ProbeError) as exc:
            probe_http("127.0.0.1", silent, "localhost", 0.3)
        assert exc.value.code == "Timeout"
    finally:
        sock.close()


def test_companion_probe_timeout_is_an_error_for_the_redirect_control_only(scan):
    sock, silent = silent_server()
    try:
        builder = InventoryBuilder()
        ep = Endpoint("localhost", scan["fx"].servers["tls13_only"].port, http_port=silent)
        collect_tls([ep], builder, ca_bundle=scan["fx"].ca_bundle, timeout=0.5)
        doc = builder.document()
    finally:
        sock.close()
    assert [(e["code"], e["field"], e["operation"]) for e in doc["errors"]] == [
        ("Timeout", "plaintext_http", "http_probe")]
    [r] = doc["resources"]["tls_endpoint"]
    assert r["plaintext_http"] == {"checked": True, "port": silent, "present": None, "status": None, "location": None,
                                   "redirects_to_https": None}
    results = Evaluator(load_policy_set()).evaluate(doc)
    got = {f["control_id"]: f["status"] for f in results["findings"] if f["control_id"].startswith("TLS-")}
    assert got == {**dict.fromkeys(CONTROLS, "pass"), "TLS-HTTP-02": "error"}  # never a pass, never n/a


def test_concurrent_batched_copies_give_identical_facts(scan):
    fx = scan["fx"]
    modern = fx.servers["modern"]
    from tls_servers import HSTS_YEAR, Server

    copies = [Server(modern.context, HSTS_YEAR).start() for _ in range(6)]
    try:
        builder = InventoryBuilder()
        collect_tls([Endpoint("localhost", c.port, http_port=0) for c in copies], builder, ca_bundle=fx.ca_bundle,
                    workers=3, timeout=10, batch_size=4)  # two sslyze batches: 4 + 2
        doc = builder.document()
    finally:
        for c in copies:
            c.stop()
    assert doc["errors"] == []
    rs = doc["resources"]["tls_endpoint"]
    assert len(rs) == 6
    ref = _res(scan, "modern")
    for r in rs:
        assert r["protocols"] == ref["protocols"] and r["cipher_suites"] == ref["cipher_suites"]
        assert r["certificate"]["subject"] == ref["certificate"]["subject"] and r["client_auth"] == "disabled"
