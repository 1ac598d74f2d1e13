"""Tamper evidence: manifest.json written by report/scan, and `hipaa-scan verify`."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from hipaa_scan.reports import manifest
from hipaa_scan.scanner.cli import main
from tests.reports_data import FIXTURE

FORMATS = "json,junit,html,sarif,markdown,csv"
FILES = ["findings.csv", "junit.xml", "report.html", "results.json", "results.sarif", "summary.md"]
IAC_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "iac"


@pytest.fixture
def results_file(tmp_path) -> Path:
    path = tmp_path / "in" / "results.json"
    path.parent.mkdir()
    shutil.copyfile(FIXTURE, path)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_a_manifest_of_every_file_and_the_input(tmp_path, results_file, capsys, monkeypatch):
    monkeypatch.delenv(manifest.ENV_KEY, raising=False)
    out = tmp_path / "out"
    code, stdout, _ = run(capsys, "report", results_file, "--format", FORMATS, "--out", out)
    assert code == 0
    assert stdout.splitlines()[-1] == str(out / "manifest.json")
    m = json.loads((out / "manifest.json").read_text())
    assert m["schema"] == "hipaa-scan/manifest/v1" and "signature" not in m
    assert [e["path"] for e in m["files"]] == FILES
    for e in m["files"]:
        data = (out / e["path"]).read_bytes()
        assert e["sha256"] == hashlib.sha256(data).hexdigest() and e["bytes"] == len(data)
    [inp] = m["inputs"]
    assert inp["role"] == "results" and inp["sha256"] == hashlib.sha256(results_file.read_bytes()).hexdigest()
    doc = json.loads(results_file.read_text())
    assert (m["scan_id"], m["policy_set_sha256"]) == (doc["scan"]["id"], doc["scan"]["policy_set_sha256"])
    code, stdout, _ = run(capsys, "verify", out)
    assert code == 0 and stdout.splitlines()[-1] == "verified: 7 item(s) match manifest.json; signature absent"


@pytest.mark.parametrize("name", FILES)
def test_verify_detects_a_one_byte_change_in_any_file(tmp_path, results_file, capsys, name, monkeypatch):
    monkeypatch.delenv(manifest.ENV_KEY, raising=False)
    out = tmp_path / "out"
    assert run(capsys, "report", results_file, "--format", FORMATS, "--out", out)[0] == 0
    path = out / name
    data = bytearray(path.read_bytes())
    i = len(data) // 2
    data[i] = (data[i] + 1) % 256  # one byte, same size
    path.write_bytes(bytes(data))
    code, stdout, err = run(capsys, "verify", out)
    assert code == 1
    assert err == f"hipaa-scan: error: {out}: 1 item(s) failed verification: {name} (changed)\n"
    assert f"FAILED   {name}: changed" in stdout
    assert sum(line.startswith("ok ") for line in stdout.splitlines()) == len(FILES)  # the others, and the input


def test_verify_detects_a_missing_file_a_changed_input_and_notes_extras(tmp_path, results_file, capsys, monkeypatch):
    monkeypatch.delenv(manifest.ENV_KEY, raising=False)
    out = tmp_path / "out"
    run(capsys, "report", results_file, "--format", FORMATS, "--out", out)
    (out / "junit.xml").unlink()
    (out / "notes.txt").write_text("added later\n")
    results_file.write_text(results_file.read_text().replace('"fail_on": "high"', '"fail_on": "low"', 1))
    code, stdout, err = run(capsys, "verify", out)
    assert code == 1
    assert "junit.xml (missing)" in err and f"input {results_file} (changed)" in err
    assert "note     notes.txt: not listed in the manifest" in stdout
    results_file.unlink()  # reports travel without their inputs: not present is a note, not a failure
    (out / "junit.xml").write_bytes(b"")
    code, stdout, err = run(capsys, "verify", out)
    assert code == 1 and "junit.xml (changed)" in err and "input" not in err
    assert "not present, not checked" in stdout


def test_signed_manifest_checks_the_key(tmp_path, results_file, capsys, monkeypatch):
    monkeypatch.delenv(manifest.ENV_KEY, raising=False)
    key = tmp_path / "audit.key"
    key.write_text("correct horse battery staple\n")
    wrong = tmp_path / "wrong.key"
    wrong.write_text("tr0ub4dor&3\n")
    out = tmp_path / "out"
    assert run(capsys, "report", results_file, "--format", "html,csv", "--out", out, "--sign-key", key)[0] == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["signature"]["algorithm"] == "HMAC-SHA256"
    assert m["signature"]["value"] == manifest.signature(m, b"correct horse battery staple")
    code, stdout, _ = run(capsys, "verify", out, "--sign-key", key)
    assert code == 0 and "signature valid" in stdout
    code, _, err = run(capsys, "verify", out, "--sign-key", wrong)
    assert code == 1 and "manifest.json (signature does not match (signed with another key))" in err
    code, stdout, _ = run(capsys, "verify", out)  # no key: hashes checked, signature reported unchecked
    assert code == 0 and "signature unchecked" in stdout
    monkeypatch.setenv(manifest.ENV_KEY, "correct horse battery staple")
    assert run(capsys, "verify", out)[0] == 0
    # Whoever edits a report and rewrites its hash in the manifest breaks the signature.
    (out / "findings.csv").write_text("control_id\nnothing to see\n")
    m["files"] = [dict(e, sha256=hashlib.sha256((out / e["path"]).read_bytes()).hexdigest(),
                       bytes=(out / e["path"]).stat().st_size) for e in m["files"]]
    (out / "manifest.json").write_text(json.dumps(m))
    code, _, err = run(capsys, "verify", out)
    assert code == 1 and "manifest.json (signature does not match)" in err
    monkeypatch.delenv(manifest.ENV_KEY)
    assert run(capsys, "verify", out)[0] == 0  # without the key nothing can tell: why signing exists


def test_key_given_but_manifest_unsigned_fails(tmp_path, results_file, capsys, monkeypatch):
    monkeypatch.delenv(manifest.ENV_KEY, raising=False)
    out = tmp_path / "out"
    run(capsys, "report", results_file, "--format", "csv", "--out", out)
    monkeypatch.setenv(manifest.ENV_KEY, "k")
    code, _, err = run(capsys, "verify", out)
    assert code == 1 and "manifest.json (not signed, but a key was given)" in err


def test_verify_without_a_manifest_reports_an_incomplete_set(tmp_path, capsys):
    (tmp_path / "report.html").write_text("<html></html>")
    code, _, err = run(capsys, "verify", tmp_path)
    assert code == 1 and "incomplete: no manifest.json" in err
    (tmp_path / "manifest.json").write_text("{not json")
    code, _, err = run(capsys, "verify", tmp_path)
    assert code == 2 and "manifest.json:1:2: invalid JSON" in err


def test_manifest_entries_cannot_point_outside(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    manifest.write(tmp_path, [tmp_path / "a.txt"])
    m = json.loads((tmp_path / "manifest.json").read_text())
    m["files"].append({"path": "../etc/passwd", "sha256": "0" * 64, "bytes": 1})
    (tmp_path / "manifest.json").write_text(json.dumps(m))
    rep = manifest.verify(tmp_path)
    assert not rep.ok and rep.failed == ["../etc/passwd (manifest entry points outside the directory)"]


def test_scan_writes_a_manifest_with_the_inventory(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv(manifest.ENV_KEY, raising=False)
    out = tmp_path / "scan"
    code = main(["scan", "iac", str(IAC_FIXTURES / "project"), "--format", "json,sarif", "--out", str(out),
                 "--pin"])
    capsys.readouterr()
    assert code == 1
    m = json.loads((out / "manifest.json").read_text())
    assert [e["path"] for e in m["files"]] == ["inventory.json", "results.json", "results.sarif"]
    results = json.loads((out / "results.json").read_text())
    assert m["inventory_sha256"] == results["scan"]["inventory_sha256"] == m["files"][0]["sha256"]
    sarif = json.loads((out / "results.sarif").read_text())
    located = [r for r in sarif["runs"][0]["results"]
               if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("terraform/network.tf")]
    assert located and all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in located)
    assert main(["verify", str(out)]) == 0
