"""Custom policies: `policy new` writes a control and test that pass `policy test` as written; a custom
dir with a passing and a failing Rego test; duplicate ids, unknown citations and compile errors → exit 2."""

from __future__ import annotations

import pytest

from tests.governance_common import first_error, load, run, write
from tests.helpers import inventory


@pytest.fixture(autouse=True)
def _cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def new(tmp_path, *extra):
    r = run("policy", "new", "ACME-KMS-01", "--resource-type", "acme_key", "--field", "rotation_enabled",
            "--severity", "high", "--hipaa", "164.312(a)(2)(iv)", "--dir", tmp_path / "custom", *extra)
    return r


def test_policy_new_skeleton_passes_policy_test_as_written(tmp_path):
    r = new(tmp_path)
    assert r.exit_code == 0, r.output
    rego = tmp_path / "custom" / "custom" / "acme_key" / "acme_kms_01.rego"
    test = tmp_path / "custom" / "custom" / "acme_key" / "acme_kms_01_test.rego"
    assert r.stdout.split() == [str(rego), str(test)]
    src = rego.read_text()
    assert "package hipaa.custom.acme_key.acme_kms_01\n" in src and "#   id: ACME-KMS-01\n" in src
    assert '#   hipaa: ["164.312(a)(2)(iv)"]\n' in src and "not r.rotation_enabled == true" in src
    r = run("policy", "test", "--policy-dir", tmp_path / "custom", "-k", "acme_kms_01", "-v")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        "PASS hipaa.custom.acme_key.acme_kms_01_test.test_compliant_passes",
        "PASS hipaa.custom.acme_key.acme_kms_01_test.test_disabled_fails",
        "PASS hipaa.custom.acme_key.acme_kms_01_test.test_missing_field_fails",
        "PASS hipaa.custom.acme_key.acme_kms_01_test.test_null_field_fails",
        "PASS hipaa.custom.acme_key.acme_kms_01_test.test_wrong_type_fails",
        "PASS hipaa.custom.acme_key.acme_kms_01_test.test_only_the_failing_resource_fails",
        "6 passed, 0 failed"]
    # and under OPA's Go engine, and free of lint findings
    assert run("policy", "test", "--policy-dir", tmp_path / "custom", "-k", "acme_kms_01",
               "--engine", "opa").stdout.splitlines()[-1] == "6 passed, 0 failed"
    assert run("policy", "lint", "--policy-dir", tmp_path / "custom").exit_code == 0
    listed = run("policy", "list", "--json", "--policy-dir", tmp_path / "custom")
    assert '"id": "ACME-KMS-01"' in listed.stdout


def test_the_skeleton_test_asserts_a_real_pass_and_a_real_fail(tmp_path):
    new(tmp_path)
    rego = tmp_path / "custom" / "custom" / "acme_key" / "acme_kms_01.rego"
    # A policy that denies nothing breaks the fail cases; one that denies everything breaks the pass case.
    original = rego.read_text()
    rego.write_text(original.replace("not r.rotation_enabled == true", "false"))
    r = run("policy", "test", "--policy-dir", tmp_path / "custom", "-k", "acme_kms_01")
    assert r.exit_code == 1
    assert r.stdout.splitlines()[-1] == "1 passed, 5 failed"
    rego.write_text(original.replace("not r.rotation_enabled == true", "true"))
    r = run("policy", "test", "--policy-dir", tmp_path / "custom", "-k", "acme_kms_01")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert [line for line in lines if not line.startswith(" ")] == [
        "FAIL hipaa.custom.acme_key.acme_kms_01_test.test_compliant_passes",
        "FAIL hipaa.custom.acme_key.acme_kms_01_test.test_only_the_failing_resource_fails",
        "4 passed, 2 failed"]
    # each failure says what was expected and what the policy gave
    assert [line.strip() for line in lines if line.strip().startswith(("got:", "expected:"))] == [
        'got:      {"r1"}', "expected: set()", 'got:      {"r1", "r2", "r3"}', 'expected: {"r2"}']


def test_custom_dir_with_a_passing_and_a_failing_rego_test(tmp_path):
    new(tmp_path)
    test = tmp_path / "custom" / "custom" / "acme_key" / "acme_kms_01_test.rego"
    test.write_text(test.read_text() + """
test_wrong_expectation_fails if {
	count(policy.deny) == 0 with input as _input([{"id": "r2", "name": "r2", "rotation_enabled": false}])
}
""")
    r = run("policy", "test", "--policy-dir", tmp_path / "custom", "-k", "acme_kms_01")
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [
        "FAIL hipaa.custom.acme_key.acme_kms_01_test.test_wrong_expectation_fails",
        "    undefined",
        '    failed: count(policy.deny) == 0 with input as _input([{"id": "r2", "name": "r2", "rotation_enabled": false}])',
        "    got:      1",
        "    expected: 0",
        "6 passed, 1 failed"]


