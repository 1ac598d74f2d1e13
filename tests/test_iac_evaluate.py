"""IaC controls over iac_check resources, and the generic evaluation rules they use:
METADATA ``scope``, ``suppressed`` → waived, and errors naming resources not in the inventory."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipaa_scan.collectors.iac import collect
from hipaa_scan.scanner.catalogue import load_catalogue
from hipaa_scan.scanner.errors import PolicyError
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.iacmap import check_mapping, known_check_ids
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import PolicySet, load_policy, load_policy_set

FIXTURES = Path(__file__).parent / "fixtures" / "iac"


def _results(path) -> dict:
    builder = InventoryBuilder()
    collect(path, builder)
    return Evaluator(load_policy_set()).evaluate(builder.document(), pin=True)


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


@pytest.fixture(scope="module")
def project():
    return _results(FIXTURES / "project")


def _iac(results, status=None):
    return [f for f in results["findings"] if f["control_id"].startswith("IAC-")
            and (status is None or f["status"] == status)]


def test_every_iac_finding_is_one_of_its_controls_checks(project, policy_set):
    scope = {p.id: set(p.custom["scope"]["in"]) for p in policy_set.policies if p.id.startswith("IAC-")}
    judged = [f for f in _iac(project) if f["resource"]]
    assert judged
    for f in judged:
        assert f["evidence"]["check_id"] in scope[f["control_id"]], f["resource"]["id"]


def test_exact_failures_of_network_and_storage_encryption_controls(project):
    fails = {(f["control_id"], f["resource"]["id"]) for f in _iac(project, "fail")
             if f["control_id"] in ("IAC-NET-01", "IAC-ENC-01")}
    assert fails == {
        ("IAC-NET-01", "terraform/network.tf:aws_security_group.bastion:CKV_AWS_24"),
        ("IAC-NET-01", "cloudformation/network.json:AWS::EC2::SecurityGroup.RdpOpen:CKV_AWS_25"),
        ("IAC-ENC-01", "cloudformation/storage.yaml:AWS::EC2::Volume.ScratchVolume:CKV_AWS_3"),
        ("IAC-ENC-01", "terraform/compute.tf:aws_ebs_volume.scratch:CKV_AWS_189"),
        ("IAC-ENC-01", "terraform/compute.tf:aws_ebs_volume.scratch:CKV_AWS_3"),
        ("IAC-ENC-01", "terraform/compute.tf:aws_instance.legacy:CKV_AWS_8"),
        ("IAC-ENC-01", "terraform/storage.tf:aws_s3_bucket.access_logs:CKV_AWS_145"),
        ("IAC-ENC-01", "terraform/storage.tf:aws_s3_bucket.scratch:CKV_AWS_145"),
    }


def test_failed_finding_carries_file_and_lines_for_sarif(project):
    [f] = [f for f in _iac(project, "fail")
           if f["resource"]["id"] == "terraform/network.tf:aws_security_group.bastion:CKV_AWS_24"]
    assert f["control_id"] == "IAC-NET-01"
    assert f["severity"] == "high"
    assert f["hipaa"] == ["164.312(a)(1)"]
    assert f["resource"]["name"] == "aws_security_group.bastion"
    assert f["message"] == ("aws_security_group.bastion (terraform/network.tf:1) fails CKV_AWS_24: "
                            "Ensure no security groups allow ingress from 0.0.0.0:0 to port 22.")
    ev = f["evidence"]
    assert (ev["file"], ev["start_line"], ev["end_line"], ev["line_range"]) == ("terraform/network.tf", 1, 12, [1, 12])
    assert (ev["check_id"], ev["result"], ev["framework"], ev["resource_address"]) == (
        "CKV_AWS_24", "failed", "terraform", "aws_security_group.bastion")


def test_skip_comments_are_waived_with_their_reason(project):
    waived = {(f["control_id"], f["resource"]["id"]): f for f in _iac(project, "waived")}
    assert set(waived) == {
        ("IAC-KMS-01", "terraform/kms.tf:aws_kms_key.hsm_backed:CKV_AWS_7"),
        ("IAC-LOG-01", "terraform/storage.tf:aws_s3_bucket.access_logs:CKV_AWS_18"),
    }
    f = waived[("IAC-KMS-01", "terraform/kms.tf:aws_kms_key.hsm_backed:CKV_AWS_7")]
    assert f["waiver"] == {"reason": "Rotated by the HSM runbook RB-12 every 90 days",
                           "approver": "checkov skip comment", "expires": None, "source": "checkov"}
    statuses = {f["resource"]["id"]: f["status"] for f in _iac(project) if f["control_id"] == "IAC-KMS-01"}
    assert statuses == {
        "terraform/kms.tf:aws_kms_key.data:CKV_AWS_7": "pass",
        "terraform/kms.tf:aws_kms_key.legacy:CKV_AWS_7": "fail",
        "terraform/kms.tf:aws_kms_key.hsm_backed:CKV_AWS_7": "waived",
    }


def test_kubernetes_privileged_pod_fails_and_hardened_deployment_passes(project):
    k8s = {(f["resource"]["id"], f["status"]) for f in _iac(project) if f["control_id"] == "IAC-K8S-01"
           and f["resource"] and f["evidence"]["check_id"] == "CKV_K8S_16"}
    assert k8s == {("kubernetes/workloads.yaml:Pod.clinic.debug-shell:CKV_K8S_16", "fail"),
                   ("kubernetes/workloads.yaml:Deployment.clinic.records-api:CKV_K8S_16", "pass"),
                   ("kubernetes/kube-apiserver.yaml:Pod.kube-system.kube-apiserver:CKV_K8S_16", "pass")}


def test_kube_apiserver_controls(project):
    """Secrets encryption and anonymous auth fail; TLS and audit logging pass."""
    rid = "kubernetes/kube-apiserver.yaml:Pod.kube-system.kube-apiserver:{}"
    status = {(f["control_id"], f["resource"]["id"]): f["status"] for f in _iac(project) if f["resource"]}
    assert status[("IAC-K8S-02", rid.format("CKV_K8S_104"))] == "fail"
    assert status[("IAC-K8S-05", rid.format("CKV_K8S_68"))] == "fail"
    assert status[("IAC-K8S-05", rid.format("CKV_K8S_138"))] == "pass"
    assert all(status[("IAC-K8S-03", rid.format(c))] == "pass" for c in ("CKV_K8S_88", "CKV_K8S_100", "CKV_K8S_105"))
    assert all(status[("IAC-K8S-04", rid.format(c))] == "pass" for c in ("CKV_K8S_91", "CKV_K8S_92", "CKV_K8S_93", "CKV_K8S_94"))
    [f] = [f for f in _iac(project, "fail") if f["control_id"] == "IAC-K8S-02"]
    assert (f["evidence"]["file"], f["evidence"]["line_range"]) == ("kubernetes/kube-apiserver.yaml", [3, 29])


def test_project_gate_fails_on_high_findings(project):
    assert project["gate"]["verdict"] == "failed"
    assert project["gate"]["exit_code"] == 1
    assert _iac(project, "error") == []


def test_unparsable_file_gives_error_findings_and_exit_3():
    res = _results(FIXTURES / "broken")
    errors = _iac(res, "error")
    iac_controls = {c["id"] for c in res["controls"] if c["resource_type"] == "iac_check"}
    assert {f["control_id"] for f in errors} == iac_controls
    assert {f["resource"]["id"] for f in errors} == {"bad.tf"}
    assert errors[0]["message"] == ("Could not read bad.tf: checkov terraform parse ParseError: "
                                    "checkov (terraform) could not parse bad.tf; its resources were not checked")
    assert res["gate"]["verdict"] == "incomplete"
    assert res["gate"]["exit_code"] == 3


def test_plan_json_findings():
    res = _results(FIXTURES / "plan" / "tfplan.json")
    fails = {(f["control_id"], f["evidence"]["check_id"]) for f in _iac(res, "fail")}
    assert {("IAC-ENC-02", "CKV_AWS_16"), ("IAC-PUB-02", "CKV_AWS_17"), ("IAC-BAK-01", "CKV_AWS_133")} <= fails
    passes = {(f["control_id"], f["evidence"]["check_id"]) for f in _iac(res, "pass")}
    assert ("IAC-LOG-03", "CKV_AWS_66") in passes


def test_deny_sets_are_computed_per_control_scope(policy_set):
    builder = InventoryBuilder()
    collect(FIXTURES / "project", builder)
    denies = Evaluator(policy_set).deny_sets(builder.document())
    assert set(denies["IAC-NET-01"]) == {
        "terraform/network.tf:aws_security_group.bastion:CKV_AWS_24",
        "cloudformation/network.json:AWS::EC2::SecurityGroup.RdpOpen:CKV_AWS_25",
    }


# ----------------------------------------------------------------- the mapping
def test_every_mapped_check_exists_in_installed_checkov(policy_set):
    mapping = check_mapping(policy_set)
    assert set(mapping["checks"]) <= known_check_ids()


def test_mapping_summary_and_citations_come_from_metadata(policy_set):
    mapping = check_mapping(policy_set)
    assert mapping["summary"] == "315 checkov checks mapped to 21 HIPAA citations through 29 IaC controls"
    catalogue = load_catalogue()
    assert all(c in catalogue for c in mapping["citations"])
    by_id = {r["id"]: r for r in mapping["controls"]}
    assert "CKV_AWS_7" in by_id["IAC-KMS-01"]["checks"]
    assert by_id["IAC-KMS-01"]["hipaa"] == ["164.312(a)(2)(iv)", "164.308(a)(4)(ii)(C)"]


# ------------------------------------------- generic evaluation rules, on a toy policy
_TOY = """# METADATA
# title: Things are good
# description: A toy control for the scope, waiver and error rules.
# custom:
#   id: TOY-THING-01
#   severity: high
#   hipaa: ["164.312(b)"]
#   resource_type: thing
#   scope: {scope}
#   remediation: Make it good.
package hipaa.toy.thing.good

