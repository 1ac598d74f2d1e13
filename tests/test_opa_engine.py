"""The OPA-server engine against a local server speaking OPA's documented v1 REST API.

No OPA binary is installable here: tests/opa_fixture.py implements the Policy and Data APIs
(evaluating with the embedded engine). These tests check what the client side does with
them: push + cleanup, the deployed-bundle check, and every failure as a one-line exit 2.
"""

from __future__ import annotations

import json
import socket
import textwrap
from pathlib import Path

import pytest
from opa_fixture import Fault, OpaFixture

from hipaa_scan.scanner.cli import main
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.policies import load_policy_set

INVENTORY = {
    "schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z", "scanner_version": "0.1.0",
    "sources": [{"collector": "aws", "account": "123456789012", "regions": ["us-east-1"]}],
    "resources": {"aws_s3_bucket": [
        {"id": "arn:aws:s3:::good", "name": "good", "account": "123456789012", "region": "us-east-1",
         "tags": {"phi": "true"}, "versioning": "Enabled",
         "encryption": {"enabled": True, "algorithm": "aws:kms",
                        "kms_key_id": "arn:aws:kms:us-east-1:123456789012:alias/clinic-phi"}},
        {"id": "arn:aws:s3:::bad", "name": "bad", "account": "123456789012", "region": "us-east-1",
         "versioning": "Suspended", "encryption": {"enabled": False}},
    ]},
    "errors": [],
}


@pytest.fixture
def opa():
    server = OpaFixture().start()
    yield server
    server.stop()


@pytest.fixture
def inv(tmp_path) -> Path:
    p = tmp_path / "inventory.json"
    p.write_text(json.dumps(INVENTORY))
    return p


def run(capsys, *args) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def comparable(doc: dict) -> dict:
    doc = json.loads(json.dumps(doc))
    for k in ("engine", "id", "started_at", "finished_at"):
        doc["scan"].pop(k, None)
    return doc


def embedded_results(tmp_path, inv, capsys, *extra) -> dict:
    out = tmp_path / "embedded.json"
    code, err = run(capsys, "evaluate", inv, "-o", out, "--pin", *extra)
    assert code in (0, 1), err
    return json.loads(out.read_text())


def test_push_evaluates_like_embedded_and_removes_everything(opa, inv, tmp_path, capsys):
    out = tmp_path / "opa.json"
    code, err = run(capsys, "evaluate", inv, "-o", out, "--pin", "--engine", "opa", "--opa-url", opa.url, "--opa-push")
    assert code == 1, err  # AWS-S3 failures of "bad" gate at high
    res = json.loads(out.read_text())
    assert res["scan"]["engine"] == "opa"
    emb = embedded_results(tmp_path, inv, capsys)
    assert emb["scan"]["engine"] == "embedded"
    assert comparable(res) == comparable(emb)
    statuses = {(f["control_id"], f["resource"]["id"]): f["status"] for f in res["findings"] if f["resource"]}
    assert statuses[("AWS-S3-01", "arn:aws:s3:::bad")] == "fail"
    assert statuses[("AWS-S3-01", "arn:aws:s3:::good")] == "pass"
    # the controls this inventory's sources select (scanner/selection.py) and every library module
    n_modules = len(res["controls"]) + len(load_policy_set().modules)
    assert len(res["controls"]) + len(res["selection"]["deselected"]) == len(load_policy_set().policies)
    puts = [p for m, p, s in opa.log if m == "PUT" and p.startswith("/v1/policies/hipaa-scan/")]
    deletes = [p for m, p, s in opa.log if m == "DELETE" and s == 200]
    assert len(puts) == n_modules and len(deletes) == n_modules
    assert opa.policies == {} and opa.data == {}
    # every control's deny set in one Query API request, against the scan-specific package root
    posts = [p for m, p, s in opa.log if m == "POST"]
    assert posts == ["/v1/query?strict-builtin-errors=true"]


def test_bundle_mode_checks_then_evaluates(opa, inv, tmp_path, capsys):
    bundle = tmp_path / "hipaa-bundle.tar.gz"
    assert run(capsys, "policy", "bundle", "-o", bundle)[0] == 0
    opa.load_bundle(bundle)
    out = tmp_path / "opa.json"
    code, err = run(capsys, "evaluate", inv, "-o", out, "--pin", "--engine", "opa", "--opa-url", opa.url)
    assert code == 1, err
    assert comparable(json.loads(out.read_text())) == comparable(embedded_results(tmp_path, inv, capsys))
    assert not [p for m, p, s in opa.log if m in ("PUT", "DELETE")]  # nothing pushed to a deployed OPA


