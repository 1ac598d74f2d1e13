"""Every Rego test of every built-in policy runs here (so `make test` runs them), plus meta-checks."""

from __future__ import annotations

import pytest

from hipaa_scan.scanner.policies import builtin_policy_dir, discover, load_policy_set
from hipaa_scan.scanner.policytest import run_tests, rego_test_rules


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


@pytest.mark.parametrize("engine", ["embedded", "opa"])
def test_all_rego_tests_pass(policy_set, engine):
    """Every test_* rule of every *_test.rego, under regorus and under OPA's Go engine."""
    results = run_tests(policy_set, engine=engine)
    failed = [f"{r.package}.{r.name}: {r.detail}" for r in results if not r.passed]
    assert len(results) >= 4 * len(policy_set.policies) * 0.75
    assert failed == []


def test_both_engines_run_the_same_tests(policy_set):
    names = {e: {(r.package, r.name) for r in run_tests(policy_set, pattern=r"hipaa\.aws\.s3\.", engine=e)}
             for e in ("embedded", "opa")}
    assert names["embedded"] == names["opa"] and len(names["opa"]) >= 9 * 3


def test_a_test_that_passes_only_on_regorus_fails_under_opa(tmp_path):
    """The OPA hoisting bug is real in the engine the tests run: a `not` over a missing field's
    comparison denies nothing under OPA, so the missing-field test fails there."""
    d = tmp_path / "org" / "h"
    d.mkdir(parents=True)
    (d / "hoist.rego").write_text(
        "# METADATA\n# title: T\n# description: D.\n# custom:\n#   id: ORG-H-01\n#   severity: low\n"
        '#   hipaa: ["164.312(b)"]\n#   resource_type: host\n#   remediation: R.\n'
        'package hipaa.org.h.hoist\n\nimport rego.v1\n\ndeny contains {"id": h.id, "msg": "m."} if {\n'
        "\tsome h in input.resources.host\n\tnot h.days <= 90\n}\n")
    (d / "hoist_test.rego").write_text(
        "package hipaa.org.h.hoist_test\n\nimport data.hipaa.org.h.hoist as policy\nimport rego.v1\n\n"
        'test_missing_fails if {\n\tcount(policy.deny) == 1 with input as {"resources": {"host": [{"id": "h"}]}}\n}\n')
    ps = load_policy_set([tmp_path])
    got = {e: [r.passed for r in run_tests(ps, pattern=r"org\.h", engine=e)] for e in ("embedded", "opa")}
    assert got == {"embedded": [True], "opa": [False]}


def test_every_policy_has_a_test_covering_pass_fail_and_missing(policy_set):
    problems = []
    for p in policy_set.policies:
        t = p.path.with_name(p.path.stem + "_test.rego")
        if not t.exists():
            problems.append(f"{p.path}: no test file")
            continue
        names = rego_test_rules(t.read_text())
        if len(names) < 3:
            problems.append(f"{t}: fewer than 3 tests (pass, fail, missing field)")
        if not any("missing" in n or "absent" in n or "unreadable" in n for n in names):
            problems.append(f"{t}: no test for a missing field")
    assert problems == []


def test_policy_ids_are_unique_and_resource_types_are_snake_case(policy_set):
    ids = [p.id for p in policy_set.policies]
    assert len(ids) == len(set(ids))
    assert all(p.resource_type.islower() and " " not in p.resource_type for p in policy_set.policies)


def test_no_stray_rego_files():
    pols, libs, tests = discover(builtin_policy_dir())
    tested = {t.with_name(t.name.replace("_test.rego", ".rego")) for t in tests}
    assert tested - set(pols) - set(libs) == set(), "test files without a policy"


def test_a_failing_rego_test_is_reported(tmp_path):
    d = tmp_path / "org" / "a"
    d.mkdir(parents=True)
    (d / "thing.rego").write_text(
        "# METADATA\n# title: T\n# description: D.\n# custom:\n#   id: ORG-A-01\n#   severity: low\n"
        '#   hipaa: ["164.312(b)"]\n#   resource_type: host\n#   remediation: R.\n'
        'package hipaa.org.a.thing\n\nimport rego.v1\n\ndeny contains {"id": h.id, "msg": "m."} if {\n'
        "\tsome h in input.resources.host\n\tnot h.ok == true\n}\n")
    (d / "thing_test.rego").write_text(
        "package hipaa.org.a.thing_test\n\nimport data.hipaa.org.a.thing as policy\nimport rego.v1\n\n"
        'test_ok if {\n\tcount(policy.deny) == 0 with input as {"resources": {"host": [{"id": "h", "ok": true}]}}\n}\n\n'
        'test_undefined if {\n\tpolicy.nothing == 1\n}\n\n'
        'test_false if {\n\tcount(policy.deny) == 3 with input as {"resources": {"host": [{"id": "h"}]}}\n}\n')
    results = {r.name: r for r in run_tests(load_policy_set([tmp_path]), pattern="org")}
    assert results["test_ok"].passed
    assert not results["test_undefined"].passed and results["test_undefined"].detail == "undefined"
    assert not results["test_false"].passed
