"""The console after scan and evaluate: the unwaived failures and errors by control (golden
files for the report fixture with a service's HTML error page, and for a `scan iac`), the rich
table in a terminal, the caps, --console modes and the summary's plurals."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rich.console import Console

from hipaa_scan.scanner.cli import console, main
from hipaa_scan.scanner.cli.console import ConsoleSettings, findings_lines, plural
from tests.reports_data import fixture_results

GOLDEN = Path(__file__).resolve().parent / "golden"
IAC = Path(__file__).resolve().parent / "fixtures" / "iac" / "console"
HTML_PAGE = ("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>\n"
             "<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p>" + "<p>x</p>" * 500
             + "</body></html>")
UPDATE = os.environ.get("HIPAA_SCAN_UPDATE_GOLDEN") == "1"  # regenerate the golden files


def demo_like() -> dict:
    """The report fixture, its collection error carrying a whole HTML error page (as the demo's did)."""
    doc = fixture_results()
    for f in doc["findings"]:
        if f["status"] == "error":
            f["message"] = f"Could not read aws_ebs_volume in 123456789012 eu-west-1: DescribeVolumes 502: {HTML_PAGE}"
    return doc


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_findings_golden_for_the_demo_like_results():
    text = "\n".join(findings_lines(demo_like(), ConsoleSettings())) + "\n"
    golden("console-findings.txt", text)
    assert "<" not in text.split("ERROR", 1)[1]  # the HTML page is reduced to its title and first paragraph
    assert ("Could not read aws_ebs_volume in 123456789012 eu-west-1: DescribeVolumes 502: 502 Bad Gateway: "
            "The proxy server received an invalid response.") in text


def test_findings_golden_for_an_iac_scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(IAC)
    code = main(["scan", "iac", ".", "--format", "json", "--out", str(tmp_path), "--pin", "-q"])
    out, err = capsys.readouterr()
    assert code == 1
    golden("console-iac.txt", out)
    assert "main.tf:5 aws_db_instance.patients: fails CKV_AWS_17" in out
    assert err.splitlines()[0].startswith("hipaa-scan: 29 of ")
    res = json.loads((tmp_path / "results.json").read_text())
    assert {c["id"].split("-")[0] for c in res["controls"]} == {"IAC"}


def test_caps_per_control_and_in_total():
    doc = fixture_results()
    base = next(f for f in doc["findings"] if f["control_id"] == "AWS-S3-05" and f["status"] == "fail")
    for i in range(30):
        doc["findings"].append(dict(base, resource=dict(base["resource"], id=f"arn:aws:s3:::b{i:02d}")))
    lines = findings_lines(doc, ConsoleSettings(limit=12))
    assert "  … 22 more of AWS-S3-05" in lines  # 3 listed before it, then 9 of its 31
    assert lines[-1] == "… 23 more (and 1 more control): every finding is in the reports; --console-limit shows more"
    assert sum(1 for line in lines if line.startswith(("  FAIL", "  ERROR"))) == 12
    assert findings_lines(doc, ConsoleSettings(severity="critical"))[0] == (
        "1 unwaived failure or error at or above critical, in 1 control:")


def test_rich_table_in_a_terminal_escapes_markup():
    doc = demo_like()
    rec = Console(record=True, width=160, file=open(os.devnull, "w"))
    rec.print(console._rich_table(doc, ConsoleSettings()))
    text = rec.export_text()
    assert "AWS-RDS-02" in text and "arn:aws:s3:::<img src=x onerror=alert(1)>" in text
    assert "[not read] Could not read aws_ebs_volume" in text and "<html" not in text


@pytest.mark.parametrize(("mode", "stdout", "stderr_lines"), [("findings", True, 1), ("summary", False, 1),
                                                                ("none", False, 0)])
def test_console_modes(tmp_path, capsys, mode, stdout, stderr_lines):
    from tests.test_selection import aws_inventory

    (tmp_path / "inv.json").write_text(json.dumps(aws_inventory()))
    code = main(["evaluate", str(tmp_path / "inv.json"), "-o", str(tmp_path / "r.json"), "--console", mode,
                 "--controls", "AWS-S3-01,AWS-S3-05"])
    out, err = capsys.readouterr()
    assert code == 1
    assert bool(out) == stdout and len(err.splitlines()) == stderr_lines + (1 if stderr_lines else 0)
    if stdout:
        assert out.splitlines()[0] == "1 unwaived failure or error at or above low, in 1 control:"
    if stderr_lines:
        assert err.splitlines()[-1].startswith("hipaa-scan: 4 findings (1 fail, 3 pass); gate failed")


def test_plurals():
    assert plural(1, "endpoint") == "1 endpoint" and plural(2, "endpoint") == "2 endpoints"
    assert plural(0, "collection error") == "0 collection errors"
    assert plural(1, "unwaived failure or error", "unwaived failures and errors") == "1 unwaived failure or error"


def test_inventory_line_uses_singulars(capsys):
    console.inventory_written({"resources": {"tls_endpoint": [{"id": "a"}]}, "errors": [{}]}, Path("i.json"),
                              "endpoints")
    assert capsys.readouterr().err == "hipaa-scan: 1 endpoint, 1 collection error → i.json\n"
    console.inventory_written({"resources": {"iac_check": [{"id": "a"}, {"id": "b"}]}, "errors": []}, Path("i.json"),
                              "check results")
    assert capsys.readouterr().err == "hipaa-scan: 2 check results, 0 collection errors → i.json\n"