def test_bundle_with_package_prefix(opa, inv, tmp_path, capsys):
    bundle = tmp_path / "b.tar.gz"
    assert run(capsys, "policy", "bundle", "-o", bundle, "--package-prefix", "acme.hipaa")[0] == 0
    opa.load_bundle(bundle)
    out = tmp_path / "opa.json"
    code, err = run(capsys, "evaluate", inv, "-o", out, "--pin", "--engine", "opa", "--opa-url", opa.url,
                    "--opa-package-prefix", "acme.hipaa")
    assert code == 1, err
    assert comparable(json.loads(out.read_text())) == comparable(embedded_results(tmp_path, inv, capsys))
    assert all(p.startswith("/v1/data/acme/hipaa") for m, p, s in opa.log if m == "GET")
    assert [p for m, p, s in opa.log if m == "POST"] == ["/v1/query?strict-builtin-errors=true"]
    # the default prefix is not there
    code, err = run(capsys, "evaluate", inv, "-o", out, "--engine", "opa", "--opa-url", opa.url)
    assert code == 2 and "has no data.hipaa_meta" in err and err.count("\n") == 1


def test_nothing_deployed_is_exit_2(opa, inv, tmp_path, capsys):
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url)
    assert code == 2
    assert err == (f"hipaa-scan: error: OPA at {opa.url} has no data.hipaa_meta: deploy the bundle that "
                   "`hipaa-scan policy bundle` writes, or use --opa-push\n")
    assert not (tmp_path / "r.json").exists()


CUSTOM = textwrap.dedent("""\
    # METADATA
    # title: Custom bucket naming
    # description: Buckets carry an owner tag.
    # custom:
    #   id: CUSTOM-S3-01
    #   severity: low
    #   hipaa: ["164.308(a)(1)(ii)(D)"]
    #   resource_type: aws_s3_bucket
    #   evidence: [tags]
    #   remediation: Tag the bucket with its owner.
    package hipaa.custom.s3.owner

    import rego.v1

    deny contains {"id": b.id, "msg": sprintf("Bucket %s has no owner tag%s.", [b.name, SUFFIX])} if {
    \tsome b in input.resources.aws_s3_bucket
    \tnot b.tags.owner
    }
    """)


def test_stale_and_missing_packages_are_named(opa, inv, tmp_path, capsys):
    pdir = tmp_path / "extra"
    (pdir / "custom" / "s3").mkdir(parents=True)
    rego = pdir / "custom" / "s3" / "owner.rego"
    rego.write_text(CUSTOM.replace("SUFFIX", '""'))
    bundle = tmp_path / "b.tar.gz"
    # a bundle without the extra control: it is missing there
    assert run(capsys, "policy", "bundle", "-o", bundle)[0] == 0
    opa.load_bundle(bundle)
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url,
                    "--policy-dir", pdir)
    assert code == 2 and err.count("\n") == 1
    assert "missing packages: hipaa.custom.s3.owner;" in err and "stale" not in err
    # the bundle with it, then the local control changes: stale
    assert run(capsys, "policy", "bundle", "-o", bundle, "--policy-dir", pdir)[0] == 0
    opa.load_bundle(bundle)
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url,
                    "--policy-dir", pdir)
    assert code == 1, err
    rego.write_text(CUSTOM.replace("SUFFIX", '" (owner unknown)"'))
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url,
                    "--policy-dir", pdir)
    assert code == 2 and err.count("\n") == 1
    assert "stale packages: hipaa.custom.s3.owner;" in err and "missing" not in err


def test_connection_refused_is_one_line(inv, tmp_path, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa",
                    "--opa-url", f"http://127.0.0.1:{port}", "--opa-push")
    assert code == 2
    assert err.startswith(f"hipaa-scan: error: cannot reach OPA at http://127.0.0.1:{port} (PUT /v1/data/hipaa_scan_")
    assert err.endswith("connection refused\n") and err.count("\n") == 1


