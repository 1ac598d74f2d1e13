"""Evaluation semantics: error > fail > pass, not_applicable, coverage, gate."""

from __future__ import annotations

import pytest

from hipaa_scan.scanner.evaluate import Evaluator, rollup
from hipaa_scan.scanner.gate import evaluate_gate
from hipaa_scan.scanner.policies import load_policy_set
from tests.helpers import bucket, findings_by, inventory

ACCT = "123456789012"


@pytest.fixture(scope="module")
def ev():
    return Evaluator(load_policy_set())


def err(rtype, **kw):
    return {"collector": "aws", "resource_type": rtype, "code": kw.pop("code", "AccessDenied"),
            "message": "denied", "account": kw.pop("account", ACCT), **kw}


def test_pass_fail_and_evidence(ev):
    res = ev.evaluate(inventory({"aws_s3_bucket": [bucket("a"), bucket("b", encrypted=False)]}))
    assert findings_by(res, "AWS-S3-01") == {"arn:aws:s3:::a": "pass", "arn:aws:s3:::b": "fail"}
    f = [f for f in res["findings"] if f["control_id"] == "AWS-S3-01" and f["status"] == "fail"][0]
    assert f["message"] == "Bucket b has no default server-side encryption."
    assert f["evidence"] == {"encryption": {"enabled": False, "algorithm": None, "kms_key_id": None}}
    assert f["hipaa"] == ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"] and f["severity"] == "high"
    assert f["remediation"].startswith("Set the bucket's default encryption to SSE-KMS")


def test_not_applicable_when_nothing_collected(ev):
    res = ev.evaluate(inventory({}))
    na = [f for f in res["findings"] if f["control_id"] == "AWS-RDS-01"]
    assert len(na) == 1 and na[0]["status"] == "not_applicable" and na[0]["resource"] is None


def test_field_error_only_touches_controls_reading_that_field(ev):
    b = bucket("a")
    del b["encryption"]
    res = ev.evaluate(inventory({"aws_s3_bucket": [b]},
                                [err("aws_s3_bucket", resource_id=b["id"], field="encryption")]))
    assert findings_by(res, "AWS-S3-01") == {b["id"]: "error"}
    assert findings_by(res, "AWS-S3-02") == {b["id"]: "pass"}


def test_resource_error_without_field_touches_every_control_of_the_resource(ev):
    b = bucket("a")
    res = ev.evaluate(inventory({"aws_s3_bucket": [b, bucket("c")]}, [err("aws_s3_bucket", resource_id=b["id"])]))
    for ctl in ("AWS-S3-01", "AWS-S3-02", "AWS-S3-05"):
        assert findings_by(res, ctl) == {b["id"]: "error", "arn:aws:s3:::c": "pass"}


def test_list_error_in_one_region_is_an_error_finding_and_other_regions_still_judged(ev):
    db = {"id": "arn:db1", "name": "db1", "account": ACCT, "region": "us-east-1", "storage_encrypted": True}
    res = ev.evaluate(inventory({"aws_rds_instance": [db]}, [err("aws_rds_instance", region="eu-west-1")]))
    assert findings_by(res, "AWS-RDS-01") == {"arn:db1": "pass", f"{ACCT}/eu-west-1/aws_rds_instance": "error"}


def test_error_on_a_type_the_control_reads_makes_it_error(ev):
    acct = {"id": ACCT, "name": ACCT, "account": ACCT, "region": None}
    res = ev.evaluate(inventory({"aws_account": [acct]}, [err("aws_cloudtrail_trail", region="us-east-1")]))
    assert findings_by(res, "AWS-CT-01") == {ACCT: "error"}
    # ...and only for that account
    other = {"id": "999", "name": "999", "account": "999", "region": None}
    res = ev.evaluate(inventory({"aws_account": [acct, other]}, [err("aws_cloudtrail_trail", region="us-east-1")]))
    assert findings_by(res, "AWS-CT-01") == {ACCT: "error", "999": "fail"}