def test_custom_control_judges_resources_in_evaluate(tmp_path):
    new(tmp_path)
    inv = write(tmp_path / "inv.json", inventory({"acme_key": [
        {"id": "k-ok", "name": "k-ok", "rotation_enabled": True},
        {"id": "k-off", "name": "k-off", "rotation_enabled": False},
        {"id": "k-missing", "name": "k-missing"}]}))
    r = run("evaluate", inv, "-o", tmp_path / "r.json", "--policy-dir", tmp_path / "custom")
    res = load(tmp_path / "r.json")
    got = {f["resource"]["id"]: (f["status"], f["message"]) for f in res["findings"] if f["control_id"] == "ACME-KMS-01"}
    assert got == {"k-ok": ("pass", "k-ok: acme_key resources have rotation_enabled set to true."),
                   "k-off": ("fail", "k-off does not have rotation_enabled set to true."),
                   "k-missing": ("fail", "k-missing does not have rotation_enabled set to true.")}
    assert r.exit_code == 1  # high severity failures
    cov = {c["citation"]: c for c in res["coverage"]}
    assert {"id": "ACME-KMS-01", "status": "fail"} in cov["164.312(a)(2)(iv)"]["controls"]


def test_policy_new_refuses_bad_input(tmp_path):
    assert first_error(run("policy", "new", "acme-1", "--resource-type", "x")).startswith(
        "ID: control id 'acme-1' is not of the form AREA-SVC-NN")
    assert first_error(run("policy", "new", "AWS-S3-01", "--resource-type", "aws_s3_bucket")).startswith(
        "ID: control id AWS-S3-01 is already defined by")
    assert first_error(run("policy", "new", "ACME-X-01", "--resource-type", "Bad-Type")).startswith(
        "--resource-type: resource type 'Bad-Type' is not snake_case")
    assert first_error(run("policy", "new", "ACME-X-01", "--resource-type", "x", "--hipaa", "164.999")).startswith(
        "--hipaa: unknown HIPAA citation '164.999'")
    assert new(tmp_path).exit_code == 0
    err = first_error(new(tmp_path))
    assert err.startswith("ID: control id ACME-KMS-01 is already defined by")


def _write_policy(root, rel, control_id, body="deny contains {\"id\": r.id, \"msg\": \"x.\"} if {\n"
                  "\tsome r in input.resources.acme_key\n\tnot r.ok == true\n}\n", hipaa='["164.312(b)"]'):
    path = root / rel
    package = "hipaa." + ".".join(path.relative_to(root).with_suffix("").parts)
    write(path, f"""# METADATA
# title: Test control
# description: A control used by tests.
# custom:
#   id: {control_id}
#   severity: low
#   hipaa: {hipaa}
#   resource_type: acme_key
#   remediation: Fix it.
package {package}

import rego.v1

{body}""")
    return path


@pytest.mark.parametrize("command", [["policy", "list"], ["policy", "test"], ["evaluate", "INV"]])
def test_custom_policy_errors_are_exit_2_with_file_and_line(tmp_path, command):
    inv = write(tmp_path / "inv.json", inventory({}))
    args = [str(inv) if a == "INV" else a for a in command]
    d = tmp_path / "dup"
    _write_policy(d, "acme/dup.rego", "AWS-S3-01")
    err = first_error(run(*args, "--policy-dir", d))
    assert err.startswith("dup/acme/dup.rego:5: control id AWS-S3-01 is already defined by"), err
    d = tmp_path / "cite"
    _write_policy(d, "acme/cite.rego", "ACME-C-01", hipaa='["164.312(z)"]')
    err = first_error(run(*args, "--policy-dir", d))
    assert err == "cite/acme/cite.rego:7: unknown HIPAA citation '164.312(z)' (not in the Security Rule catalogue)"
    d = tmp_path / "syntax"
    _write_policy(d, "acme/broken.rego", "ACME-B-01", body="deny contains x if {\n\tx := input.foo +\n}\n")
    err = first_error(run(*args, "--policy-dir", d))
    assert err.startswith("syntax/acme/broken.rego:15:"), err
    assert "Rego does not compile" in err


def test_a_custom_test_file_that_does_not_compile_is_exit_2(tmp_path):
    new(tmp_path)
    write(tmp_path / "custom" / "custom" / "acme_key" / "extra_test.rego",
          "package hipaa.custom.acme_key.extra_test\n\nimport rego.v1\n\ntest_x if {\n\t1 +\n}\n")
    err = first_error(run("policy", "test", "--policy-dir", tmp_path / "custom"))
    assert "extra_test.rego:7:" in err and "Rego does not compile" in err


@pytest.mark.parametrize("args", [["init"], ["baseline"], ["baseline", "create"], ["attest"], ["attest", "template"],
                                  ["policy", "new"]])
def test_governance_commands_have_help_with_an_example(args):
    r = run(*args, "--help")
    assert r.exit_code == 0 and "Usage:" in r.output and "Example" in r.output


def test_the_fixture_controls_pass_their_own_rego_tests():
    from tests.governance_common import POLICIES

    r = run("policy", "test", "--policy-dir", POLICIES, "-k", r"^hipaa\.gov\.")
    assert r.exit_code == 0 and r.stdout.splitlines()[-1] == "6 passed, 0 failed"