def test_timeout_mid_scan_never_passes_and_cleans_up(opa, inv, tmp_path, capsys):
    opa.faults.append(Fault("POST", "/v1/query", hang=1.5))
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url,
                    "--opa-push", "--opa-timeout", "0.5")
    assert code == 2 and not (tmp_path / "r.json").exists()
    assert "did not answer POST /v1/query (" in err and " deny rules) within 0.5 s" in err
    assert opa.policies == {} and opa.data == {}  # removed although the scan failed


def test_push_rejected_module_cleans_up_what_was_pushed(opa, inv, tmp_path, capsys):
    opa.faults.append(Fault("PUT", "/aws/s3/versioning.rego", status=400,
                            body={"code": "invalid_parameter", "message": "error(s) occurred while compiling module(s)",
                                  "errors": [{"code": "rego_type_error", "message": "undefined function",
                                              "location": {"file": "x.rego", "row": 7, "col": 2}}]}))
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url,
                    "--opa-push")
    assert code == 2 and err.count("\n") == 1
    assert "rejected PUT /v1/policies/hipaa-scan/" in err and "undefined function (x.rego:7)" in err
    assert opa.policies == {} and opa.data == {}


BROKEN = textwrap.dedent("""\
    # METADATA
    # title: Bucket names are numbers
    # description: A control that fails at run time on this input (to_number of a name).
    # custom:
    #   id: CUSTOM-S3-02
    #   severity: low
    #   hipaa: ["164.308(a)(1)(ii)(D)"]
    #   resource_type: aws_s3_bucket
    #   evidence: [name]
    #   remediation: None.
    package hipaa.custom.s3.numbers

    import rego.v1

    deny contains {"id": b.id, "msg": "Too small."} if {
    \tsome b in input.resources.aws_s3_bucket
    \tto_number(b.name) < 0
    }
    """)


def test_policy_run_time_error_is_an_error_finding_not_a_pass(opa, inv, tmp_path, capsys):
    """A run-time error fails the batched query; OPA names the module: that control is `error`, the rest judged."""
    pdir = tmp_path / "extra"
    (pdir / "custom" / "s3").mkdir(parents=True)
    (pdir / "custom" / "s3" / "numbers.rego").write_text(BROKEN)
    out = tmp_path / "r.json"
    code, err = run(capsys, "evaluate", inv, "-o", out, "--pin", "--engine", "opa", "--opa-url", opa.url, "--opa-push",
                    "--policy-dir", pdir)
    assert code == 1, err
    res = json.loads(out.read_text())
    broken = [f for f in res["findings"] if f["control_id"] == "CUSTOM-S3-02"]
    assert [f["status"] for f in broken] == ["error", "error"]
    assert broken[0]["message"].startswith("The control could not be evaluated: OPA at ")
    assert "answered HTTP 500 to POST /v1/data/" in broken[0]["message"]
    assert "eval_builtin_error" in broken[0]["message"]
    emb = embedded_results(tmp_path, inv, capsys, "--policy-dir", pdir)
    assert [f["status"] for f in emb["findings"] if f["control_id"] == "CUSTOM-S3-02"] == ["error", "error"]
    same = lambda d: [f for f in comparable(d)["findings"] if f["control_id"] != "CUSTOM-S3-02"]  # noqa: E731
    assert same(res) == same(emb)
    posts = [p.split("?")[0] for m, p, s in opa.log if m == "POST"]
    n = len(load_policy_set([pdir]).policies)
    # OPA's error names the module: that control is set aside, the rest asked again in one request;
    # then the control alone is asked (Data API) on no resource, on both, and on each one by itself,
    # so the error is pinned to the resources that cause it (here: both buckets).
    assert posts[:2] == ["/v1/query", "/v1/query"] and n > 200
    assert posts[2:] == ["/v1/data/" + posts[2].split("/v1/data/")[1]] * 4
    assert posts[2].endswith("/custom/s3/numbers/deny")