def test_coverage_rolls_up_and_marks_manual(ev):
    res = ev.evaluate(inventory({"aws_s3_bucket": [bucket("a")]}))
    cov = {c["citation"]: c for c in res["coverage"]}
    assert len(cov) == 61
    assert cov["164.312(e)(1)"]["status"] in ("pass", "fail", "error", "not_applicable")
    s304 = [c for c in cov["164.312(e)(1)"]["controls"] if c["id"] == "AWS-S3-04"][0]
    assert s304["status"] == "pass"
    assert cov["164.316(a)"]["status"] == "manual"
    assert rollup(["pass", "fail"]) == "fail" and rollup(["pass", "error"]) == "error"
    assert rollup(["not_applicable", "pass"]) == "pass" and rollup([]) == "manual"


def test_gate_precedence():
    def f(st, sev):
        return {"status": st, "severity": sev}

    assert evaluate_gate([f("fail", "medium")], "high")["exit_code"] == 0
    assert evaluate_gate([f("fail", "high")], "high")["exit_code"] == 1
    assert evaluate_gate([f("fail", "critical")], "high")["exit_code"] == 1
    assert evaluate_gate([f("error", "low")], "high")["exit_code"] == 3
    assert evaluate_gate([f("error", "low")], "high", allow_incomplete=True)["exit_code"] == 0
    assert evaluate_gate([f("error", "low"), f("fail", "high")], "high")["exit_code"] == 1
    assert evaluate_gate([f("fail", "critical")], "never")["exit_code"] == 0
    assert evaluate_gate([f("waived", "critical")], "low")["exit_code"] == 0


def test_a_policy_failing_at_run_time_makes_its_findings_error_not_pass(tmp_path):
    d = tmp_path / "org" / "a"
    d.mkdir(parents=True)
    (d / "typed.rego").write_text(
        "# METADATA\n# title: T\n# description: D.\n# custom:\n#   id: ORG-A-02\n#   severity: low\n"
        '#   hipaa: ["164.312(b)"]\n#   resource_type: host\n#   remediation: R.\n'
        'package hipaa.org.a.typed\n\nimport rego.v1\n\ndeny contains {"id": h.id, "msg": "m."} if {\n'
        "\tsome h in input.resources.host\n\ttrim_right(h.path, \"/\") == \"x\"\n}\n")
    ev = Evaluator(load_policy_set([tmp_path]))
    res = ev.evaluate(inventory({"host": [{"id": "h1", "name": "h1", "path": True}],
                                 "aws_s3_bucket": [bucket("a")]}))
    f = [f for f in res["findings"] if f["control_id"] == "ORG-A-02"]
    assert [x["status"] for x in f] == ["error"] and "could not be evaluated" in f[0]["message"]
    assert findings_by(res, "AWS-S3-01") == {"arn:aws:s3:::a": "pass"}


@pytest.mark.parametrize("bad,where", [
    ({"id": "", "name": "x"}, "$.resources.t[1].id"),
    ({"id": "a", "name": 3}, "$.resources.t[1].name"),
    ({"id": "a", "name": "x", "region": 5}, "$.resources.t[1].region"),
    ({"id": "a", "name": "x", "tags": {"k": 1}}, "$.resources.t[1].tags.k"),
    ({"id": "a", "name": "x", "tags": None}, "$.resources.t[1].tags"),
    ("nope", "$.resources.t[1]"),
])
def test_fast_inventory_validation_agrees_with_the_schema(bad, where):
    from hipaa_scan.scanner.errors import InputError
    from hipaa_scan.scanner.inventory import validate, validate_inventory

    doc = inventory({"t": [{"id": "ok", "name": "ok"}, bad]})
    with pytest.raises(InputError) as fast:
        validate_inventory(doc, "inv.json")
    with pytest.raises(InputError) as full:
        validate(doc, "inventory", "inv.json")
    assert str(fast.value).startswith(f"inv.json: {where}:")
    assert str(fast.value) == str(full.value)
