"""The bad-input corpus: every malformed input, output path and environment value ends in ONE
line on stderr naming the input, exit 2 (exit 1 for a set that fails verification), no
traceback, and nothing left behind that looks like a successful result.

Each case is a real command line run in-process (``hipaa_scan.scanner.cli.main``); the
interruption and stall cases, which need real signals and sockets, are in test_interrupt.py.
"""

from __future__ import annotations

import copy
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hipaa_scan.scanner.cli import main
from hipaa_scan.scanner.inventory import INVENTORY_SCHEMA
from tests.helpers import bucket, inventory

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "tests" / "fixtures" / "reports" / "results.json"
S3_ERROR = {"collector": "aws", "resource_type": "aws_s3_bucket", "account": "123456789012", "region": "us-east-1",
            "resource_id": None, "field": None, "operation": "ListBuckets", "code": "AccessDenied",
            "message": "denied"}


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str, *needles: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{err}"
    for needle in needles:
        assert needle in lines[0], f"{needle!r} not in {lines[0]!r}"
    return lines[0]


def leftovers(folder: Path, *inputs: Path) -> list[str]:
    """Files that a failed run must not leave: partial files, results, manifests (the inputs aside)."""
    return sorted(p.name for p in folder.rglob("*") if p not in inputs and (
        ".partial-" in p.name or p.name.endswith(".tmp") or p.name in ("results.json", "manifest.json", "inventory.json")))


# --- JSON: one template per kind of document, one corruption per class -------------------------

def _inventory_text() -> str:
    doc = inventory({"aws_s3_bucket": [bucket("phi-a"), bucket("phi-b", encrypted=False)]}, errors=[S3_ERROR])
    return json.dumps(doc, indent=1)


def _dup_errors(text: str) -> str:
    # a second "errors": [] after the real one: last-one-wins readers would hide the collection error
    return text.rstrip().rstrip("}") + ', "errors": []\n}'


def _dup_resources(text: str) -> str:
    return text.rstrip().rstrip("}") + ', "resources": {}\n}'


def _replace_once(old: str, new: str):
    def apply(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)
    return apply


def _deep(levels: int):
    return _replace_once('"versioning": "Enabled"', '"versioning": ' + "[" * levels + "]" * levels)


