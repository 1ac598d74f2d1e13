"""The CI-facing outputs: GitLab Code Quality and the GitLab CI template, OCSF and ASFF (each
against its published schema or model), SARIF for GitHub code scanning, the console table."""

from __future__ import annotations

import json
import re
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


# ---------------------------------------------------------------- SARIF for GitHub code scanning
def github_problems(log: dict) -> list[str]:
    """GitHub's documented rules for an uploaded SARIF file ("SARIF support for code scanning",
    "SARIF results exceed limits"): the hard limits, a ruleId naming a rule, a known level, a
    physical location with a region for every result, an absolute helpUri, gzip ≤ 10 MB."""
    import gzip
    from urllib.parse import urlparse

    problems = []
    if len(gzip.compress(json.dumps(log).encode())) > 10 * 1024 * 1024:
        problems.append("larger than 10 MB gzip-compressed")
    if len(log["runs"]) > 20:
        problems.append("more than 20 runs")
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        ids = [r["id"] for r in rules]
        if len(rules) > 25000 or len(run["results"]) > 25000:
            problems.append("more than 25,000 rules or results")
        for r in rules:
            if len(r.get("properties", {}).get("tags", [])) > 20:
                problems.append(f"{r['id']}: more than 20 tags")
            uri = urlparse(r.get("helpUri", ""))
            if uri.scheme != "https" or not uri.netloc:
                problems.append(f"{r['id']}: helpUri {r.get('helpUri')!r} is not an absolute https URL")
            if not r.get("help", {}).get("text") or not r.get("shortDescription", {}).get("text"):
                problems.append(f"{r['id']}: no help or short description")
        for res in run["results"]:
            where = f"{res.get('ruleId')}"
            if res.get("ruleId") not in ids or ids[res["ruleIndex"]] != res["ruleId"]:
                problems.append(f"{where}: ruleId/ruleIndex names no rule")
            if res.get("level") not in ("none", "note", "warning", "error"):
                problems.append(f"{where}: level {res.get('level')!r}")
            if res.get("kind", "fail") != "fail" and res.get("level") != "none":
                problems.append(f"{where}: kind {res['kind']} needs level none")
            if not res.get("message", {}).get("text") or "\n" in res["message"]["text"]:
                problems.append(f"{where}: message is not one line")
            locs = res.get("locations") or []
            if not locs or len(locs) > 1000:
                problems.append(f"{where}: no location (or more than 1,000)")
            for loc in locs:
                phys = loc.get("physicalLocation") or {}
                if not phys.get("artifactLocation", {}).get("uri") or urlparse(phys["artifactLocation"]["uri"]).scheme:
                    problems.append(f"{where}: no relative artifact uri")
                if not isinstance(phys.get("region", {}).get("startLine"), int):
                    problems.append(f"{where}: no region.startLine")
            fp = res.get("partialFingerprints", {}).get("primaryLocationLineHash", "")
            if not re.fullmatch(r"[0-9a-f]{16}:\d+", fp):
                problems.append(f"{where}: primaryLocationLineHash {fp!r}")
    return problems


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads((SPECS / "sarif-schema-2.1.0.json").read_text())
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _html_error_results() -> dict:
    doc = fixture_results()
    for f in doc["findings"]:
        if f["status"] == "error":
            f["message"] = "Could not read: DescribeVolumes 502: <html><head><title>502 Bad Gateway</title></head>" \
                           "<body>" + "<p>junk</p>" * 300 + "</body></html>"
    doc["errors"][0]["message"] = "<html><body><h1>Bad Gateway</h1></body></html>"
    return doc


