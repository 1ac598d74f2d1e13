"""Endpoint inputs for the TLS collector: host:port targets, endpoints YAML, AWS inventory."""

from __future__ import annotations

import pytest

from hipaa_scan.collectors.tls import Endpoint, endpoints_from_inventory, gather_endpoints, load_endpoints, parse_target
from hipaa_scan.collectors.tls.facts import hostname_matches, suite_facts
from hipaa_scan.scanner.errors import InputError


@pytest.mark.parametrize("text, host, port", [
    ("example.org", "example.org", 443),
    ("example.org:8443", "example.org", 8443),
    ("10.0.0.1:636", "10.0.0.1", 636),
    ("[::1]:8443", "::1", 8443),
    ("::1", "::1", 443),
])
def test_parse_target(text, host, port):
    ep = parse_target(text)
    assert (ep.host, ep.port) == (host, port)


def test_ipv6_id_is_bracketed():
    assert parse_target("[::1]:8443").id == "[::1]:8443"


@pytest.mark.parametrize("text, message", [
    ("example.org:http", "port 'http' is not a number"),
    ("example.org:0", "port 0 is out of range 1-65535"),
    ("example.org:70000", "port 70000 is out of range 1-65535"),
    (":443", "has no valid host name"),
    ("[::1:443", "missing ']'"),
])
def test_parse_target_errors(text, message):
    with pytest.raises(InputError) as exc:
        parse_target(text, "argument")
    assert message in exc.value.message
    assert exc.value.where == "argument"


def test_companion_http_port_defaults():
    assert Endpoint("h", 443).companion_http_port == 80
    assert Endpoint("h", 8443).companion_http_port is None
    assert Endpoint("h", 443, http_port=0).companion_http_port is None
    assert Endpoint("h", 8443, http_port=8080).companion_http_port == 8080
    assert Endpoint("h", 443, starttls="smtp").companion_http_port is None  # not an HTTP service
    assert Endpoint("h", 25, starttls="smtp").speaks_http is False


def test_load_endpoints_yaml(tmp_path):
    f = tmp_path / "endpoints.yaml"
    f.write_text(
        "endpoints:\n"
        "  - host: portal.example.org\n"
        "  - host: mail.example.org\n"
        "    port: 25\n"
        "    starttls: SMTP\n"
        "  - host: 10.1.2.3\n"
        "    port: 8443\n"
        "    sni: api.internal\n"
        "    http_port: 8080\n"
        "  - db.example.org:5432\n"
        "  - host: ldap.example.org\n"
        "    port: 636\n"
        "    https: false\n"
        "    http_port: false\n")
    eps = load_endpoints(f)
    assert eps == [
        Endpoint("portal.example.org", 443),
        Endpoint("mail.example.org", 25, starttls="smtp"),
        Endpoint("10.1.2.3", 8443, sni="api.internal", http_port=8080),
        Endpoint("db.example.org", 5432),
        Endpoint("ldap.example.org", 636, https=False, http_port=0),
    ]
    assert eps[2].server_name == "api.internal"
    assert eps[4].companion_http_port is None


def test_plain_list_is_accepted(tmp_path):
    f = tmp_path / "e.yaml"
    f.write_text("- a.example:443\n- host: b.example\n")
    assert [e.id for e in load_endpoints(f)] == ["a.example:443", "b.example:443"]


@pytest.mark.parametrize("body, line, message", [
    ("- host: a\n  port: abc\n", 2, "port 'abc' is not a number"),
    ("- host: a\n- host: b\n  starttls: xmpp\n", 3, "starttls 'xmpp' is not one of smtp, imap, pop3, ftp, postgres, mysql, ldap"),
    ("- host: a\n  colour: red\n", 2, "unknown key 'colour'"),
    ("- port: 443\n", 1, "endpoint needs a 'host' string"),
    ("- host: a\n- host: a\n", 2, "endpoint a:443 is listed twice"),
    ("- host: a\n  - b\n", 2, "invalid YAML"),
    ("servers:\n  - a\n", 1, "unknown top-level key 'servers'"),
    ("- host: a:443\n", 1, "must not contain a port"),
    ("- host: a\n  https: maybe\n", 2, "'https' must be true or false"),
    ("- host: a\n- [b, c]\n", 2, "an endpoint must be a 'host:port' string or a mapping"),
    ("", 1, "no endpoints in the file"),
])
def test_load_endpoints_errors_name_file_and_line(tmp_path, body, line, message):
    f = tmp_path / "endpoints.yaml"
    f.write_text(body)
    with pytest.raises(InputError) as exc:
        load_endpoints(f)
    assert exc.value.where == f"{f}:{line}"
    assert message in exc.value.message
    assert "\n" not in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as exc:
        load_endpoints(tmp_path / "nope.yaml")
    assert exc.value.message == "file not found"