JSON_CASES = {
    "duplicate errors key": (_dup_errors, 'duplicate key "errors"'),
    "duplicate resources key": (_dup_resources, 'duplicate key "resources"'),
    "duplicate key in a resource": (_replace_once('"name": "phi-a"', '"name": "phi-a", "name": "phi-z"'),
                                    'duplicate key "name"'),
    "NaN": (_replace_once('"versioning": "Enabled"', '"versioning": NaN'), "NaN is not a JSON number"),
    "Infinity": (_replace_once('"versioning": "Enabled"', '"versioning": Infinity'), "Infinity is not a JSON number"),
    "-Infinity": (_replace_once('"versioning": "Enabled"', '"versioning": -Infinity'), "-Infinity is not"),
    "lone high surrogate": (_replace_once('"name": "phi-a"', '"name": "phi-\\ud800"'), "lone UTF-16 surrogate"),
    "lone low surrogate": (_replace_once('"name": "phi-a"', '"name": "\\udc00phi"'), "lone UTF-16 surrogate"),
    "nested 3000 deep": (_deep(3000), "nested more than 128 levels deep"),
    "nested 200 deep": (_deep(200), "nested more than 128 levels deep"),
    "integer of 5000 digits": (_replace_once('"versioning": "Enabled"', '"versioning": ' + "7" * 5000),
                               "integer out of range"),
    "float overflow": (_replace_once('"versioning": "Enabled"', '"versioning": 1e400'), "number out of range"),
    "truncated": (lambda t: t[: len(t) // 2], "invalid JSON"),
    "empty file": (lambda t: "", "invalid JSON"),
}


@pytest.mark.parametrize("case", sorted(JSON_CASES))
def test_inventory_json_is_strict(case, tmp_path, capsys):
    corrupt, message = JSON_CASES[case]
    path = tmp_path / "inventory.json"
    path.write_text(corrupt(_inventory_text()), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", path, "-o", tmp_path / "results.json")
    assert code == 2
    line = one_line(err, str(path), message)
    if case not in ("truncated", "empty file"):
        assert ":1:" in line or any(f":{n}:" in line for n in range(1, 400)), line  # a line and column
    assert leftovers(tmp_path, path) == []


def test_json_errors_name_the_path_inside_the_document(tmp_path, capsys):
    path = tmp_path / "inventory.json"
    path.write_text(JSON_CASES["NaN"][0](_inventory_text()))
    _, _, err = run(capsys, "evaluate", path, "-o", tmp_path / "r.json")
    one_line(err, "$.resources.aws_s3_bucket[0].versioning")


def test_the_intact_inventory_is_accepted_and_the_duplicate_would_have_hidden_an_error(tmp_path, capsys):
    """The control: without the duplicate, the collection error makes the gate exit 3."""
    path = tmp_path / "inventory.json"
    path.write_text(_inventory_text())
    code, _, _ = run(capsys, "evaluate", path, "-o", tmp_path / "results.json")
    assert code == 3
    assert json.loads((tmp_path / "results.json").read_text())["gate"]["exit_code"] == 3


def test_a_byte_order_mark_is_not_part_of_the_document(tmp_path, capsys):
    path = tmp_path / "inventory.json"
    path.write_bytes(b"\xef\xbb\xbf" + _inventory_text().encode())
    code, _, _ = run(capsys, "evaluate", path, "-o", tmp_path / "results.json")
    assert code == 3


def test_not_utf8_inventory(tmp_path, capsys):
    path = tmp_path / "inventory.json"
    path.write_bytes(_inventory_text().encode().replace(b"phi-a", b"phi-\xff"))
    code, _, err = run(capsys, "evaluate", path, "-o", tmp_path / "r.json")
    assert code == 2
    one_line(err, str(path), "not UTF-8 text (byte 0xff)")


@pytest.mark.parametrize("case", ["duplicate key", "NaN", "deep"])
def test_results_json_is_strict(case, tmp_path, capsys):
    text = RESULTS.read_text()
    corrupt = {"duplicate key": lambda t: t.rstrip().rstrip("}") + ', "findings": []\n}',
               "NaN": lambda t: t.replace('"exit_code": ', '"exit_code": NaN, "x": ', 1),
               "deep": lambda t: t.replace('"findings": [', '"deep": ' + "[" * 500 + "]" * 500 + ', "findings": [', 1)}
    path = tmp_path / "results.json"
    path.write_text(corrupt[case](text))
    code, _, err = run(capsys, "report", path, "--out", tmp_path / "out", "--format", "json")
    assert code == 2
    one_line(err, str(path))
    assert not (tmp_path / "out").exists()


# The same corruptions in every kind of JSON document hipaa-scan reads, through the command that
# reads it: each is one line naming the file, exit 2, and nothing written.

def _probe(value: str):
    """Insert a member ``"probe": <value>`` at the top of any JSON object text."""
    return lambda text: '{"probe": ' + value + ", " + text.lstrip()[1:]


GENERIC = {
    "duplicate key": (lambda t: '{"schema": "x", ' + t.lstrip()[1:], 'duplicate key "schema"'),
    "NaN": (_probe("NaN"), "$.probe: NaN is not a JSON number"),
    "Infinity": (_probe("Infinity"), "$.probe: Infinity is not a JSON number"),
    "-Infinity": (_probe("-Infinity"), "$.probe: -Infinity is not a JSON number"),
    "lone surrogate": (_probe('"\\udbff!"'), "$.probe: a lone UTF-16 surrogate"),
    "nested 3000 deep": (_probe("[" * 3000 + "]" * 3000), "nested more than 128 levels deep"),
    "nested 150 deep": (_probe("{\"a\": " * 150 + "1" + "}" * 150), "nested more than 128 levels deep"),
    "integer of 5000 digits": (_probe("-" + "9" * 5000), "$.probe: integer out of range"),
    "integer just past 2^63": (_probe(str(2**63 + 1)), "$.probe: integer out of range"),
    "float overflow": (_probe("-2e308"), "$.probe: number out of range"),
    "truncated": (lambda t: t[: len(t) // 3], "invalid JSON"),
    "trailing garbage": (lambda t: t + "\n{}", "invalid JSON: Extra data"),
    "empty file": (lambda t: "   ", "invalid JSON"),
}


def _baseline_text() -> str:
    return json.dumps({"schema": "hipaa-scan/baseline/v1", "created_at": "2026-11-22T10:00:00Z",
                       "created_from": {"scan_id": None}, "entries": []})


def _manifest_text() -> str:
    return json.dumps({"schema": "hipaa-scan/manifest/v1", "files": [], "inputs": []})


def _run_kind(kind: str, path: Path, tmp_path: Path, capsys) -> tuple[int, str]:
    good = tmp_path / "good-inventory.json"
    good.write_text(_inventory_text())
    args = {"inventory": ["evaluate", path, "-o", tmp_path / "results.json"],
            "results": ["report", path, "--out", tmp_path / "out", "--format", "json"],
            "merge shard": ["merge", good, path, "-o", tmp_path / "merged.json"],
            "baseline": ["evaluate", good, "--baseline", path, "-o", tmp_path / "results.json"],
            "manifest": ["verify", path.parent]}[kind]
    code, _, err = run(capsys, *args)
    return code, err


KINDS = {"inventory": _inventory_text, "results": RESULTS.read_text, "merge shard": _inventory_text,
         "baseline": _baseline_text, "manifest": _manifest_text}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("case", sorted(GENERIC))
def test_every_json_reader_is_strict(kind, case, tmp_path, capsys):
    corrupt, message = GENERIC[case]
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / ("manifest.json" if kind == "manifest" else "doc.json")
    path.write_text(corrupt(KINDS[kind]()), encoding="utf-8")
    code, err = _run_kind(kind, path, tmp_path, capsys)
    assert code == 2
    one_line(err, str(path), message)
    assert leftovers(tmp_path, path) == [] and not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_json_reader_accepts_the_intact_document(kind, tmp_path, capsys):
    """The control for the corpus above: the uncorrupted document is read (exit 0, 1 or 3)."""
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / ("manifest.json" if kind == "manifest" else "doc.json")
    path.write_text(KINDS[kind]())
    code, err = _run_kind(kind, path, tmp_path, capsys)
    assert code in (0, 1, 3), err


def test_merge_rejects_a_shard_with_a_duplicate_key(tmp_path, capsys):
    good = tmp_path / "a.json"
    good.write_text(_inventory_text())
    bad = tmp_path / "b.json"
    bad.write_text(_dup_errors(_inventory_text()))
    code, _, err = run(capsys, "merge", good, bad, "-o", tmp_path / "merged.json")
    assert code == 2
    one_line(err, str(bad), 'duplicate key "errors"')
    assert not (tmp_path / "merged.json").exists()


def test_baseline_json_is_strict(tmp_path, capsys):
    inv = tmp_path / "inventory.json"
    inv.write_text(_inventory_text())
    base = tmp_path / "baseline.json"
    base.write_text('{"schema": "hipaa-scan/baseline/v1", "entries": [], "entries": []}')
    code, _, err = run(capsys, "evaluate", inv, "--baseline", base, "-o", tmp_path / "r.json")
    assert code == 2
    one_line(err, "baseline.json:1:", 'duplicate key "entries"')
    assert not (tmp_path / "r.json").exists()


def test_nan_is_never_written(tmp_path):
    from hipaa_scan.scanner.errors import InputError
    from hipaa_scan.scanner.inventory import write_json

    with pytest.raises(InputError, match="JSON cannot hold"):
        write_json({"evidence": {"x": float("nan")}}, tmp_path / "r.json")
    assert list(tmp_path.iterdir()) == []


# --- output paths ---------------------------------------------------------------------------------

@pytest.fixture
def saved_inventory(tmp_path):
    path = tmp_path / "in" / "inventory.json"
    path.parent.mkdir()
    path.write_text(json.dumps(inventory({"aws_s3_bucket": [bucket("phi-a")]})))
    return path


def test_evaluate_output_is_a_directory(saved_inventory, tmp_path, capsys):
    target = tmp_path / "results-dir"
    target.mkdir()
    code, _, err = run(capsys, "evaluate", saved_inventory, "-o", target)
    assert code == 2
    one_line(err, f"--output {target}", "is a directory")
    assert list(target.iterdir()) == [] and leftovers(tmp_path, saved_inventory) == []


def test_output_under_a_file(saved_inventory, tmp_path, capsys):
    code, _, err = run(capsys, "evaluate", saved_inventory, "-o", saved_inventory / "results.json")
    assert code == 2
    one_line(err, "is a file, so nothing can be written under it")


def test_report_out_is_a_file(tmp_path, capsys):
    target = tmp_path / "out"
    target.write_text("not a directory")
    code, _, err = run(capsys, "report", RESULTS, "--out", target)
    assert code == 2
    one_line(err, f"--out {target}", "is a file; give a directory")
    assert target.read_text() == "not a directory"


def test_report_out_under_a_file(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "report", RESULTS, "--out", blocker / "out")
    assert code == 2
    one_line(err, "--out", "is a file, so nothing can be written under it")


def test_merge_output_is_a_directory(tmp_path, capsys):
    a = tmp_path / "a.json"
    a.write_text(_inventory_text())
    target = tmp_path / "merged"
    target.mkdir()
    code, _, err = run(capsys, "merge", a, "-o", target)
    assert code == 2
    one_line(err, "--output", "is a directory")
    assert list(target.iterdir()) == [] and leftovers(tmp_path, a) == []


def test_unwritable_output(tmp_path, capsys):
    if os.geteuid() == 0:
        target = Path("/proc/hipaa-scan-out")  # root may write anywhere but here
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        target = ro / "out"
    code, _, err = run(capsys, "report", RESULTS, "--out", target)
    assert code == 2
    one_line(err, "--out", "writ")


def test_collect_checks_its_output_before_collecting(tmp_path, capsys, monkeypatch):
    from hipaa_scan.scanner.sources import IacRequest

    called = []
    monkeypatch.setattr(IacRequest, "collect", lambda self, progress=None: called.append(1))
    target = tmp_path / "d"
    target.mkdir()
    code, _, err = run(capsys, "collect", "iac", tmp_path, "-o", target)
    assert code == 2 and called == []
    one_line(err, "--output", "is a directory")


def test_scan_with_o_points_to_out(tmp_path, capsys):
    code, _, err = run(capsys, "scan", "iac", tmp_path, "-o", tmp_path / "x")
    assert code == 2
    one_line(err, "scan iac", "use --out DIR")


def test_a_full_disk_leaves_no_report_set(tmp_path):
    """A real write failure (the file size limit, as a full disk would): one line, exit 2, and
    neither report files nor a manifest left in --out."""
    out = tmp_path / "out"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    proc = subprocess.run([sys.executable, "-m", "hipaa_scan", "report", str(RESULTS), "--out", str(out),
                           "--format", "json,html"], capture_output=True, text=True, preexec_fn=limit,
                          timeout=120, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    one_line(proc.stderr, f"--out {out}", "disk full or file size limit")
    assert not out.exists() and leftovers(tmp_path) == []


# --- environment values --------------------------------------------------------------------------

def test_a_bad_pdf_timeout_only_matters_to_commands_that_use_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HIPAA_SCAN_PDF_TIMEOUT", "abc")
    code, out, _ = run(capsys, "policy", "list")
    assert code == 0 and "AWS-S3-01" in out
    code, _, err = run(capsys, "report", RESULTS, "--out", tmp_path / "out", "--format", "json")
    assert code == 2
    one_line(err, "--pdf-timeout", "HIPAA_SCAN_PDF_TIMEOUT", "'abc'")
    assert not (tmp_path / "out").exists()
    monkeypatch.setenv("HIPAA_SCAN_PDF_TIMEOUT", "90.5")
    code, _, _ = run(capsys, "report", RESULTS, "--out", tmp_path / "out", "--format", "json")
    assert code == 0 and (tmp_path / "out" / "manifest.json").is_file()


def test_a_bad_aws_max_attempts_is_one_line_before_any_call(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "many")
    code, _, err = run(capsys, "collect", "aws", "--endpoint-url", "http://127.0.0.1:9", "-o", tmp_path / "i.json")
    assert code == 2
    one_line(err, "AWS_MAX_ATTEMPTS", "'many'")


def test_aws_max_attempts_is_validated_for_api_users_too(monkeypatch):
    from hipaa_scan.collectors.aws.base import default_max_attempts
    from hipaa_scan.scanner.errors import InputError

    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "0")
    with pytest.raises(InputError, match="AWS_MAX_ATTEMPTS"):
        default_max_attempts()
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "3")
    assert default_max_attempts() == 3


# --- policies ------------------------------------------------------------------------------------

POLICY = """# METADATA
# title: {title}
# description: Custom test control.
# custom:
#   id: CUSTOM-BAD-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_s3_bucket
#   remediation: Fix it.
#   evidence: [versioning]
package hipaa.bad

import rego.v1

deny contains {{"id": "arn:aws:s3:::no-such-bucket", "msg": "named by mistake"}} if {{
\tsome r in input.resources.aws_s3_bucket
\tr.versioning == "Enabled"
}}
"""


def test_a_policy_that_is_not_utf8(saved_inventory, tmp_path, capsys):
    pol = tmp_path / "policies"
    pol.mkdir()
    (pol / "bad.rego").write_bytes(POLICY.format(title="Caf\xe9").encode("latin-1"))
    code, _, err = run(capsys, "evaluate", saved_inventory, "--policy-dir", pol, "-o", tmp_path / "r.json")
    assert code == 2
    one_line(err, "bad.rego:2", "not UTF-8")
    assert not (tmp_path / "r.json").exists()


def test_a_deny_naming_an_unknown_resource_is_an_error(saved_inventory, tmp_path, capsys):
    pol = tmp_path / "policies"
    pol.mkdir()
    (pol / "bad.rego").write_text(POLICY.format(title="Names a bucket that is not there"))
    out = tmp_path / "r.json"
    code, _, _ = run(capsys, "evaluate", saved_inventory, "--policy-dir", pol, "-o", out)
    findings = [f for f in json.loads(out.read_text())["findings"] if f["control_id"] == "CUSTOM-BAD-01"]
    by_id = {f["resource"]["id"]: f for f in findings}
    assert by_id["arn:aws:s3:::no-such-bucket"]["status"] == "error"
    assert "no-such-bucket" in by_id["arn:aws:s3:::no-such-bucket"]["message"]
    assert by_id["arn:aws:s3:::phi-a"]["status"] == "pass"
    assert code in (1, 3)  # never passed: the error finding (and the bucket's other failures) fail the gate


# --- verify --------------------------------------------------------------------------------------

@pytest.fixture
def report_dir(tmp_path, capsys):
    out = tmp_path / "out"
    code, _, _ = run(capsys, "report", RESULTS, "--out", out, "--format", "json,csv")
    assert code == 0
    return out


@pytest.mark.parametrize("entry,where", [(None, "files[0]"), ({"path": 7, "sha256": "x"}, "files[0]"),
                                         ("results.json", "files[0]"), ({"sha256": "x"}, "files[0]")])
def test_verify_a_malformed_manifest_entry(report_dir, capsys, entry, where):
    manifest = json.loads((report_dir / "manifest.json").read_text())
    manifest["files"][0] = entry
    (report_dir / "manifest.json").write_text(json.dumps(manifest))
    code, out, err = run(capsys, "verify", report_dir)
    assert code == 1
    one_line(err, "failed verification", where)
    assert "Traceback" not in out


def test_verify_a_null_input_entry(report_dir, capsys):
    manifest = json.loads((report_dir / "manifest.json").read_text())
    manifest["inputs"] = [None]
    (report_dir / "manifest.json").write_text(json.dumps(manifest))
    code, _, err = run(capsys, "verify", report_dir)
    assert code == 1
    one_line(err, "inputs[0]")


def test_verify_a_manifest_with_a_duplicate_key(report_dir, capsys):
    text = (report_dir / "manifest.json").read_text()
    (report_dir / "manifest.json").write_text(text.rstrip().rstrip("}") + ', "files": []\n}')
    code, _, err = run(capsys, "verify", report_dir)
    assert code == 2
    one_line(err, "manifest.json:", 'duplicate key "files"')


def test_verify_a_set_without_its_manifest(report_dir, capsys):
    (report_dir / "manifest.json").unlink()
    code, _, err = run(capsys, "verify", report_dir)
    assert code == 1
    one_line(err, "incomplete: no manifest.json")


def test_a_rerun_into_the_same_directory_replaces_the_set(report_dir, capsys):
    (report_dir / "notes.txt").write_text("the user's own file")
    code, _, _ = run(capsys, "report", RESULTS, "--out", report_dir, "--format", "json,markdown")
    assert code == 0
    names = sorted(p.name for p in report_dir.iterdir())
    assert "summary.md" in names and "notes.txt" in names and not [n for n in names if n.startswith(".")]
    code, out, _ = run(capsys, "verify", report_dir)
    assert code == 0 and "summary.md" in out


# --- surfaces that already worked: keep them working ---------------------------------------------

def test_config_yaml_error(tmp_path, capsys):
    cfg = tmp_path / "hipaa-scan.yaml"
    cfg.write_text("fail_on: [high\n")
    code, _, err = run(capsys, "--config", cfg, "policy", "list")
    assert code == 2
    one_line(err, str(cfg))


def test_waivers_error_names_file_and_line(saved_inventory, tmp_path, capsys):
    w = tmp_path / "waivers.yaml"
    w.write_text("version: 1\nwaivers:\n  - control: AWS-S3-01\n    resource: x\n    reason: r\n"
                 "    approved_by: a\n    expires: not-a-date\n")
    code, _, err = run(capsys, "evaluate", saved_inventory, "--waivers", w, "-o", tmp_path / "r.json")
    assert code == 2
    one_line(err, "waivers.yaml:")
    assert not (tmp_path / "r.json").exists()


def test_endpoints_file_error(tmp_path, capsys):
    f = tmp_path / "endpoints.yaml"
    f.write_text("- host: [\n")
    code, _, err = run(capsys, "collect", "tls", "--endpoints", f, "-o", tmp_path / "i.json")
    assert code == 2
    one_line(err, "endpoints.yaml")


def test_unknown_flag_is_one_line(capsys):
    code, _, err = run(capsys, "evaluate", "--no-such-flag")
    assert code == 2
    one_line(err, "evaluate", "--no-such-flag")


def test_inventory_schema_violation_names_the_path(tmp_path, capsys):
    doc = json.loads(_inventory_text())
    bad = copy.deepcopy(doc)
    bad["resources"]["aws_s3_bucket"][0]["id"] = 5
    path = tmp_path / "inventory.json"
    path.write_text(json.dumps(bad))
    code, _, err = run(capsys, "evaluate", path, "-o", tmp_path / "r.json")
    assert code == 2
    one_line(err, "$.resources.aws_s3_bucket[0]")
    assert doc["schema"] == INVENTORY_SCHEMA
