"""Verdict integrity in the engine: three outcomes per resource, run-time errors isolated to the
resources that cause them, unknown ids never silent — identically under regorus and a real OPA
(the OPA REST fixture evaluates with OPA's Go engine)."""

from __future__ import annotations

import pytest
from opa_fixture import OpaFixture

from hipaa_scan.scanner.engine_opa import OpaEngine
from hipaa_scan.scanner.errors import EngineError
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.policies import load_policy_set

HEADER = ("# METADATA\n# title: T\n# description: D.\n# custom:\n#   id: {id}\n#   severity: high\n"
          '#   hipaa: ["164.312(b)"]\n#   resource_type: {rtype}\n#   evidence: [x]\n{extra}#   remediation: R.\n'
          "package hipaa.org.t.{name}\n\nimport rego.v1\n\n")

# lower() raises on anything but a string: the resource whose x is not a string blinds nothing else.
LOWER = """deny contains {"id": r.id, "msg": "bad."} if {
	some r in input.resources.thing
	lower(r.x) != "ok"
}

not_applicable contains {"id": r.id, "reason": "It is a spare."} if {
	some r in input.resources.thing
	r.spare == true
}
"""

# Fails on every evaluation because of another type's odd value (the control reads it).
READS = """deny contains {"id": r.id, "msg": "bad."} if {
	some r in input.resources.thing
	some o in input.resources.other
	lower(o.y) == "bad"
}
"""

UNKNOWN = """deny contains {"id": "no-such-thing", "msg": "bad."} if {
	some r in input.resources.thing
	r.x == "bad"
}
"""

NO_REASON = """not_applicable contains {"id": r.id} if {
	some r in input.resources.thing
}

deny := set()
"""


def _policies(tmp_path, **bodies):
    d = tmp_path / "org" / "t"
    d.mkdir(parents=True, exist_ok=True)
    for i, (name, body) in enumerate(sorted(bodies.items()), 1):
        extra = "#   reads: [other]\n" if name == "reads" else ""
        (d / f"{name}.rego").write_text(HEADER.format(id=f"ORG-T-{i:02d}", rtype="thing", extra=extra, name=name) + body)
        (d / f"{name}_test.rego").write_text(f"package hipaa.org.t.{name}_test\n\nimport rego.v1\n\ntest_x if true\n")
    ps = load_policy_set([tmp_path])
    ps.policies = [p for p in ps.policies if p.id.startswith("ORG-")]
    return ps


def _inventory(things, others=()):
    return {"schema": "hipaa-scan/inventory/v1", "collected_at": "2026-12-01T00:00:00Z",
            "resources": {"thing": list(things), "other": list(others)}, "errors": []}


@pytest.fixture(scope="module")
def opa():
    server = OpaFixture().start()
    yield server
    server.stop()


def _evaluate(engine_name, policy_set, inventory, opa):
    if engine_name == "embedded":
        return Evaluator(policy_set).evaluate(inventory, pin=True)
    with OpaEngine(opa.url, push=True, policy_set_sha256=policy_set.sha256) as engine:
        return Evaluator(policy_set, engine).evaluate(inventory, pin=True)


def _statuses(doc, control):
    return {f["resource"]["id"]: f["status"] for f in doc["findings"] if f["control_id"] == control and f["resource"]}


