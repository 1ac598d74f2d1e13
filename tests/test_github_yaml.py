"""action.yml and .github/workflows/*.yml against the workflow and action JSON Schemas (tests/specs/).

A misspelt key, a composite `run` step without `shell`, a step with both `uses` and `run`, or
an output/input reference that does not exist fails `make test`.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = Path(__file__).resolve().parent / "specs"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def load_yaml(path: Path) -> dict:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in doc:  # YAML 1.1 reads the key `on` as the boolean true
        doc["on"] = doc.pop(True)
    return doc


def validator(name: str) -> jsonschema.Draft7Validator:
    schema = json.loads((SPECS / name).read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


WF = validator("github-workflow.schema.json")
ACTION = validator("github-action.schema.json")


def errors(v: jsonschema.Draft7Validator, doc: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(doc)]


def test_expected_files_exist():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "example-hipaa-scan.yml"}
    assert (ROOT / "action.yml").is_file()


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid(path):
    assert errors(WF, load_yaml(path)) == []


def test_action_is_valid():
    assert errors(ACTION, load_yaml(ROOT / "action.yml")) == []


def test_action_references_are_declared():
    text = (ROOT / "action.yml").read_text()
    doc = load_yaml(ROOT / "action.yml")
    used = set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", text))
    assert used <= set(doc["inputs"]), used - set(doc["inputs"])
    step_ids = {s.get("id") for s in doc["runs"]["steps"]}
    for name, out in doc["outputs"].items():
        step, key = re.fullmatch(r"\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}", out["value"]).groups()
        assert step in step_ids
        assert f"echo \"{key}=" in text or f"{key}:" in text, name  # the step writes it to $GITHUB_OUTPUT
    # the reports the action advertises are the files the writers produce
    from hipaa_scan.reports import html, json_report, junit, markdown, sarif

    for mod in (markdown, sarif, junit, html, json_report):
        assert mod.FILENAME in text


def test_example_uploads_sarif_and_junit():
    doc = load_yaml(ROOT / ".github" / "workflows" / "example-hipaa-scan.yml")
    steps = doc["jobs"]["hipaa-scan"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert any(u.startswith("mikepenz/action-junit-report@") for u in uses)
    assert doc["permissions"]["security-events"] == "write"
    sarif_step = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert sarif_step["with"]["sarif_file"] == "${{ steps.hipaa.outputs.sarif }}" and "always()" in sarif_step["if"]


def test_ci_runs_make_test_and_builds():
    doc = load_yaml(ROOT / ".github" / "workflows" / "ci.yml")
    runs = "\n".join(s.get("run", "") for j in doc["jobs"].values() for s in j.get("steps", []))
    assert "make test" in runs and "python -m build" in runs and "make lint" in runs


def mutate(doc: dict, path: list, fn) -> dict:
    doc = copy.deepcopy(doc)
    cur = doc
    for p in path[:-1]:
        cur = cur[p]
    fn(cur, path[-1])
    return doc


@pytest.mark.parametrize("change", [
    lambda d, k: d[k].__setitem__("run-on", d[k].pop("runs-on")),  # typo in a job key
    lambda d, k: d[k].__setitem__("steps", []),
    lambda d, k: d[k]["steps"][0].__setitem__("run", "echo both uses and run"),
    lambda d, k: d[k]["steps"][0].__setitem__("with_", {}),
])
def test_schema_catches_workflow_mistakes(change):
    doc = load_yaml(ROOT / ".github" / "workflows" / "ci.yml")
    bad = mutate(doc, ["jobs", "tests"], change)
    assert errors(WF, bad)


@pytest.mark.parametrize("change", [
    lambda d: d.pop("description"),
    lambda d: d["runs"]["steps"][1].pop("shell"),  # composite run step without shell
    lambda d: d["inputs"]["fail-on"].__setitem__("defualt", "high"),
    lambda d: d["runs"].__setitem__("using", "composit"),
    lambda d: d["outputs"]["sarif"].pop("description"),
])
def test_schema_catches_action_mistakes(change):
    doc = load_yaml(ROOT / "action.yml")
    change(doc)
    assert errors(ACTION, doc)


def test_workflow_on_key_typo_is_caught():
    doc = load_yaml(ROOT / ".github" / "workflows" / "ci.yml")
    doc["on"]["pul_request"] = None
    assert errors(WF, doc)


FAKE_SCAN = """#!/bin/sh
# a stand-in for hipaa-scan: writes the reports into --out, then exits with $FAKE_CODE
out=hipaa-out
while [ $# -gt 0 ]; do
  if [ "$1" = --out ]; then out=$2; fi
  echo "$1" >> "$FAKE_ARGS"
  shift
done
mkdir -p "$out"
for f in results.json results.sarif junit.xml summary.md; do echo '{}' > "$out/$f"; done
exit "$FAKE_CODE"
"""


def _scan_step_script() -> str:
    doc = load_yaml(ROOT / "action.yml")
    return next(s for s in doc["runs"]["steps"] if s.get("id") == "scan")["run"]


@pytest.mark.parametrize("code", [0, 1, 3])
def test_action_script_writes_outputs_when_the_gate_fails(tmp_path, code):
    """The step as GitHub runs it (bash --noprofile --norc -eo pipefail): a failing scan still
    sets every output and the job summary, and the step ends with the scan's code."""
    import os
    import subprocess

    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake = bindir / "hipaa-scan"
    fake.write_text(FAKE_SCAN)
    fake.chmod(0o755)
    script = tmp_path / "step.sh"
    script.write_text(_scan_step_script())
    out, summary, args = tmp_path / "gh-output", tmp_path / "gh-summary", tmp_path / "args"
    env = {"PATH": f"{bindir}:{os.environ['PATH']}", "GITHUB_OUTPUT": str(out), "GITHUB_STEP_SUMMARY": str(summary),
           "FAKE_CODE": str(code), "FAKE_ARGS": str(args), "HS_COMMAND": "scan iac infra/", "HS_FAIL_ON": "high",
           "HS_FORMATS": "json,sarif,junit,markdown", "HS_OUT": "reports", "HS_WAIVERS": "", "HS_BASELINE": "",
           "HS_ALLOW_INCOMPLETE": "false", "HS_ARGS": ""}
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == code, proc.stderr
    outputs = dict(line.split("=", 1) for line in out.read_text().splitlines())
    assert outputs == {"exit-code": str(code), "results": "reports/results.json", "sarif": "reports/results.sarif",
                       "junit": "reports/junit.xml", "html": "", "markdown": "reports/summary.md"}
    assert summary.read_text() == "{}\n"
    assert args.read_text().split("\n")[:3] == ["scan", "iac", "infra/"]
    assert "--allow-incomplete" not in args.read_text()


def test_example_uploads_run_always():
    """The uploads run when the gate failed (the outputs are set then too)."""
    doc = load_yaml(ROOT / ".github" / "workflows" / "example-hipaa-scan.yml")
    uploads = [s for s in doc["jobs"]["hipaa-scan"]["steps"] if s.get("uses", "").split("@")[0] in (
        "github/codeql-action/upload-sarif", "mikepenz/action-junit-report", "actions/upload-artifact")]
    assert len(uploads) == 3
    assert all(s["if"].startswith("always()") for s in uploads)