def test_endpoints_from_inventory_reads_defensively():
    inv = {"resources": {
        "aws_elbv2_load_balancer": [
            {"id": "arn:lb/1", "dns_name": "web-1.elb.amazonaws.com",
             "listeners": [{"protocol": "HTTPS", "port": 443}, {"protocol": "HTTP", "port": 80}]},
            {"id": "arn:lb/2", "dns_name": "nlb-2.elb.amazonaws.com",
             "listeners": [{"protocol": "TLS", "port": 8443}, {"protocol": "TCP", "port": 22}]},
            {"id": "arn:lb/3", "dns_name": "internal-3.elb.amazonaws.com", "listeners": [{"protocol": "HTTP", "port": 80}]},
            {"id": "arn:lb/4", "dns_name": "odd-4", "listeners": [{"protocol": "HTTPS", "port": "443"}, "junk", None]},
            {"id": "arn:lb/5", "listeners": [{"protocol": "HTTPS", "port": 443}]},
            {"id": "arn:lb/6", "dns_name": "no-listeners-6"},
            "not-a-dict",
        ],
        "aws_apigateway_domain": [{"id": "d1", "domain_name": "api.example.org"}, {"id": "d2"},
                                  {"id": "d3", "domain_name": 7}],
        "aws_cloudfront_distribution": [{"id": "E1", "aliases": ["cdn.example.org", "*.wild.example.org", ""]},
                                        {"id": "E2", "aliases": None}, {"id": "E3"}],
    }}
    eps = endpoints_from_inventory(inv)
    assert [e.id for e in eps] == ["api.example.org:443", "cdn.example.org:443", "nlb-2.elb.amazonaws.com:8443",
                                   "web-1.elb.amazonaws.com:443"]
    web = next(e for e in eps if e.host.startswith("web-1"))
    assert (web.https, web.companion_http_port) == (True, 80)
    nlb = next(e for e in eps if e.host.startswith("nlb-2"))
    assert (nlb.https, nlb.companion_http_port) == (False, None)


def test_endpoints_from_current_aws_collector_shapes():
    """The AWS collector's own shapes: aws_lb, domain in ``name``, cloudfront.net ``name``."""
    inv = {"resources": {
        "aws_lb": [
            {"id": "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/1", "name": "web",
             "listeners": [{"protocol": "HTTPS", "port": 443, "ssl_policy": "ELBSecurityPolicy-2016-08"}]},
            {"id": "arn:lb/2", "name": "api", "dns_name": "api-2.us-east-1.elb.amazonaws.com",
             "listeners": [{"protocol": "HTTPS", "port": 443, "ssl_policy": "p"},
                           {"protocol": "HTTP", "port": 8080, "redirects_to_https": True}]},
        ],
        "aws_apigateway_domain": [{"id": "arn:aws:apigateway:us-east-1::/domainnames/api.example.org",
                                   "name": "api.example.org"}],
        "aws_cloudfront_distribution": [{"id": "arn:aws:cloudfront::1:distribution/E1", "name": "d111.cloudfront.net"},
                                        {"id": "arn:aws:cloudfront::1:distribution/E2", "name": "E2"}],
    }}
    eps = endpoints_from_inventory(inv)
    assert [e.id for e in eps] == ["api-2.us-east-1.elb.amazonaws.com:443", "api.example.org:443",
                                   "d111.cloudfront.net:443"]
    assert eps[0].companion_http_port == 8080  # the balancer's HTTP listener is probed for its redirect


@pytest.mark.parametrize("inv", [{}, {"resources": None}, {"resources": {"aws_elbv2_load_balancer": {"x": 1}}}, []])
def test_endpoints_from_inventory_tolerates_odd_shapes(inv):
    assert endpoints_from_inventory(inv) == []


def test_gather_endpoints_requires_one(tmp_path):
    with pytest.raises(InputError) as exc:
        gather_endpoints()
    assert "no endpoint to scan" in exc.value.message


def test_gather_endpoints_dedupes_targets():
    assert [e.id for e in gather_endpoints(["a.example", "a.example:443", "b.example:8443"])] == [
        "a.example:443", "b.example:8443"]


@pytest.mark.parametrize("name, version, kx, auth, aead, fs, flags", [
    ("TLS_AES_128_GCM_SHA256", "tls_1_3", "ECDHE", None, True, True, set()),
    ("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "tls_1_2", "ECDHE", "RSA", True, True, set()),
    ("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "tls_1_2", "ECDHE", "ECDSA", True, True, set()),
    ("TLS_RSA_WITH_AES_128_CBC_SHA", "tls_1_2", "RSA", "RSA", False, False, {"cbc"}),
    ("TLS_DHE_RSA_WITH_AES_256_CCM", "tls_1_2", "DHE", "RSA", True, True, set()),
    ("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "tls_1_0", "RSA", "RSA", False, False, {"3des", "cbc"}),
    ("TLS_RSA_WITH_RC4_128_SHA", "ssl_3_0", "RSA", "RSA", False, False, {"rc4"}),
    ("TLS_RSA_WITH_NULL_SHA256", "tls_1_2", "RSA", "RSA", False, False, {"null"}),
    ("TLS_DH_anon_WITH_AES_128_GCM_SHA256", "tls_1_2", "DH", "ANON", True, False, {"anon"}),
    ("TLS_RSA_EXPORT_WITH_RC4_40_MD5", "ssl_3_0", "RSA", "RSA", False, False, {"export", "rc4"}),
    ("SSL_CK_RC4_128_WITH_MD5", "ssl_2_0", "RSA", "RSA", False, False, {"rc4"}),
])
def test_suite_facts(name, version, kx, auth, aead, fs, flags):
    s = suite_facts(name, anonymous="anon" in flags, key_size=128, version=version)
    assert (s["key_exchange"], s["authentication"], s["aead"], s["forward_secret"]) == (kx, auth, aead, fs)
    assert {k for k, v in s["flags"].items() if v} == flags
    assert s["strength"] == 128


def test_hostname_matching():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from tls_servers import make_leaf

    _, cert = make_leaf(None, sans=("*.example.org", "exact.example.net", "10.0.0.5"))
    assert hostname_matches("a.example.org", cert)
    assert hostname_matches("EXACT.example.net.", cert)
    assert hostname_matches("10.0.0.5", cert)
    assert not hostname_matches("example.org", cert)  # a wildcard does not cover the apex
    assert not hostname_matches("a.b.example.org", cert)  # nor two labels
    assert not hostname_matches("10.0.0.6", cert)
    _, no_san = make_leaf(None, sans=())
    assert not hostname_matches("localhost", no_san)  # no CN fallback
