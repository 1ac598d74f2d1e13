"""The CI-facing outputs: GitLab Code Quality and the GitLab CI template, OCSF and ASFF (each
against its published schema or model), SARIF for GitHub code scanning, the console table."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from hipaa_scan import reports
from hipaa_scan.reports import codequality
from hipaa_scan.scanner.cli import main
from tests.reports_data import FIXTURE, HOSTILE, fixture_results

ROOT = Path(__file__).resolve().parent.parent
SPECS = Path(__file__).resolve().parent / "specs"


def _validator(name: str) -> jsonschema.Draft7Validator:
    schema = json.loads((SPECS / name).read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


@pytest.fixture(scope="module")
def codequality_validator():
    return _validator("gitlab-codequality.schema.json")


# ---------------------------------------------------------------- GitLab Code Quality
def test_codequality_matches_gitlabs_format(codequality_validator):
    doc = fixture_results()
    issues = codequality.build(doc)
    assert list(codequality_validator.iter_errors(issues)) == []
    expected = {(f["control_id"], f["resource"]["id"]) for f in doc["findings"] if f["status"] in ("fail", "error")}
    assert len(issues) == len(expected) == 5  # 4 fail + 1 error; the waived one is left out
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    iac = next(i for i in issues if i["check_name"] == "IAC-ENC-01")
    assert iac["location"] == {"path": "terraform/storage.tf", "lines": {"begin": 3, "end": 9}}
    assert iac["severity"] == "major" and "164.312(a)(2)(iv)" in iac["description"]
    rds = next(i for i in issues if i["check_name"] == "AWS-RDS-02")
    assert rds["location"] == {"path": "hipaa-scan-resources/aws_rds_instance/"
                                       "arn:aws:rds:us-east-1:123456789012:db:reporting", "lines": {"begin": 1}}
    err = next(i for i in issues if "collection error" in i["description"])
    assert err["description"].startswith(f"{err['check_name']} [")
    assert all("\n" not in i["description"] for i in issues)


def test_codequality_schema_check_bites(codequality_validator):
    issues = codequality.build(fixture_results())
    issues[0]["severity"] = "high"
    del issues[1]["location"]["lines"]
    issues[2]["location"]["path"] = "/abs/path.tf"
    assert len(list(codequality_validator.iter_errors(issues))) == 3


def test_codequality_on_the_cli(tmp_path, codequality_validator):
    assert main(["report", str(FIXTURE), "--format", "codequality", "--out", str(tmp_path)]) == 0
    issues = json.loads((tmp_path / codequality.FILENAME).read_text())
    assert list(codequality_validator.iter_errors(issues)) == [] and len(issues) == 5
    assert any(HOSTILE in i["location"]["path"] for i in issues)  # JSON carries it as data, escaped by json


def test_gitlab_template_publishes_junit_and_codequality():
    path = ROOT / "ci" / "gitlab" / "hipaa-scan.gitlab-ci.yml"
    doc = yaml.safe_load(path.read_text())
    job = doc["hipaa-scan"]
    # the keys GitLab documents for a job and its artifacts (docs.gitlab.com/ci/yaml/)
    assert set(job) <= {"stage", "image", "script", "artifacts", "variables", "rules", "allow_failure"}
    art = job["artifacts"]
    assert art["when"] == "always"
    assert set(art) <= {"when", "expire_in", "expose_as", "paths", "reports", "name"}
    assert art["reports"] == {"junit": "hipaa-out/junit.xml",
                              "codequality": f"hipaa-out/{codequality.FILENAME}"}
    script = "\n".join(job["script"])
    assert "codequality" in script and "junit" in script and "|| code=$?" in script and "exit $code" in script
    for name in ("junit", "codequality"):
        assert reports.writer(name).FILENAME in art["reports"][name]
