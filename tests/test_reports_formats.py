"""SARIF against the official 2.1.0 schema, JUnit against the Jenkins junit-10.xsd, CSV
parsed back, the Markdown golden file and its size limit, the registry and PDF."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from hipaa_scan import reports
from hipaa_scan.reports import csv_report, junit, markdown, pdf, sarif
from hipaa_scan.scanner.cli import main
from hipaa_scan.scanner.evaluate import summarize
from tests.reports_data import FIXTURE, HOSTILE, fixture_results, live_results

SPECS = Path(__file__).resolve().parent / "specs"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads((SPECS / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def junit_schema():
    return xmlschema.XMLSchema(str(SPECS / "junit-10.xsd"))


# ---------------------------------------------------------------- SARIF
def test_sarif_is_valid_against_the_official_schema(sarif_validator):
    for doc in (fixture_results(), live_results()):
        log = sarif.build(doc)
        errors = sorted(sarif_validator.iter_errors(log), key=lambda e: list(e.path))
        assert errors == [], errors[0].message if errors else ""


def test_sarif_schema_check_bites(sarif_validator):
    log = sarif.build(fixture_results())
    del log["runs"][0]["results"][0]["message"]
    log["runs"][0]["results"][1]["level"] = "fatal"
    assert len(list(sarif_validator.iter_errors(log))) == 2


def test_sarif_rules_results_and_locations():
    doc = fixture_results()
    run = sarif.build(doc)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(c["id"] for c in doc["controls"])
    s301 = next(r for r in rules if r["id"] == "AWS-S3-01")
    assert s301["name"] == "S3BucketsEncryptDataAtRest"
    assert s301["properties"]["tags"] == ["hipaa", "security", "compliance", "164.312(a)(2)(iv)",
                                          "164.310(d)(2)(iv)", "severity:high"]
    assert s301["defaultConfiguration"]["level"] == "error"
    assert "164.312(a)(2)(iv) Encryption and decryption (Addressable)" in s301["help"]["text"]
    assert "Remediation: Enable default encryption" in s301["help"]["text"]
    results = run["results"]
    by = {(r["ruleId"], r["properties"]["resource"].get("id")): r for r in results}
    expected = {(f["control_id"], f["resource"]["id"]) for f in doc["findings"]
                if f["status"] in ("fail", "error", "waived", "baseline")}
    assert set(by) == expected and len(results) == 6  # 4 fail, 1 error, 1 waived
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    iac = by[("IAC-ENC-01", "terraform/storage.tf:aws_s3_bucket.phi:CKV_AWS_19")]
    assert iac["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "terraform/storage.tf"},
                                                       "region": {"startLine": 3, "endLine": 9}}
    assert iac["level"] == "error"
    rds = by[("AWS-RDS-02", "arn:aws:rds:us-east-1:123456789012:db:reporting")]
    arn = "arn:aws:rds:us-east-1:123456789012:db:reporting"
    assert rds["locations"][0]["logicalLocations"] == [{"name": "reporting", "kind": "resource",
                                                        "fullyQualifiedName": arn}]
    assert rds["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "hipaa-scan-resources/aws_rds_instance/arn%3Aaws%3Ards%3Aus-east-1%3A123456789012%3Adb%3Areporting")
    hostile = by[("AWS-S3-01", f"arn:aws:s3:::{HOSTILE}")]
    assert " " not in hostile["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    err = next(r for r in results if r["properties"]["status"] == "error")
    assert err["kind"] == "review" and err["level"] == "none"
    assert err["message"]["text"].startswith("Not evaluated (collection error): ")
    waived = by[("AWS-S3-01", "arn:aws:s3:::legacy-logs")]
    assert waived["suppressions"] == [{"kind": "external", "status": "accepted", "justification":
                                       "Read-only legacy bucket, deleted with the Q3 migration.; approver: "
                                       "jane.doe@example.com; ticket: SEC-123; expires: 2027-03-31"}]
    assert "suppressions" not in rds
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "AccessDenied" in notes[0]["message"]["text"]


def test_sarif_fingerprints_are_stable_and_distinct():
    a = fixture_results()
    b = copy.deepcopy(a)
    b["scan"]["id"] = "another-run"
    for f in b["findings"]:
        f["message"] = "reworded: " + f["message"]
        if (f.get("evidence") or {}).get("line_range"):
            f["evidence"]["line_range"] = [30, 40]  # the resource moved down the file
    fa = {(r["ruleId"], r["properties"]["resource"]["id"]): r["partialFingerprints"]
          for r in sarif.build(a)["runs"][0]["results"]}
    fb = {(r["ruleId"], r["properties"]["resource"]["id"]): r["partialFingerprints"]
          for r in sarif.build(b)["runs"][0]["results"]}
    assert fa == fb
    values = [v[sarif.FINGERPRINT_KEY] for v in fa.values()]
    assert len(set(values)) == len(values) and all(len(v) == 32 for v in values)


# ---------------------------------------------------------------- JUnit
@pytest.mark.parametrize("group", ["control", "citation"])
def test_junit_is_valid_against_the_jenkins_xsd(junit_schema, group, tmp_path):
    for doc in (fixture_results(), live_results()):
        path = tmp_path / f"{group}.xml"
        junit.write(doc, path, group=group)
        junit_schema.validate(str(path))


def test_junit_schema_check_bites(junit_schema):
    root = junit.build(fixture_results())
    root.find("testsuite/testcase").set("file", "terraform/main.tf")  # not in junit-10.xsd
    assert not junit_schema.is_valid(ET.tostring(root, encoding="unicode"))


def test_junit_per_control():
    doc = fixture_results()
    root = ET.fromstring(junit.render(doc, "control"))
    suites = root.findall("testsuite")
    assert len(suites) == len(doc["controls"])
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(doc["findings"]) == int(root.get("tests"))
    assert len(root.findall(".//failure")) == 4 == int(root.get("failures"))
    assert len(root.findall(".//error")) == 1 == int(root.get("errors"))
    suite = next(s for s in suites if s.get("name").startswith("AWS-S3-01:"))
    props = {p.get("name"): p.get("value") for p in suite.findall("properties/property")}
    assert props["hipaa"] == "164.312(a)(2)(iv), 164.310(d)(2)(iv)" and props["severity"] == "high"
    assert props["remediation"].startswith("Enable default encryption")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("3", "1", "1")
    names = [c.get("name") for c in suite.findall("testcase")]
    assert names == [f"AWS-S3-01 arn:aws:s3:::{HOSTILE}", "AWS-S3-01 arn:aws:s3:::legacy-logs",
                     "AWS-S3-01 arn:aws:s3:::phi-images"]
    skipped = suite.findall("testcase/skipped")
    assert [s.get("message") for s in skipped] == [
        "waived W-001: Read-only legacy bucket, deleted with the Q3 migration. "
        "(approver jane.doe@example.com, ticket SEC-123, expires 2027-03-31)"]
    na = next(c for c in cases if c.get("name") == "AWS-CT-01 (no resource in scope)")
    assert na.find("skipped").get("message").startswith("not applicable: No aws_account resource")
    fail = next(c for c in cases if c.find("failure") is not None and "reporting" in c.get("name"))
    assert fail.find("failure").get("type") == "critical"
    assert "account: 123456789012" in fail.find("system-out").text
    # Stable names: the same document renders the same bytes.
    assert junit.render(doc, "control") == junit.render(fixture_results(), "control")


def test_junit_per_citation():
    doc = fixture_results()
    root = ET.fromstring(junit.render(doc, "citation"))
    suites = root.findall("testsuite")
    assert len(suites) == 61
    enc = next(s for s in suites if s.get("name").startswith("164.312(a)(2)(iv) "))
    assert enc.get("name") == "164.312(a)(2)(iv) Encryption and decryption (Addressable)"
    cases = [c.get("name") for c in enc.findall("testcase")]
    assert f"AWS-S3-01 arn:aws:s3:::{HOSTILE}" in cases
    assert "IAC-ENC-01 terraform/storage.tf:aws_s3_bucket.phi:CKV_AWS_19" in cases
    sanction = next(s for s in suites if s.get("name").startswith("164.308(a)(1)(ii)(C) "))
    [case] = sanction.findall("testcase")
    assert case.get("name") == "164.308(a)(1)(ii)(C) attestation"
    assert case.find("skipped") is None and "attested: Jane Doe" in case.find("system-out").text
    manual = next(s for s in suites if s.get("name").startswith("164.316(b)(1) "))
    [case] = manual.findall("testcase")
    assert case.find("skipped").get("message").startswith("manual: ")
    props = {p.get("name"): p.get("value") for p in manual.findall("properties/property")}
    assert props["status"] == "manual" and props["requirement"] == "Required"


def test_junit_group_option_on_the_cli(tmp_path):
    code = main(["report", str(FIXTURE), "--format", "junit", "--junit-group", "citation", "--out", str(tmp_path)])
    assert code == 0
    assert len(ET.parse(tmp_path / "junit.xml").getroot().findall("testsuite")) == 61
    assert main(["report", str(FIXTURE), "--format", "junit", "--junit-group", "resource",
                 "--out", str(tmp_path / "x")]) == 2


# ---------------------------------------------------------------- CSV
def test_csv_parses_back_one_row_per_finding(tmp_path):
    doc = fixture_results()
    doc["findings"][0]["resource"] = dict(doc["findings"][0]["resource"] or {"type": "t", "id": "x"},
                                          name='=HYPERLINK("http://evil","x")')
    path = tmp_path / "findings.csv"
    csv_report.write(doc, path)
    raw = path.read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert len(rows) == len(doc["findings"])
    assert list(rows[0]) == list(csv_report.COLUMNS)
    assert [r["status"] for r in rows[:6]] == ["fail"] * 4 + ["error", "waived"]
    assert rows[0]["control_id"] == "AWS-RDS-02" and rows[0]["severity"] == "critical"
    hostile = next(r for r in rows if r["resource_name"] == HOSTILE)
    assert hostile["resource_id"] == f"arn:aws:s3:::{HOSTILE}"
    assert hostile["hipaa"] == "164.312(a)(2)(iv); 164.310(d)(2)(iv)"
    waived = next(r for r in rows if r["status"] == "waived")
    assert (waived["waiver_approver"], waived["waiver_ticket"], waived["waiver_expires"]) == (
        "jane.doe@example.com", "SEC-123", "2027-03-31")
    iac = next(r for r in rows if r["control_id"] == "IAC-ENC-01" and r["status"] == "fail")
    assert iac["location"] == "terraform/storage.tf:3" and json.loads(iac["evidence"])["line_range"] == [3, 9]
    assert any(r["resource_name"] == "'=HYPERLINK(\"http://evil\",\"x\")" for r in rows)  # formula defused


# ---------------------------------------------------------------- Markdown
def test_markdown_golden():
    text = markdown.render(fixture_results())
    golden = GOLDEN / "summary.md"
    assert text == golden.read_text(encoding="utf-8"), "regenerate: python tests/reports_data.py --golden"


def test_markdown_escapes_table_breakers():
    doc = fixture_results()
    f = next(f for f in doc["findings"] if f["status"] == "fail")
    f["message"] = "a | b\nc <script> `x` [link](http://evil)"
    line = next(ln for ln in markdown.render(doc).splitlines() if "a \\| b" in ln)
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    assert len(cells) == 5 and cells[4].strip().startswith("a \\| b c")  # still five cells
    assert "<script>" not in line and "\\<script\\>" in line and "\\[link\\]" in line


def test_markdown_stays_under_the_comment_limit():
    doc = fixture_results()
    template = next(f for f in doc["findings"] if f["status"] == "fail")
    many = []
    for i in range(10_000):
        f = copy.deepcopy(template)
        f["resource"]["id"] = f"arn:aws:rds:us-east-1:123456789012:db:instance-{i:05d}"
        f["control_id"] = f"AWS-X-{i % 400:03d}"
        many.append(f)
    doc["findings"] = many + doc["findings"]
    doc["summary"] = summarize(doc["findings"])
    text = markdown.render(doc)
    assert len(text) <= markdown.LIMIT
    assert text.startswith("## ❌ HIPAA Security Rule scan: gate failed")
    assert "| 10004 | 1 | 1 | 20 | 100 | 10126 |" in text  # the counts survive
    assert "more failing resources not shown" in text
    assert "### ⚠️ Incomplete" in text and "AccessDenied" in text  # errors are kept
    assert text.rstrip().endswith("</sub>")


# ---------------------------------------------------------------- registry, PDF
def test_html_footer_names_the_sha256_of_results_json(tmp_path):
    written = reports.write_reports(fixture_results(), tmp_path, ["html", "json"])
    assert [p.name for p in written] == ["report.html", "results.json"]
    sha = hashlib.sha256((tmp_path / "results.json").read_bytes()).hexdigest()
    assert f'<code id="sha-results">{sha}</code>' in (tmp_path / "report.html").read_text()
    assert (tmp_path / "results.json").read_bytes() == FIXTURE.read_bytes()  # same bytes as write_json
    alone = tmp_path / "alone.html"
    reports.writer("html").write(fixture_results(), alone)
    assert f'<code id="sha-results">{sha}</code>' in alone.read_text()



def test_registry_lists_every_format():
    assert reports.formats() == ["json", "junit", "html", "sarif", "markdown", "csv", "codequality", "ocsf", "asff",
                                 "pdf"]
    for name in reports.formats():
        mod = reports.writer(name)
        assert mod.NAME == name and mod.FILENAME and mod.DESCRIPTION


def test_pdf_without_chromium_is_one_clear_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HIPAA_SCAN_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with pytest.raises(pdf.RendererMissing) as exc:
        reports.parse_formats("html,pdf")
    assert exc.value.exit_code == 2
    code = main(["report", str(FIXTURE), "--format", "html,pdf", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and not (tmp_path / "out").exists()
    assert err.count("\n") == 1
    assert err.startswith("hipaa-scan: error: --format pdf: needs headless Chromium, which was not found: install it")


@pytest.mark.skipif(not pdf.find_chromium(), reason="needs chromium (make deps-system)")
def test_pdf_renders_with_headless_chromium(tmp_path):
    path = tmp_path / "report.pdf"
    pdf.write(fixture_results(), path)
    data = path.read_bytes()
    assert data[:5] == b"%PDF-" and len(data) > 50_000
    if shutil.which("pdftotext"):
        import subprocess

        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Evidence report" in text and "What the organisation must attest" in text
        assert "Expand all" not in text  # the filter bar is not printed


def test_every_writer_renders_a_bare_document(tmp_path, sarif_validator, junit_schema):
    """No resources, no errors key, no waivers or attestations: every writer still renders."""
    from hipaa_scan.scanner.evaluate import Evaluator
    from hipaa_scan.scanner.policies import load_policy_set
    from tests.helpers import inventory

    doc = Evaluator(load_policy_set()).evaluate(inventory({}), pin=True)
    doc.pop("errors", None)
    assert {f["status"] for f in doc["findings"]} == {"not_applicable"}
    names = [n for n in reports.formats() if n != "pdf"]
    written = reports.write_reports(doc, tmp_path, names, {"junit": {"group": "citation"}})
    assert [p.name for p in written] == ["results.json", "junit.xml", "report.html", "results.sarif", "summary.md",
                                         "findings.csv", "gl-code-quality-report.json", "results.ocsf.json",
                                         "results.asff.json"]
    assert json.loads((tmp_path / "gl-code-quality-report.json").read_text()) == []
    assert list(sarif_validator.iter_errors(json.loads((tmp_path / "results.sarif").read_text()))) == []
    assert json.loads((tmp_path / "results.sarif").read_text())["runs"][0]["results"] == []
    junit_schema.validate(str(tmp_path / "junit.xml"))
    page = (tmp_path / "report.html").read_text()
    assert 'id="no-errors"' in page and "No control failed." in page and "No finding is waived." in page
    assert "No control failed." in (tmp_path / "summary.md").read_text()