import rego.v1

deny contains {{"id": t.id, "msg": sprintf("%s is bad.", [t.id])}} if {{
	some t in input.resources.thing
	not t.good == true
}}
"""


def _toy(tmp_path, scope="{field: meta.kind, in: [a, b]}") -> Evaluator:
    root = tmp_path / "pol"
    path = root / "toy" / "thing" / "good.rego"
    path.parent.mkdir(parents=True)
    path.write_text(_TOY.format(scope=scope))
    return Evaluator(PolicySet([load_policy(path, root, load_catalogue(), builtin=False)], [], [root]))


def _inv(things, errors=()):
    return {"schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z", "sources": [],
            "resources": {"thing": things}, "errors": list(errors)}


def test_scope_keeps_only_matching_resources(tmp_path):
    res = _toy(tmp_path).evaluate(_inv([
        {"id": "t1", "name": "t1", "meta": {"kind": "a"}, "good": True},
        {"id": "t2", "name": "t2", "meta": {"kind": "b"}},
        {"id": "t3", "name": "t3", "meta": {"kind": "c"}},
        {"id": "t4", "name": "t4"},
    ]))
    assert {(f["resource"]["id"], f["status"]) for f in res["findings"]} == {("t1", "pass"), ("t2", "fail")}


def test_nothing_in_scope_is_not_applicable(tmp_path):
    res = _toy(tmp_path).evaluate(_inv([{"id": "t3", "name": "t3", "meta": {"kind": "c"}}]))
    [f] = res["findings"]
    assert (f["status"], f["resource"]) == ("not_applicable", None)
    assert f["message"] == "No thing resource in its scope was collected; the control does not apply."


def test_suppressed_resource_is_waived_not_failed(tmp_path):
    res = _toy(tmp_path).evaluate(_inv([
        {"id": "t1", "name": "t1", "meta": {"kind": "a"},
         "suppressed": {"reason": "legacy, retired in Q3", "approver": "jane", "expires": "2027-01-01", "source": "x"}},
    ]))
    [f] = res["findings"]
    assert f["status"] == "waived"
    assert f["waiver"] == {"reason": "legacy, retired in Q3", "approver": "jane", "expires": "2027-01-01", "source": "x"}
    assert f["message"] == "t1: Things are good (waived: legacy, retired in Q3)."
    assert res["gate"]["exit_code"] == 0


def test_error_outranks_suppression(tmp_path):
    err = {"collector": "c", "resource_type": "thing", "resource_id": "t1", "code": "Boom", "message": "x"}
    res = _toy(tmp_path).evaluate(_inv([{"id": "t1", "name": "t1", "meta": {"kind": "a"},
                                         "suppressed": {"reason": "r"}}], [err]))
    assert [f["status"] for f in res["findings"]] == ["error"]


def test_error_naming_a_resource_missing_from_the_inventory_is_an_error_finding(tmp_path):
    errors = [{"collector": "c", "resource_type": "thing", "resource_id": "gone.tf", "code": "ParseError", "message": "bad"},
              {"collector": "c", "resource_type": "thing", "resource_id": "t3", "code": "Other", "message": "out of scope"}]
    res = _toy(tmp_path).evaluate(_inv([{"id": "t1", "name": "t1", "meta": {"kind": "a"}, "good": True},
                                        {"id": "t3", "name": "t3", "meta": {"kind": "c"}}], errors))
    assert {(f["resource"]["id"], f["status"]) for f in res["findings"]} == {("t1", "pass"), ("gone.tf", "error")}
    assert res["gate"]["exit_code"] == 3


@pytest.mark.parametrize("scope", ["[a, b]", "{field: kind}", "{field: kind, in: []}", "{field: kind, in: [a], x: 1}"])
def test_malformed_scope_is_a_policy_error(tmp_path, scope):
    with pytest.raises(PolicyError, match="'scope' must be a mapping"):
        _toy(tmp_path, scope)
