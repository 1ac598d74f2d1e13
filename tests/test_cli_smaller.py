"""The smaller CLI items: `collect --help` lists only the exit codes collect returns; `waiver
template` and errors that name the field; `policy list` filters and the terminal width."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from click.testing import CliRunner

from hipaa_scan.scanner.cli import cli, main
from hipaa_scan.scanner.waivers import load_waivers, template


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.mark.parametrize("source", ["aws", "iac", "tls", "host"])
def test_collect_help_lists_only_the_exit_codes_collect_returns(source):
    text = " ".join(run("collect", source, "--help").output.split())
    assert "Exit codes: 0 the inventory was written" in text and "2 usage or configuration error" in text
    assert "gate failed" not in text and "--allow-incomplete was not given" not in text
    scan = " ".join(run("scan", source, "--help").output.split())
    assert "1 the gate failed on findings" in scan and "3 the scan was incomplete" in scan


def uncommented(text: str) -> str:
    """The template with its example entry switched on (optional keys left commented)."""
    out = []
    for line in text.splitlines():
        m = re.match(r"^  # ( *)(.*)$", line)
        if m and not re.match(r"\s*#", m.group(2)) and not m.group(2).startswith(("# ", "account", "region",
                                                                                   "type", "tags")):
            line = "  " + m.group(1) + m.group(2)
        out.append(line)
    return "\n".join(out) + "\n"


def test_waiver_template_loads_as_is_and_its_example_is_valid(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("waiver", "template")
    assert r.exit_code == 0, r.output
    text = (tmp_path / "waivers.yaml").read_text()
    assert load_waivers(tmp_path / "waivers.yaml", today=date.today()).waivers == ()
    (tmp_path / "one.yaml").write_text(uncommented(text))
    [w] = load_waivers(tmp_path / "one.yaml", today=date.today()).waivers
    assert w.id == "W-001" and w.control == "AWS-S3-05" and w.resource_id == "arn:aws:s3:::legacy-logs"
    assert run("waiver", "template").exit_code == 2  # refuses to overwrite
    assert run("waiver", "template", "--force").exit_code == 0
    assert template(date(2026, 1, 1)).count("2026-04-01") == 1


def test_a_plain_list_of_waivers_names_the_problem_without_dumping_the_file(tmp_path, capsys):
    body = uncommented(template()).split("waivers:\n", 1)[1]
    (tmp_path / "list.yaml").write_text(re.sub(r"(?m)^  ", "", body))
    inv = tmp_path / "inv.json"
    inv.write_text(json.dumps({"schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z",
                               "scanner_version": "t", "sources": [], "resources": {}, "errors": []}))
    assert main(["evaluate", str(inv), "--waivers", str(tmp_path / "list.yaml"), "-o", str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert err == (f"hipaa-scan: error: {tmp_path / 'list.yaml'}:1:1: the file holds a list; expected a mapping "
                   "(version: 1 and a 'waivers:' list; `hipaa-scan waiver template` writes one, docs/waivers.md "
                   "describes it)\n")
    (tmp_path / "null.yaml").write_text(uncommented(template()).replace('id: "arn:aws:s3:::legacy-logs"', "id: null"))
    assert main(["evaluate", str(inv), "--waivers", str(tmp_path / "null.yaml"), "-o", str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert err.endswith("waivers[0].resource.id: the value is nothing (null); expected a string\n")
    assert "None" not in err


def test_policy_list_filters_and_fits_the_terminal():
    r = run("policy", "list", "--source", "iac", "--severity", "high", "--json")
    rows = json.loads(r.output)
    assert rows and {x["source"] for x in rows} == {"iac"} and {x["severity"] for x in rows} <= {"critical", "high"}
    r = run("policy", "list", "--citation", "164.312(b)", "--source", "aws", "--json")
    assert all("164.312(b)" in x["hipaa"] and x["id"].startswith("AWS-") for x in json.loads(r.output))
    r = run("policy", "list", "--source", "tls", env={"COLUMNS": "90"})
    lines = r.output.splitlines()
    assert r.exit_code == 0 and max(len(line) for line in lines) <= 90 and "TLS-" in r.output
    assert re.search(r"^\d+ of \d+ controls", lines[0].strip())
    bad = run("policy", "list", "--citation", "164.999")
    assert bad.exit_code == 2 and "--citation: '164.999' is no citation" in bad.output
