"""Every Rego test of every built-in policy runs here (so `make test` runs them), plus meta-checks."""

from __future__ import annotations

import pytest

from hipaa_scan.scanner.policies import builtin_policy_dir, discover, load_policy_set
from hipaa_scan.scanner.policytest import rego_test_rules, run_tests


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
    assert not results["test_undefined"].passed
    assert results["test_undefined"].detail == "undefined\nfailed: policy.nothing == 1"
    assert results["test_false"].detail.splitlines()[-2:] == ["got:      1", "expected: 3"]
    assert not results["test_false"].passed


def _test_sources():
    root = builtin_policy_dir()
    for path in sorted(root.rglob("*_test.rego")):
        if path.relative_to(root).parts[0] != "lib":
            yield path, path.read_text(encoding="utf-8")


def test_every_policy_test_uses_the_shared_helpers_and_names_the_failing_ids():
    """Fail-case tests assert the exact set of ids (t.ids or the whole set), never a count alone;
    helpers come from policies/lib/testing.rego, not copies."""
    import re

    from hipaa_scan.scanner.policytest import _rule_body

    count_only, no_lib, copies = [], [], []
    for path, source in _test_sources():
        if "import data.hipaa.lib.testing as t" not in source:
            no_lib.append(path.name)
        if re.search(r"^(ids|inventory|reasons)\(", source, re.M):
            copies.append(path.name)
        for name in rego_test_rules(source):
            body = _rule_body(source, name) or ""
            counts = re.findall(r"count\(policy\.(deny|not_applicable)\)\s*==\s*([1-9]\d*)", body)
            for kind, _ in counts:
                if f"t.ids(policy.{kind})" not in body and f"policy.{kind} ==" not in body:
                    count_only.append(f"{path.name}:{name}")
    assert no_lib == [] and copies == []
    assert count_only == []


def test_explain_splits_a_rule_body_into_expressions():
    from hipaa_scan.scanner.policytest import _rule_body, _split_comparison, _statements

    src = ('test_x if {\n\tx := {"a": "}"}  # a } in a string and a comment }\n'
           '\tt.ids(policy.deny) == {"b", "c"}\n\t\twith input as _inv([{"id": "b"}])\n'
           "\tevery r in [1, 2] {\n\t\tr > 0\n\t}\n}\n")
    stmts = _statements(_rule_body(src, "test_x"))
    assert stmts[0].startswith('x := {"a": "}"}')
    assert stmts[1] == 't.ids(policy.deny) == {"b", "c"} with input as _inv([{"id": "b"}])'
    assert stmts[2].startswith("every r in [1, 2] {") and len(stmts) == 3
    assert _split_comparison(stmts[1]) == ("t.ids(policy.deny)", '{"b", "c"}', 'with input as _inv([{"id": "b"}])')
    assert _split_comparison("x != 1") is None and _split_comparison("a <= b") is None
