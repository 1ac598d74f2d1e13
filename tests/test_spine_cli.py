"""CLI contract: bad input → exit 2 with one line and nothing written; determinism; escaping."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from hipaa_scan.scanner import __version__
from hipaa_scan.scanner.cli import cli
from tests.helpers import bucket, inventory

ONE_LINE = re.compile(r"^hipaa-scan: error: [^\n]+\n$")


def write(path: Path, doc) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def inv_file(tmp_path):
    return write(tmp_path / "inventory.json",
                 inventory({"aws_s3_bucket": [bucket("good"), bucket("bad", encrypted=False, versioning="Disabled")]}))


def test_version_matches_package_metadata(cli):
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"hipaa-scan, version {__version__}"
    assert __version__ == "0.1.0"


@pytest.mark.parametrize("args", [[], ["collect"], ["collect", "aws"], ["evaluate"], ["report"], ["scan"],
                                  ["scan", "aws"], ["policy"], ["policy", "list"], ["policy", "test"]])
def test_every_command_has_help_with_an_example(args):
    r = CliRunner().invoke(cli, [*args, "--help"])
    assert r.exit_code == 0
    assert "hipaa-scan" in r.output and "Usage:" in r.output
    if args and args[-1] not in ("collect", "scan", "policy"):
        assert "Example" in r.output


def test_evaluate_then_report(tmp_path, inv_file, cli):
    r = cli("evaluate", inv_file, "-o", tmp_path / "results.json", "--fail-on", "high")
    assert r.returncode == 1, r.stderr  # 'bad' is unencrypted: a high-severity failure
    results = json.loads((tmp_path / "results.json").read_text())
    statuses = {(f["control_id"], f["resource"]["name"]): f["status"] for f in results["findings"] if f["resource"]}
    assert statuses[("AWS-S3-01", "good")] == "pass" and statuses[("AWS-S3-01", "bad")] == "fail"
    assert statuses[("AWS-S3-02", "bad")] == "fail"
    assert len(results["coverage"]) == 61
    cov = {c["citation"]: c for c in results["coverage"]}
    assert cov["164.312(a)(2)(iv)"]["status"] == "fail"
    assert cov["164.308(a)(1)(ii)(C)"]["status"] == "manual" and cov["164.308(a)(1)(ii)(C)"]["controls"] == []
    r = cli("report", tmp_path / "results.json", "--format", "junit,json,html", "--out", tmp_path / "rep")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "rep").iterdir()) == ["junit.xml", "manifest.json", "report.html", "results.json"]
    # The gate follows --fail-on: with 'never' nothing blocks; with 'critical' only critical failures do.
    r = cli("evaluate", inv_file, "-o", tmp_path / "r2.json", "--fail-on", "never")
    assert r.returncode == 0, r.stderr
    r = cli("evaluate", inv_file, "-o", tmp_path / "r3.json", "--fail-on", "critical")
    crit = [f for f in json.loads((tmp_path / "r3.json").read_text())["findings"]
            if f["status"] == "fail" and f["severity"] == "critical"]
    assert r.returncode == (1 if crit else 0), r.stderr


def test_evaluate_is_deterministic_with_pin(tmp_path, inv_file, cli):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert cli("evaluate", inv_file, "-o", a, "--pin").returncode == 1
    assert cli("evaluate", inv_file, "-o", b, "--pin").returncode == 1
    assert a.read_bytes() == b.read_bytes()
    c = tmp_path / "c.json"
    cli("evaluate", inv_file, "-o", c)
    def strip(d):
        return {**d, "scan": {k: v for k, v in d["scan"].items() if k not in ("id", "started_at", "finished_at")}}

    assert strip(json.loads(a.read_text())) == strip(json.loads(c.read_text()))


BAD_INPUTS = {
    "malformed_json": ('{"schema": "hipaa-scan/inventory/v1", "resources": {,}}', r"inventory\.json:1:\d+: invalid JSON"),
    "schema_violation": (inventory({"aws_s3_bucket": [{"name": "no-id"}]}),
                         r"\$\.resources\.aws_s3_bucket\[0\]: 'id' is a required property"),
    "not_an_inventory": ({"hello": "world"}, r"not a hipaa-scan inventory"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_inventory_exits_2_with_one_line(tmp_path, cli, case):
    doc, pattern = BAD_INPUTS[case]
    inv = write(tmp_path / "inventory.json", doc)
    out = tmp_path / "results.json"
    r = cli("evaluate", inv, "-o", out)
    assert r.returncode == 2
    assert ONE_LINE.match(r.stderr), r.stderr
    assert re.search(pattern, r.stderr), r.stderr
    assert "Traceback" not in r.stderr and not out.exists()


def test_unknown_format_exits_2_before_writing(tmp_path, inv_file, cli):
    cli("evaluate", inv_file, "-o", tmp_path / "results.json")
    r = cli("report", tmp_path / "results.json", "--format", "junit,docx", "--out", tmp_path / "rep")
    assert r.returncode == 2 and ONE_LINE.match(r.stderr)
    assert "--format: unknown format 'docx'" in r.stderr
    assert not (tmp_path / "rep").exists()


def test_unknown_format_on_scan_fails_before_collecting(tmp_path, cli):
    r = cli("scan", "aws", "--endpoint-url", "http://127.0.0.1:9", "--format", "pdfx", "--out", tmp_path / "o")
    assert r.returncode == 2 and "--format" in r.stderr and not (tmp_path / "o").exists()


def _policy(tmp_path: Path, body: str, name="custom_check") -> Path:
    d = tmp_path / "custom" / "org" / "x"
    d.mkdir(parents=True)
    (d / f"{name}.rego").write_text(body)
    return tmp_path / "custom"


GOOD_META = """# METADATA
# title: Custom
# description: Custom control.
# custom:
#   id: ORG-X-01
#   severity: {severity}
#   hipaa: [{citation}]
#   resource_type: aws_s3_bucket
#   remediation: Fix it.
package hipaa.org.x.custom_check

