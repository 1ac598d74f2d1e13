"""``hipaa-scan collect tls`` / ``scan tls`` as real subprocesses against local TLS servers."""

from __future__ import annotations

import json
import re

import pytest
from tls_servers import Fixtures, closed_port

ONE_LINE = re.compile(r"^hipaa-scan: error: [^\n]+\n$")


def _tls_controls() -> int:
    from hipaa_scan.scanner.policies import load_policy_set

    return sum(p.resource_type == "tls_endpoint" for p in load_policy_set().policies)


@pytest.fixture(scope="module")
def fx(tmp_path_factory):
    f = Fixtures(tmp_path_factory.mktemp("tls-cli")).start_all()
    yield f
    f.stop_all()


def target(fx, name):
    return f"localhost:{fx.servers[name].port}"


def statuses(results: dict) -> dict:
    return {(f["control_id"], f["resource"]["id"]): f["status"] for f in results["findings"]
            if f["resource"] and f["control_id"].startswith("TLS-")}


def test_scan_tls_compliant_endpoints_exit_0(fx, tmp_path, cli):
    out = tmp_path / "out"
    r = cli("scan", "tls", target(fx, "tls13_only"), target(fx, "modern"), "--ca-bundle", fx.ca_bundle,
            "--timeout", "10", "--out", out, "--format", "json,junit")
    assert r.returncode == 0, r.stderr
    inv = json.loads((out / "inventory.json").read_text())
    assert sorted(e["id"] for e in inv["resources"]["tls_endpoint"]) == sorted(
        [target(fx, "tls13_only"), target(fx, "modern")])
    assert inv["errors"] == []
    results = json.loads((out / "results.json").read_text())
    st = statuses(results)
    assert len(st) == 2 * _tls_controls()
    # No plain-HTTP port was given (and neither is on 443): the redirect control has nothing to judge.
    assert {k for k, v in st.items() if v != "pass"} == {("TLS-HTTP-02", target(fx, n)) for n in ("tls13_only", "modern")}
    assert {v for k, v in st.items() if k[0] == "TLS-HTTP-02"} == {"not_applicable"}
    assert (out / "junit.xml").is_file()


def test_scan_tls_without_private_ca_fails_trust(fx, tmp_path, cli):
    out = tmp_path / "out"
    r = cli("scan", "tls", target(fx, "modern"), "--timeout", "10", "--out", out, "--format", "json")
    assert r.returncode == 1, r.stderr  # TLS-CERT-01 (high) fails: the test CA is not a system root
    st = statuses(json.loads((out / "results.json").read_text()))
    assert st[("TLS-CERT-01", target(fx, "modern"))] == "fail"
    assert [k for k, v in st.items() if v not in ("pass", "not_applicable")] == [("TLS-CERT-01", target(fx, "modern"))]


def test_scan_tls_legacy_endpoint_gate_fails(fx, tmp_path, cli):
    out = tmp_path / "out"
    r = cli("scan", "tls", target(fx, "legacy_versions"), "--ca-bundle", fx.ca_bundle, "--timeout", "10",
            "--out", out, "--format", "json")
    assert r.returncode == 1, r.stderr
    st = statuses(json.loads((out / "results.json").read_text()))
    assert {k[0] for k, v in st.items() if v == "fail"} == {"TLS-PROTO-01", "TLS-PROTO-03"}


def test_dhe_1024_blocks_at_the_default_gate_and_a_missing_recommendation_does_not(fx, tmp_path, cli):
    """SP 800-52r2 rules out key exchange under 112-bit security (high: exit 1); TLS 1.3 support is
    only recommended (low: the ffdhe2048 server, which fails nothing else, exits 0)."""
    weak, ok = tmp_path / "weak", tmp_path / "ok"
    r = cli("scan", "tls", target(fx, "dhe1024"), "--ca-bundle", fx.ca_bundle, "--timeout", "10", "--out", weak,
            "--format", "json")
    assert r.returncode == 1, r.stderr
    st = statuses(json.loads((weak / "results.json").read_text()))
    assert {k[0] for k, v in st.items() if v == "fail"} == {"TLS-CIPHER-04", "TLS-PROTO-03"}
    r = cli("scan", "tls", target(fx, "dhe2048"), "--ca-bundle", fx.ca_bundle, "--timeout", "10", "--out", ok,
            "--format", "json")
    assert r.returncode == 0, r.stderr
    st = statuses(json.loads((ok / "results.json").read_text()))
    assert {k[0] for k, v in st.items() if v == "fail"} == {"TLS-PROTO-03"}


