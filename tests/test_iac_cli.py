"""`hipaa-scan collect iac`, `scan iac` and `policy mapping`: in-process and as a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from hipaa_scan.scanner.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "iac"
REPO = Path(__file__).resolve().parents[1]


PROJECT = "tests/fixtures/iac/project"


def test_scan_iac_gates_on_failures_and_writes_reports(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)  # paths are then repository-relative, as GitHub code scanning needs
    code = main(["scan", "iac", PROJECT, "--format", "json,junit", "--out", str(tmp_path), "--pin"])
    assert code == 1
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["gate"]["verdict"] == "failed"
    bastion = f"{PROJECT}/terraform/network.tf:aws_security_group.bastion:CKV_AWS_24"
    [f] = [f for f in results["findings"] if f["resource"] and f["resource"]["id"] == bastion]
    assert (f["control_id"], f["status"]) == ("IAC-NET-01", "fail")
    cases = ET.parse(tmp_path / "junit.xml").getroot().iter("testcase")
    by_name = {c.get("name"): c for c in cases}
    case = by_name[f"IAC-NET-01 {bastion}"]
    assert f"location: {PROJECT}/terraform/network.tf:" in case.find("system-out").text  # junit-10.xsd: no @file
    assert case.find("failure") is not None
    waived = by_name[f"IAC-KMS-01 {PROJECT}/terraform/kms.tf:aws_kms_key.hsm_backed:CKV_AWS_7"]
    assert waived.find("skipped").get("message") == ("waived: Rotated by the HSM runbook RB-12 every 90 days "
                                                     "(approver checkov skip comment)")


def test_scan_iac_broken_file_exits_3_unless_allowed(tmp_path):
    assert main(["scan", "iac", str(FIXTURES / "broken"), "--format", "json", "--out", str(tmp_path / "a")]) == 3
    assert main(["scan", "iac", str(FIXTURES / "broken"), "--format", "json", "--out", str(tmp_path / "b"),
                 "--allow-incomplete"]) == 0


def test_collect_then_evaluate_offline_gives_the_same_verdict(tmp_path):
    inv = tmp_path / "inventory.json"
    assert main(["collect", "iac", str(FIXTURES / "project"), "--framework", "terraform", "-o", str(inv)]) in (0, None)
    doc = json.loads(inv.read_text())
    assert {r["framework"] for r in doc["resources"]["iac_check"]} == {"terraform"}
    assert main(["evaluate", str(inv), "-o", str(tmp_path / "results.json")]) == 1


def test_compliant_tree_passes(tmp_path):
    src = tmp_path / "infra"
    src.mkdir()
    (src / "kms.tf").write_text('resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n')
    assert main(["scan", "iac", str(src), "--format", "json", "--out", str(tmp_path / "out")]) == 0


def test_usage_errors_exit_2(tmp_path):
    assert main(["collect", "iac", str(tmp_path / "missing")]) == 2
    assert main(["scan", "iac", str(tmp_path), "--framework", "helm"]) == 2


def test_policy_mapping_json(capsys):
    assert main(["policy", "mapping", "--json"]) in (0, None)
    out = json.loads(capsys.readouterr().out)
    assert out["summary"] == "315 checkov checks mapped to 21 HIPAA citations through 29 IaC controls"


def test_real_subprocess_scan(tmp_path):
    exe = shutil.which("hipaa-scan", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-c", "from hipaa_scan.scanner.cli import entry; entry()"]
    proc = subprocess.run([*cmd, "scan", "iac", str(FIXTURES / "plan" / "tfplan.json"), "--format", "json",
                           "--out", str(tmp_path)], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 1, proc.stderr
    # stdout is a pipe: the findings as plain lines (no table, no colour codes), file:line first
    assert "unwaived failures and errors at or above low" in proc.stdout.splitlines()[0]
    assert "  FAIL   tests/fixtures/iac/plan/tfplan.json:" in proc.stdout and "\x1b" not in proc.stdout
    assert "gate failed" in proc.stderr


def test_pre_commit_hook_is_declared():
    import yaml

    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "hipaa-scan-iac"
    assert hook["entry"].startswith("hipaa-scan scan iac")
    assert hook["pass_filenames"] is False


def test_sarif_points_at_repository_relative_file_and_lines(tmp_path, monkeypatch):
    import jsonschema

    monkeypatch.chdir(REPO)
    assert main(["scan", "iac", PROJECT, "--format", "sarif", "--out", str(tmp_path), "--pin"]) == 1
    [sarif_file] = list(tmp_path.glob("*.sarif*"))
    sarif = json.loads(sarif_file.read_text())
    schema = json.loads((REPO / "tests" / "specs" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(sarif, schema)
    [run] = sarif["runs"]
    hits = [r for r in run["results"] if r["ruleId"] == "IAC-NET-01"
            and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == f"{PROJECT}/terraform/network.tf"]
    assert len(hits) == 1
    loc = hits[0]["locations"][0]
    assert loc["physicalLocation"]["region"] == {"startLine": 1, "endLine": 12}
    assert loc["logicalLocations"][0]["name"] == "aws_security_group.bastion"


def test_relative_to_option_and_outside_cwd_default(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    inv = tmp_path / "a.json"
    assert main(["collect", "iac", PROJECT, "--framework", "kubernetes", "--relative-to", PROJECT,
                 "-o", str(inv)]) in (0, None)
    assert {r["file"] for r in json.loads(inv.read_text())["resources"]["iac_check"]} == {
        "kubernetes/kube-apiserver.yaml", "kubernetes/workloads.yaml"}
    outside = tmp_path / "infra"
    shutil.copytree(FIXTURES / "project" / "kubernetes", outside)
    assert main(["collect", "iac", str(outside), "-o", str(tmp_path / "b.json")]) in (0, None)
    assert {r["file"] for r in json.loads((tmp_path / "b.json").read_text())["resources"]["iac_check"]} == {
        "kube-apiserver.yaml", "workloads.yaml"}