import rego.v1

deny contains {{"id": b.id, "msg": "x."}} if {{
	some b in input.resources.aws_s3_bucket
	b.name == "bad"
}}
"""


@pytest.mark.parametrize("kind,body,pattern", [
    ("bad_severity", GOOD_META.format(severity="urgent", citation='"164.312(b)"'),
     r"custom_check\.rego:6: severity 'urgent' is not one of"),
    ("unknown_citation", GOOD_META.format(severity="high", citation='"164.312(z)"'),
     r"custom_check\.rego:7: unknown HIPAA citation '164.312\(z\)'"),
    ("bad_yaml", GOOD_META.format(severity="high", citation='"164.312(b)"').replace("#   hipaa: [", "#   hipaa: [[: "),
     r"custom_check\.rego:\d+: METADATA is not valid YAML"),
    ("no_compile", GOOD_META.format(severity="high", citation='"164.312(b)"').replace("b.name ==", "b.name === "),
     r"custom_check\.rego:\d+:\d+: Rego does not compile"),
    ("wrong_package", GOOD_META.format(severity="high", citation='"164.312(b)"').replace("x.custom_check", "y.z"),
     r"custom_check\.rego:10: package hipaa\.org\.y\.z does not mirror its path"),
])
def test_bad_policy_exits_2_naming_file_and_line(tmp_path, inv_file, cli, kind, body, pattern):
    pdir = _policy(tmp_path, body)
    out = tmp_path / "results.json"
    r = cli("evaluate", inv_file, "-o", out, "--policy-dir", pdir)
    assert r.returncode == 2, r.stderr
    assert ONE_LINE.match(r.stderr), r.stderr
    assert re.search(pattern, r.stderr), r.stderr
    assert not out.exists()


def test_custom_policy_joins_the_scan(tmp_path, inv_file, cli):
    pdir = _policy(tmp_path, GOOD_META.format(severity="low", citation='"164.312(b)"'))
    out = tmp_path / "results.json"
    assert cli("evaluate", inv_file, "-o", out, "--policy-dir", pdir).returncode == 1
    res = json.loads(out.read_text())
    assert {f["resource"]["name"]: f["status"] for f in res["findings"] if f["control_id"] == "ORG-X-01"} == \
        {"good": "pass", "bad": "fail"}


def test_debug_shows_traceback(tmp_path, cli):
    bad = write(tmp_path / "inventory.json", "{nope")
    r = cli("--debug", "evaluate", bad, "-o", tmp_path / "r.json")
    assert r.returncode == 2 and "Traceback" in r.stderr and "hipaa-scan: error:" in r.stderr


HOSTILE = '<script>alert("x")</script> & \'q\' ]]>'


def test_hostile_strings_are_escaped_in_html_and_junit(tmp_path, cli):
    b = bucket("evil", encrypted=False)
    b["name"] = HOSTILE
    b["tags"] = {"note": "]]><x/>"}
    inv = write(tmp_path / "inventory.json", inventory({"aws_s3_bucket": [b]}))
    cli("evaluate", inv, "-o", tmp_path / "results.json")
    r = cli("report", tmp_path / "results.json", "--format", "html,junit", "--out", tmp_path / "rep")
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "rep" / "report.html").read_text()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(" in html
    root = ET.parse(tmp_path / "rep" / "junit.xml").getroot()  # parses: the XML is well-formed
    failures = [f.get("message") for f in root.iter("failure")]
    assert any(HOSTILE in (m or "") for m in failures)


def test_policy_list_and_test_commands(cli):
    r = cli("policy", "list", "--json")
    assert r.returncode == 0
    rows = json.loads(r.stdout)
    ids = {row["id"] for row in rows}
    assert {"AWS-S3-01", "AWS-RDS-02", "AWS-CT-01", "AWS-IAM-04", "AWS-EC2-02"} <= ids
    assert all(set(row) >= {"id", "severity", "hipaa", "resource_type", "title"} for row in rows)
    r = cli("policy", "test", "-k", r"hipaa\.aws\.s3\.encryption_at_rest_test")
    assert r.returncode == 0
    last = r.stdout.strip().splitlines()[-1]
    assert last.endswith(" passed, 0 failed") and int(last.split()[0]) >= 5


def test_policy_test_reports_failures(tmp_path, cli):
    pdir = _policy(tmp_path, GOOD_META.format(severity="low", citation='"164.312(b)"'))
    (pdir / "org" / "x" / "custom_check_test.rego").write_text(
        "package hipaa.org.x.custom_check_test\n\nimport data.hipaa.org.x.custom_check as policy\nimport rego.v1\n\n"
        'test_good if {\n\tcount(policy.deny) == 0 with input as {"resources": {"aws_s3_bucket": [{"id": "1", "name": "ok"}]}}\n}\n\n'  # noqa: E501  (data)
        'test_wrong if {\n\tcount(policy.deny) == 5 with input as {"resources": {"aws_s3_bucket": [{"id": "1", "name": "bad"}]}}\n}\n')  # noqa: E501  (data)
    for engine, tag in (("embedded", ""), ("opa", "[opa] ")):
        r = cli("policy", "test", "--policy-dir", pdir, "-k", "org", "--engine", engine)
        assert r.returncode == 1
        lines = r.stdout.strip().splitlines()
        at = lines.index(f"FAIL {tag}hipaa.org.x.custom_check_test.test_wrong")
        # as `opa test` does: the expression that failed, with the value got and the one expected
        assert lines[at + 1:at + 5] == [
            "    undefined",
            '    failed: count(policy.deny) == 5 with input as {"resources": {"aws_s3_bucket": '
            '[{"id": "1", "name": "bad"}]}}',
            "    got:      1",
            "    expected: 5"]
        assert lines[-1] == "1 passed, 1 failed"