ENGINES = ["embedded", "opa"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_run_time_error_touches_only_the_resource_that_causes_it(tmp_path, opa, engine):
    ps = _policies(tmp_path, lower=LOWER)
    things = [{"id": f"ok{i}", "name": f"ok{i}", "x": "OK"} for i in range(5)]
    things += [{"id": "bad", "name": "bad", "x": "nope"}, {"id": "null", "name": "null", "x": None},
               {"id": "num", "name": "num", "x": 7}, {"id": "spare", "name": "spare", "x": "OK", "spare": True}]
    doc = _evaluate(engine, ps, _inventory(things), opa)
    got = _statuses(doc, "ORG-T-01")
    assert got == {**{f"ok{i}": "pass" for i in range(5)}, "bad": "fail", "null": "error", "num": "error",
                   "spare": "not_applicable"}
    by_id = {f["resource"]["id"]: f for f in doc["findings"]}
    assert by_id["null"]["message"].startswith("The control could not be evaluated: ")
    assert "lower" in by_id["null"]["message"] and "lower.rego" in by_id["null"]["message"]
    assert by_id["spare"]["message"] == "spare: It is a spare."


@pytest.mark.parametrize("engine", ENGINES)
def test_deny_wins_over_not_applicable(tmp_path, opa, engine):
    ps = _policies(tmp_path, lower=LOWER)
    doc = _evaluate(engine, ps, _inventory([{"id": "a", "name": "a", "x": "no", "spare": True}]), opa)
    assert _statuses(doc, "ORG-T-01") == {"a": "fail"}


@pytest.mark.parametrize("engine", ENGINES)
def test_an_error_from_another_type_errors_the_control_never_passes(tmp_path, opa, engine):
    ps = _policies(tmp_path, reads=READS)
    doc = _evaluate(engine, ps, _inventory([{"id": "a", "name": "a"}, {"id": "b", "name": "b"}],
                                           [{"id": "o", "name": "o", "y": None}]), opa)
    assert _statuses(doc, "ORG-T-01") == {"a": "error", "b": "error"}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_deny_naming_an_unknown_resource_is_an_error(tmp_path, opa, engine):
    ps = _policies(tmp_path, unknown=UNKNOWN)
    doc = _evaluate(engine, ps, _inventory([{"id": "a", "name": "a", "x": "bad"}]), opa)
    got = _statuses(doc, "ORG-T-01")
    assert got == {"a": "pass", "no-such-thing": "error"}
    assert doc["gate"]["exit_code"] != 0


def test_a_not_applicable_entry_needs_a_reason(tmp_path):
    ps = _policies(tmp_path, noreason=NO_REASON)
    with pytest.raises(EngineError, match="reason"):
        Evaluator(ps).evaluate(_inventory([{"id": "a", "name": "a"}]), pin=True)


def test_isolation_halves_instead_of_asking_per_resource(tmp_path):
    """Many resources, one odd: the control is asked O(log n) more times, not n."""
    ps = _policies(tmp_path, lower=LOWER)
    ev = Evaluator(ps)
    calls = []
    inner = ev._eval_on
    ev._eval_on = lambda p, doc: calls.append(1) or inner(p, doc)
    things = [{"id": f"r{i:04d}", "name": "r", "x": "OK"} for i in range(1024)]
    things[517]["x"] = None
    doc = ev.evaluate(_inventory(things), pin=True)
    got = _statuses(doc, "ORG-T-01")
    assert [k for k, v in got.items() if v != "pass"] == ["r0517"]
    assert len(calls) <= 2 * 11 + 2


def test_a_schema_violation_is_an_error_for_that_resource_and_field_only():
    """Evaluation reads the inventory against each type's schema: null where the schema forbids
    it, or a wrong type, makes exactly the controls reading that field `error` for that one
    resource; a missing field is left to the policies (they deny)."""
    import helpers

    good = helpers.bucket("good")
    odd = helpers.bucket("odd", encryption=None, versioning=5)
    gone = helpers.bucket("gone")
    del gone["encryption"]
    inv = _inventory([])
    inv["resources"] = {"aws_s3_bucket": [good, odd, gone]}
    doc = Evaluator(load_policy_set()).evaluate(inv, pin=True)
    s301 = _statuses(doc, "AWS-S3-01")
    s302 = _statuses(doc, "AWS-S3-02")
    s305 = _statuses(doc, "AWS-S3-05")
    assert s301 == {"arn:aws:s3:::good": "pass", "arn:aws:s3:::odd": "error", "arn:aws:s3:::gone": "fail"}
    assert s302["arn:aws:s3:::odd"] == "error" and s302["arn:aws:s3:::good"] == "pass"
    assert s305["arn:aws:s3:::odd"] == s305["arn:aws:s3:::good"] == "pass"  # logging was well formed
    msg = next(f["message"] for f in doc["findings"]
               if f["control_id"] == "AWS-S3-01" and f["resource"]["id"] == "arn:aws:s3:::odd")
    assert "malformed" in msg and "encryption: null is not allowed" in msg
    assert {e["field"] for e in doc["errors"] if e["code"] == "SchemaViolation"} == {"encryption", "versioning"}
    assert doc["gate"]["exit_code"] in (1, 3)


def test_a_collection_error_no_control_shows_still_makes_the_scan_incomplete(tmp_path):
    """What was not read never reads as a clean scan: an inventory error on a type no control
    judges gives exit 3 (0 with --allow-incomplete), and the summary line says so."""
    import json
    import subprocess
    import sys

    inv = _inventory([])
    inv["resources"] = {}
    inv["errors"] = [{"collector": "aws", "resource_type": "aws_weird_thing", "code": "AccessDenied",
                      "message": "not allowed"}]
    path = tmp_path / "inv.json"
    path.write_text(json.dumps(inv))
    doc = Evaluator(load_policy_set()).evaluate(inv, pin=True)
    assert doc["summary"]["by_status"]["error"] == 0
    assert doc["gate"]["verdict"] == "incomplete" and doc["gate"]["collection_errors"] == 1
    run = [sys.executable, "-m", "hipaa_scan", "evaluate", str(path), "-o", str(tmp_path / "r.json")]
    r = subprocess.run(run, capture_output=True, text=True)
    assert r.returncode == 3 and "; 1 collection error)" in r.stderr
    assert subprocess.run(run + ["--allow-incomplete"], capture_output=True, text=True).returncode == 0