@pytest.mark.parametrize("fault, expected", [
    (Fault("POST", "/v1/query", status=502, body=None), "answered HTTP 502 to POST /v1/query"),
    (Fault("POST", "/v1/query", drop=True), "cannot reach OPA at"),
    (Fault("POST", "/v1/query", status=200, raw=b"<html>proxy</html>"), "with something that is not OPA's JSON"),
    (Fault("POST", "/v1/query", status=200, body=["not", "an", "object"]), "with something that is not OPA's JSON"),
    (Fault("GET", "/v1/data/hipaa_meta", status=403, body={"code": "unauthorized", "message": "request rejected by administrative policy"}),  # noqa: E501  (data)
     "refused GET /v1/data/hipaa_meta: unauthorized request rejected by administrative policy"),
])
def test_opa_failures_are_one_line_exit_2(opa, inv, tmp_path, capsys, fault, expected):
    bundle = tmp_path / "b.tar.gz"
    assert run(capsys, "policy", "bundle", "-o", bundle)[0] == 0
    opa.load_bundle(bundle)
    opa.faults.append(fault)
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url)
    assert code == 2, err
    assert expected in err and err.count("\n") == 1 and err.startswith("hipaa-scan: error: ")
    assert not (tmp_path / "r.json").exists()


def test_package_gone_mid_scan_is_an_error(opa, inv, tmp_path, capsys):
    bundle = tmp_path / "b.tar.gz"
    assert run(capsys, "policy", "bundle", "-o", bundle)[0] == 0
    opa.load_bundle(bundle)
    # after the check, the package answers undefined: the batch is undefined, halving isolates it
    opa.faults.append(Fault("POST", "/v1/query", status=200, body={}, times=1))
    opa.faults.append(Fault("POST", "/s3/encryption_at_rest/deny", status=200, body={}))
    original = opa.adhoc

    def without_encryption(query, input_doc):
        if "encryption_at_rest" in query:
            return 200, {}
        return original(query, input_doc)

    opa.adhoc = without_encryption
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", "--engine", "opa", "--opa-url", opa.url)
    assert code == 2 and not (tmp_path / "r.json").exists()
    assert "has no data.hipaa.aws.s3.encryption_at_rest.deny" in err and "nothing was evaluated as passing" in err


def test_bearer_token(inv, tmp_path, capsys):
    server = OpaFixture(token="s3cret-token").start()
    try:
        good, bad = tmp_path / "good", tmp_path / "bad"
        good.write_text("s3cret-token\n")
        bad.write_text("nope\n")
        out = tmp_path / "r.json"
        code, err = run(capsys, "evaluate", inv, "-o", out, "--engine", "opa", "--opa-url", server.url, "--opa-push",
                        "--opa-token-file", good)
        assert code == 1, err
        code, err = run(capsys, "evaluate", inv, "-o", out, "--engine", "opa", "--opa-url", server.url, "--opa-push",
                        "--opa-token-file", bad)
        assert code == 2 and "PUT /v1/data/hipaa_scan_" in err
        assert "unauthorized" in err and err.count("\n") == 1
        empty = tmp_path / "empty"
        empty.write_text("\n")
        code, err = run(capsys, "evaluate", inv, "-o", out, "--engine", "opa", "--opa-url", server.url,
                        "--opa-token-file", empty)
        assert code == 2 and "one bearer token on one line" in err
        assert server.policies == {}
    finally:
        server.stop()


@pytest.mark.parametrize("args, message", [
    (["--opa-url", "http://127.0.0.1:1"], "--opa-url needs --engine opa"),
    (["--engine", "opa"], "--engine opa needs --opa-url"),
    (["--engine", "opa", "--opa-url", "http://127.0.0.1:1", "--opa-push", "--opa-package-prefix", "x"], "give one of them"),
    (["--engine", "opa", "--opa-url", "http://127.0.0.1:1/opa"], "drop the path"),
    (["--engine", "opa", "--opa-url", "http://127.0.0.1:1", "--opa-package-prefix", "bad-prefix"], "dotted Rego name"),
])
def test_usage_errors(inv, tmp_path, capsys, args, message):
    code, err = run(capsys, "evaluate", inv, "-o", tmp_path / "r.json", *args)
    assert code == 2 and message in err


def test_engine_class_direct(opa):
    """The adapter on its own: Evaluator + OpaEngine, as a library user would."""
    from hipaa_scan.scanner.engine_opa import OpaEngine

    ps = load_policy_set()
    with OpaEngine(opa.url, push=True, policy_set_sha256=ps.sha256) as engine:
        res = Evaluator(ps, engine).evaluate(INVENTORY, pin=True)
    emb = Evaluator(ps).evaluate(INVENTORY, pin=True)
    assert res["scan"]["engine"] == "opa" and comparable(res) == comparable(emb)
    assert opa.policies == {}
