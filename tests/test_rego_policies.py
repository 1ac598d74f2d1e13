"""Every Rego test of every built-in policy runs here (so `make test` runs them), plus meta-checks."""

from __future__ import annotations

import pytest

from scanner.policies import builtin_policy_dir, discover, load_policy_set
from scanner.policytest import run_tests, rego_test_rules


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


def test_all_rego_tests_pass(policy_set):
    results = run_tests(policy_set)
    failed = [f"{r.package}.{r.name}: {r.detail}" for r in results if not r.passed]
    assert len(results) >= 4 * len(policy_set.policies) * 0.75
    assert failed == []


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