def test_sarif_meets_githubs_upload_rules_and_the_schema(sarif_validator):
    from hipaa_scan.reports import sarif

    log = sarif.build(_html_error_results())
    assert list(sarif_validator.iter_errors(log)) == []
    assert github_problems(log) == []
    run = log["runs"][0]
    by_status = {r["properties"]["status"]: r for r in run["results"]}
    rds = next(r for r in run["results"] if r["ruleId"] == "AWS-RDS-02")
    assert rds["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    err = by_status["error"]
    assert err["kind"] == "review" and err["level"] == "none" and "<" not in err["message"]["text"]
    assert err["message"]["text"].endswith("DescribeVolumes 502: 502 Bad Gateway: junk")
    inv = run["invocations"][0]
    assert inv["exitCode"] == 1 and inv["executionSuccessful"] is False  # gate failed and something was unread
    assert inv["toolExecutionNotifications"][0]["message"]["text"].endswith("Bad Gateway")
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "AWS-S3-01")
    assert rule["helpUri"] == "https://www.ecfr.gov/current/title-45/section-164.312"
    # mutations GitHub would reject are caught
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"].pop("region")
    bad["runs"][0]["results"][1]["ruleId"] = "NOPE"
    bad["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] = "ecfr"
    assert len(github_problems(bad)) == 3


def test_sarif_iac_line_hash_survives_moved_lines_and_clean_runs_succeed():
    from hipaa_scan.reports import sarif

    a = fixture_results()
    b = json.loads(json.dumps(a))
    for f in b["findings"]:
        if (f.get("evidence") or {}).get("line_range"):
            f["evidence"]["line_range"] = [30, 40]
    ha = {r["ruleId"] + r["properties"]["resource"]["id"]: r["partialFingerprints"]["primaryLocationLineHash"]
          for r in sarif.build(a)["runs"][0]["results"]}
    hb = {r["ruleId"] + r["properties"]["resource"]["id"]: r["partialFingerprints"]["primaryLocationLineHash"]
          for r in sarif.build(b)["runs"][0]["results"]}
    assert ha == hb and len(set(ha.values())) == len(ha)
    clean = fixture_results()
    clean["findings"] = [f for f in clean["findings"] if f["status"] in ("pass", "not_applicable")]
    clean["errors"] = []
    clean["gate"] = {"fail_on": "high", "verdict": "passed", "exit_code": 0}
    inv = sarif.build(clean)["runs"][0]["invocations"][0]
    assert inv["exitCode"] == 0 and inv["executionSuccessful"] is True and "toolExecutionNotifications" not in inv


def test_sarif_keeps_the_worst_results_under_githubs_limit(monkeypatch):
    from hipaa_scan.reports import sarif

    monkeypatch.setattr(sarif, "MAX_RESULTS", 3)
    run = sarif.build(fixture_results())["runs"][0]
    assert len(run["results"]) == 3 and {r["properties"]["status"] for r in run["results"]} == {"fail"}
    assert "results were left out" in run["invocations"][0]["toolExecutionNotifications"][-1]["message"]["text"]


# ---------------------------------------------------------------- OCSF and ASFF
def _strict(schema: dict) -> dict:
    """The models' JSON Schema with unknown keys refused (a misspelt OCSF attribute fails)."""
    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(schema)
    return schema


@pytest.fixture(scope="module")
def ocsf_validator():
    from py_ocsf_models.events.findings.compliance_finding import ComplianceFinding

    schema = _strict(ComplianceFinding.model_json_schema())
    jsonschema.Draft202012Validator.check_schema(schema)
    return ComplianceFinding, jsonschema.Draft202012Validator(schema)


def test_ocsf_compliance_findings_validate_against_the_ocsf_models(ocsf_validator, tmp_path):
    from hipaa_scan.reports import ocsf

    model, validator = ocsf_validator
    assert main(["report", str(FIXTURE), "--format", "ocsf", "--out", str(tmp_path)]) == 0
    events = json.loads((tmp_path / ocsf.FILENAME).read_text())
    doc = fixture_results()
    assert len(events) == sum(1 for f in doc["findings"] if f["resource"] and f["status"] != "not_applicable")
    for e in events:
        assert [err.message for err in validator.iter_errors(e)] == []
        model.model_validate(e)
        assert e["class_uid"] == 2003 and e["type_uid"] == 200301 and "unmapped" not in e
    s301 = next(e for e in events if e["compliance"]["control"].startswith("AWS-S3-01:")
                and e["resources"][0]["name"] == HOSTILE)
    assert s301["compliance"]["requirements"] == ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
    assert s301["compliance"]["standards"] == [ocsf.STANDARD] and s301["compliance"]["status_id"] == 3
    assert s301["severity_id"] == 4 and s301["status_code"] == "FAIL"
    waived = next(e for e in events if e["status_code"] == "WAIVED")
    assert waived["status_id"] == 3 and waived["compliance"]["status_id"] == 3
    err = next(e for e in events if e["status_code"] == "ERROR")
    assert err["compliance"]["status_id"] == 2
    iac = next(e for e in events if e["compliance"]["control"].startswith("IAC-ENC-01:") and e["status_code"] == "FAIL")
    assert iac["resources"][0]["data"]["file_path"] == "terraform/storage.tf"
    assert iac["time"] == 1795341600000  # the pinned collection time, 2026-11-22T10:00:00Z
    # the check bites
    bad = json.loads(json.dumps(s301))
    bad["compliance"]["requirement"] = bad["compliance"].pop("requirements")
    bad["severity_id"] = 7
    assert len(list(validator.iter_errors(bad))) == 2


def test_asff_validates_against_botocores_securityhub_model(tmp_path):
    from botocore.session import get_session
    from botocore.validate import ParamValidator

    from hipaa_scan.reports import asff

    assert main(["report", str(FIXTURE), "--format", "asff", "--out", str(tmp_path)]) == 0
    findings = json.loads((tmp_path / asff.FILENAME).read_text())
    model = get_session().get_service_model("securityhub")
    shape = model.operation_model("BatchImportFindings").input_shape
    for i in range(0, len(findings), 100):  # BatchImportFindings takes at most 100 findings per call
        report = ParamValidator().validate({"Findings": findings[i:i + 100]}, shape)
        assert not report.has_errors(), report.generate_report()
    assert len({f["Id"] for f in findings}) == len(findings)
    s301 = next(f for f in findings if f["GeneratorId"] == "hipaa-scan/AWS-S3-01" and f["Compliance"]["Status"] == "FAILED"
                and f["Workflow"]["Status"] == "NEW")
    assert s301["Compliance"]["RelatedRequirements"] == ["HIPAA Security Rule 164.312(a)(2)(iv)",
                                                         "HIPAA Security Rule 164.310(d)(2)(iv)"]
    assert s301["Resources"][0]["Type"] == "AwsS3Bucket" and s301["AwsAccountId"] == "123456789012"
    assert s301["ProductArn"] == "arn:aws:securityhub:us-east-1:123456789012:product/123456789012/default"
    iac = next(f for f in findings if f["GeneratorId"] == "hipaa-scan/IAC-ENC-01" and f["Compliance"]["Status"] == "FAILED")
    assert iac["AwsAccountId"] == "123456789012"  # the scan's AWS account (the IaC resource has none)
    assert iac["Resources"][0]["Details"]["Other"]["file_path"] == "terraform/storage.tf"
    assert {f["Workflow"]["Status"] for f in findings} == {"NEW", "SUPPRESSED", "RESOLVED"}
    assert all(len(f["Title"]) <= 256 and len(f["Description"]) <= 1024 for f in findings)
    bad = json.loads(json.dumps(findings[0]))
    del bad["AwsAccountId"]
    bad["Severity"]["Label"] = 5
    report = ParamValidator().validate({"Findings": [bad]}, shape)
    assert report.has_errors() and "AwsAccountId" in report.generate_report()