def test_collect_unreachable_then_evaluate_is_incomplete(fx, tmp_path, cli):
    inv = tmp_path / "inventory.json"
    port = closed_port()
    r = cli("collect", "tls", f"127.0.0.1:{port}", "--timeout", "1", "-o", inv)
    assert r.returncode == 0, r.stderr
    doc = json.loads(inv.read_text())
    assert [(e["resource_id"], e["code"]) for e in doc["errors"]] == [(f"127.0.0.1:{port}", "ConnectionRefused")]
    r = cli("evaluate", inv, "-o", tmp_path / "results.json")
    assert r.returncode == 3, r.stderr
    st = statuses(json.loads((tmp_path / "results.json").read_text()))
    assert set(st.values()) == {"error"} and len(st) == _tls_controls()


def test_endpoints_file_and_from_inventory(fx, tmp_path, cli):
    eps = tmp_path / "endpoints.yaml"
    eps.write_text(f"endpoints:\n  - host: localhost\n    port: {fx.servers['no_hsts'].port}\n"
                   f"    http_port: {fx.servers['http_redirect'].port}\n")
    aws = tmp_path / "aws.json"
    aws.write_text(json.dumps({"schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-23T00:00:00Z",
                               "sources": [], "errors": [], "resources": {"aws_elbv2_load_balancer": [
                                   {"id": "arn:lb", "name": "lb", "dns_name": "localhost",
                                    "listeners": [{"protocol": "HTTPS", "port": fx.servers["tls13_only"].port}]}]}}))
    inv = tmp_path / "inventory.json"
    r = cli("collect", "tls", "--endpoints", eps, "--from-inventory", aws, "--ca-bundle", fx.ca_bundle,
            "--timeout", "10", "-o", inv)
    assert r.returncode == 0, r.stderr
    doc = json.loads(inv.read_text())
    by_id = {e["id"]: e for e in doc["resources"]["tls_endpoint"]}
    assert sorted(by_id) == sorted([target(fx, "no_hsts"), target(fx, "tls13_only")])
    assert by_id[target(fx, "no_hsts")]["plaintext_http"]["redirects_to_https"] is True
    assert by_id[target(fx, "no_hsts")]["hsts"]["present"] is False
    assert by_id[target(fx, "tls13_only")]["protocols"]["tls_1_3"] is True


@pytest.mark.parametrize("args, where", [
    (["collect", "tls"], "no endpoint to scan"),
    (["collect", "tls", "example.org:99999"], "argument 'example.org:99999': port 99999 is out of range"),
    (["collect", "tls", "localhost:443", "--ca-bundle", "/nonexistent/ca.pem"], "/nonexistent/ca.pem: CA bundle not found"),
])
def test_usage_errors_exit_2_with_one_line(args, where, tmp_path, cli):
    r = cli(*args, "-o", tmp_path / "inv.json")
    assert r.returncode == 2
    assert ONE_LINE.match(r.stderr), r.stderr
    assert where in r.stderr
    assert not (tmp_path / "inv.json").exists()


def test_bad_endpoints_yaml_names_file_and_line(tmp_path, cli):
    eps = tmp_path / "endpoints.yaml"
    eps.write_text("- host: a.example\n- host: b.example\n  starttls: gopher\n")
    r = cli("scan", "tls", "--endpoints", eps, "--out", tmp_path / "out")
    assert r.returncode == 2
    assert ONE_LINE.match(r.stderr), r.stderr
    assert f"{eps}:3: starttls 'gopher' is not one of smtp, imap, pop3, ftp, postgres, mysql, ldap" in r.stderr


@pytest.mark.parametrize("args", [["collect", "tls"], ["scan", "tls"]])
def test_tls_commands_have_help_with_examples(args):
    from click.testing import CliRunner

    from hipaa_scan.scanner.cli import cli as root

    r = CliRunner().invoke(root, [*args, "--help"])
    assert r.exit_code == 0
    assert "Examples:" in r.output and "hipaa-scan" in r.output
    for opt in ("--endpoints", "--from-inventory", "--ca-bundle", "--workers", "--timeout"):
        assert opt in r.output
