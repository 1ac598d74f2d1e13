"""collectors/iac: checkov (as a library) → iac_check resources and inventory errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hipaa_scan.collectors.iac import collect
from hipaa_scan.scanner.errors import CollectorError
from hipaa_scan.scanner.inventory import InventoryBuilder, validate

FIXTURES = Path(__file__).parent / "fixtures" / "iac"


def _collect(path, frameworks=None) -> dict:
    builder = InventoryBuilder()
    collect(path, builder, frameworks)
    doc = builder.document()
    validate(doc, "inventory", str(path))
    return doc


@pytest.fixture(scope="module")
def project() -> dict:
    return _collect(FIXTURES / "project")


@pytest.fixture(scope="module")
def checks(project) -> dict[str, dict]:
    return {r["id"]: r for r in project["resources"]["iac_check"]}


def test_project_has_no_collection_errors(project):
    assert project["errors"] == []
    assert project["sources"][0]["collector"] == "iac"
    assert project["sources"][0]["frameworks"] == ["terraform", "cloudformation", "kubernetes", "terraform_plan"]


def test_terraform_failed_check_is_recorded_with_file_lines_and_fields(checks):
    r = checks["terraform/storage.tf:aws_s3_bucket.scratch:CKV_AWS_145"]
    assert r == {
        "id": "terraform/storage.tf:aws_s3_bucket.scratch:CKV_AWS_145",
        "name": "aws_s3_bucket.scratch",
        "check_id": "CKV_AWS_145",
        "check_name": "Ensure that S3 buckets are encrypted with KMS by default",
        "result": "failed",
        "resource_address": "aws_s3_bucket.scratch",
        "framework": "terraform",
        "file": "terraform/storage.tf",
        "file_path": "terraform/storage.tf",
        "start_line": 41,
        "end_line": 43,
        "line_range": [41, 43],
        "tags": {},
    }


def test_passed_check_of_compliant_resource(checks):
    r = checks["terraform/compute.tf:aws_instance.api:CKV_AWS_79"]
    assert (r["result"], r["start_line"], r["end_line"]) == ("passed", 1, 13)
    assert checks["terraform/compute.tf:aws_instance.legacy:CKV_AWS_79"]["result"] == "failed"
    assert checks["terraform/compute.tf:aws_instance.legacy:CKV_AWS_79"]["line_range"] == [15, 18]


def test_tags_known_to_checkov_reach_every_check_of_the_resource(checks):
    ids = [i for i in checks if i.startswith("terraform/storage.tf:aws_s3_bucket.phi_images:")]
    assert len(ids) > 5
    assert {checks[i].get("tags", {}).get("phi") for i in ids} == {"true"}


def test_module_resources_point_at_the_module_file_per_instance(checks):
    enc = "terraform/modules/database/main.tf:module.{}.aws_db_instance.this:CKV_AWS_16"
    assert checks[enc.format("records_db")]["result"] == "passed"
    reports = checks[enc.format("reports_db")]
    assert (reports["result"], reports["file"], reports["line_range"]) == (
        "failed", "terraform/modules/database/main.tf", [13, 21])
    assert reports["module_caller"] == "terraform/main.tf"
    backup = "terraform/modules/database/main.tf:module.{}.aws_db_instance.this:CKV_AWS_133"
    assert checks[backup.format("records_db")]["result"] == "passed"
    assert checks[backup.format("reports_db")]["result"] == "failed"


def test_skip_comment_is_recorded_with_its_reason(checks):
    r = checks["terraform/kms.tf:aws_kms_key.hsm_backed:CKV_AWS_7"]
    assert r["result"] == "skipped"
    assert r["suppressed"] == {"reason": "Rotated by the HSM runbook RB-12 every 90 days",
                               "approver": "checkov skip comment", "source": "checkov"}
    assert r["line_range"] == [10, 13]
    assert checks["terraform/kms.tf:aws_kms_key.legacy:CKV_AWS_7"]["result"] == "failed"
    assert checks["terraform/kms.tf:aws_kms_key.data:CKV_AWS_7"]["result"] == "passed"
    assert "suppressed" not in checks["terraform/kms.tf:aws_kms_key.legacy:CKV_AWS_7"]


def test_cloudformation_yaml_and_json(checks):
    bad = checks["cloudformation/storage.yaml:AWS::EC2::Volume.ScratchVolume:CKV_AWS_3"]
    good = checks["cloudformation/storage.yaml:AWS::EC2::Volume.PhiVolume:CKV_AWS_3"]
    assert (bad["result"], bad["line_range"], bad["framework"]) == ("failed", [10, 14], "cloudformation")
    assert (good["result"], good["line_range"]) == ("passed", [4, 9])
    rdp = checks["cloudformation/network.json:AWS::EC2::SecurityGroup.RdpOpen:CKV_AWS_25"]
    assert (rdp["result"], rdp["line_range"]) == ("failed", [5, 13])
    assert checks["cloudformation/network.json:AWS::SNS::Topic.PhiTopic:CKV_AWS_26"]["result"] == "passed"


def test_kubernetes_manifests(checks):
    pod = checks["kubernetes/workloads.yaml:Pod.clinic.debug-shell:CKV_K8S_16"]
    dep = checks["kubernetes/workloads.yaml:Deployment.clinic.records-api:CKV_K8S_16"]
    assert (pod["result"], pod["line_range"], pod["framework"]) == ("failed", [1, 12], "kubernetes")
    assert (dep["result"], dep["line_range"]) == ("passed", [13, 42])


def test_framework_filter():
    doc = _collect(FIXTURES / "project", "kubernetes")
    assert {r["framework"] for r in doc["resources"]["iac_check"]} == {"kubernetes"}
    assert {r["file"] for r in doc["resources"]["iac_check"]} == {"kubernetes/kube-apiserver.yaml",
                                                                  "kubernetes/workloads.yaml"}


def test_terraform_plan_json_file():
    doc = _collect(FIXTURES / "plan" / "tfplan.json")
    checks = {r["id"]: r for r in doc["resources"]["iac_check"]}
    enc = checks["tfplan.json:aws_db_instance.claims:CKV_AWS_16"]
    assert (enc["result"], enc["framework"], enc["line_range"]) == ("failed", "terraform_plan", [13, 22])
    assert enc["tags"] == {"phi": "true"}
    assert checks["tfplan.json:aws_db_instance.claims:CKV_AWS_17"]["result"] == "failed"
    assert checks["tfplan.json:aws_cloudwatch_log_group.audit:CKV_AWS_66"]["result"] == "passed"
    assert doc["errors"] == []


def test_unparsable_file_is_an_inventory_error_and_the_rest_is_still_checked():
    doc = _collect(FIXTURES / "broken")
    assert doc["errors"] == [{
        "collector": "iac", "resource_type": "iac_check", "account": None, "region": None,
        "resource_id": "bad.tf", "field": None, "operation": "checkov terraform parse", "code": "ParseError",
        "message": "checkov (terraform) could not parse bad.tf; its resources were not checked",
    }]
    ids = {r["id"] for r in doc["resources"]["iac_check"]}
    assert "good.tf:aws_kms_key.ok:CKV_AWS_7" in ids
    assert not any(i.startswith("bad.tf:") for i in ids)


def test_checkov_crash_is_an_inventory_error(monkeypatch):
    from checkov.common.runners.runner_registry import RunnerRegistry

    def boom(self, *a, **k):
        raise RuntimeError("graph builder exploded")

    monkeypatch.setattr(RunnerRegistry, "run", boom)
    builder = InventoryBuilder()
    collect(FIXTURES / "broken", builder)
    doc = builder.document()
    assert doc["resources"] == {}
    assert [(e["code"], e["message"], e["resource_id"]) for e in doc["errors"]] == [
        ("CheckovCrash:RuntimeError", "graph builder exploded", None)]


def test_missing_checkov_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "checkov.common.runners.runner_registry", None)
    with pytest.raises(CollectorError) as exc:
        collect(FIXTURES / "broken", InventoryBuilder())
    assert str(exc.value) == "checkov is not installed; run: pip install 'hipaa-scan[iac]'"


def test_missing_path_and_unknown_framework_are_usage_errors(tmp_path):
    with pytest.raises(CollectorError, match="path does not exist"):
        collect(tmp_path / "nope", InventoryBuilder())
    with pytest.raises(CollectorError, match="unknown IaC framework helm"):
        collect(tmp_path, InventoryBuilder(), "terraform,helm")
