"""Choosing controls: by default only those the inventory's sources feed; --controls,
--skip-controls, --severity, --citations and --all-controls (flags and hipaa-scan.yaml); the
selection is recorded and coverage stays honest (a citation whose controls were all left out
is not_assessed, never pass)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from hipaa_scan.scanner import pipeline
from hipaa_scan.scanner.cli import main
from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.inventory import load_schema
from hipaa_scan.scanner.policies import load_policy_set
from hipaa_scan.scanner.selection import ControlSelection
from tests.helpers import bucket, inventory
from tests.reports_data import _iac


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


def iac_inventory() -> dict:
    inv = inventory({"iac_check": [_iac("CKV_AWS_19", "failed", "main.tf", [1, 3], "aws_s3_bucket.phi")]})
    inv["sources"] = [{"collector": "iac", "path": "."}]
    return inv


def aws_inventory() -> dict:
    inv = inventory({"aws_s3_bucket": [bucket("phi"), bucket("logs", encrypted=False)]})
    inv["sources"] = [{"collector": "aws", "account": "123456789012", "regions": ["us-east-1"]}]
    return inv


def evaluate(inv: dict, selection: ControlSelection | None = None) -> dict:
    settings = pipeline.EvaluationSettings(pin=True, selection=selection or ControlSelection())
    return pipeline.evaluate(inv, settings, pipeline.GateSettings("never"))


def test_iac_inventory_runs_only_iac_controls_and_coverage_stays_honest(policy_set):
    res = evaluate(iac_inventory())
    jsonschema.validate(res, load_schema("results"))
    ran = {c["id"] for c in res["controls"]}
    iac = {p.id for p in policy_set.policies if p.resource_type == "iac_check"}
    assert ran == iac and {f["control_id"] for f in res["findings"]} == iac
    sel = res["selection"]
    assert sel["by_source"] is True and sel["sources"] == ["iac"]
    assert sel["selected"] == len(iac) and sel["total"] == len(policy_set.policies)
    assert len(sel["deselected"]) == len(policy_set.policies) - len(iac)
    s301 = next(d for d in sel["deselected"] if d["id"] == "AWS-S3-01")
    assert s301["reason"] == ("judges aws_s3_bucket, which the aws collector produces; this inventory comes from iac")
    cov = {r["citation"]: r for r in res["coverage"]}
    for row in cov.values():
        if not row["controls"]:  # nothing ran for it: manual (no control exists) or not_assessed, never a pass
            assert row["status"] in ("manual", "not_assessed")
            assert (row["status"] == "not_assessed") == bool(row.get("deselected_controls"))
    cited_only_by_aws = {c for d in sel["deselected"] for c in d["hipaa"]} - {c for p in policy_set.policies
                                                                             if p.id in iac for c in p.hipaa}
    assert cited_only_by_aws and all(cov[c]["status"] == "not_assessed" for c in cited_only_by_aws)


def test_all_controls_and_an_inventory_of_no_known_source_run_everything(policy_set):
    res = evaluate(iac_inventory(), ControlSelection(by_source=False))
    assert len(res["controls"]) == len(policy_set.policies) and res["selection"]["deselected"] == []
    assert "not_assessed" not in {r["status"] for r in res["coverage"]}
    inv = iac_inventory()
    inv["sources"] = [{"collector": "custom"}]
    assert len(evaluate(inv)["controls"]) == len(policy_set.policies)


def test_a_type_the_inventory_holds_stays_in_scope():
    inv = aws_inventory()
    inv["resources"]["iac_check"] = iac_inventory()["resources"]["iac_check"]
    ran = {c["id"] for c in evaluate(inv)["controls"]}
    assert "IAC-ENC-01" in ran and "AWS-S3-01" in ran and "TLS-PROTO-01" not in ran


def test_controls_globs_skip_severity_and_citations(policy_set):
    res = evaluate(aws_inventory(), ControlSelection(controls=("AWS-S3-*", "HOST-SSH-01")))
    ids = {c["id"] for c in res["controls"]}
    assert ids == {p.id for p in policy_set.policies if p.id.startswith("AWS-S3-")} | {"HOST-SSH-01"}
    assert res["selection"]["by_source"] is False  # named controls run whatever the source
    assert {d["reason"] for d in res["selection"]["deselected"]} == {"not named by --controls"}
    res = evaluate(aws_inventory(), ControlSelection(controls=("AWS-S3-*",), skip=("AWS-S3-01",), severity="high"))
    ids = {c["id"] for c in res["controls"]}
    assert "AWS-S3-01" not in ids and all(c["severity"] in ("critical", "high") for c in res["controls"])
    reasons = {d["id"]: d["reason"] for d in res["selection"]["deselected"]}
    assert reasons["AWS-S3-01"] == "skipped by --skip-controls AWS-S3-01"
    low = next(p for p in policy_set.policies if p.id.startswith("AWS-S3-") and p.severity in ("medium", "low"))
    assert reasons[low.id] == f"severity {low.severity} is below --severity high"
    res = evaluate(aws_inventory(), ControlSelection(citations=("164.312(a)(2)(iv)",)))
    assert res["controls"] and all("164.312(a)(2)(iv)" in c["hipaa"] for c in res["controls"])
    assert all(c["resource_type"].startswith("aws_") for c in res["controls"])  # the source filter still holds


@pytest.mark.parametrize(("sel", "flag", "text"), [
    (ControlSelection(controls=("AWS-S3-99",)), "--controls", "'AWS-S3-99' matches no control"),
    (ControlSelection(skip=("NOPE-*",)), "--skip-controls", "'NOPE-*' matches no control"),
    (ControlSelection(citations=("164.999",)), "--citations", "'164.999' is no citation"),
    (ControlSelection(controls=("TLS-*",), severity="critical", citations=("164.308(a)(1)(ii)(C)",)), "--controls",
     "the selection leaves no control to evaluate"),
])
def test_a_selection_that_matches_nothing_is_an_input_error(sel, flag, text):
    with pytest.raises(InputError) as exc:
        evaluate(aws_inventory(), sel)
    assert exc.value.where == flag and text in str(exc.value)


def test_severity_must_be_known():
    with pytest.raises(InputError):
        ControlSelection(severity="urgent")


def test_cli_flags_and_config_select_controls(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "inv.json").write_text(json.dumps(aws_inventory()))
    code = main(["evaluate", "inv.json", "-o", "r.json", "--controls", "AWS-S3-01,AWS-S3-02", "--fail-on", "never",
                 "--console", "summary"])
    assert code == 0
    assert [c["id"] for c in json.loads((tmp_path / "r.json").read_text())["controls"]] == ["AWS-S3-01", "AWS-S3-02"]
    assert "2 of " in capsys.readouterr().err
    (tmp_path / "hipaa-scan.yaml").write_text("skip_controls: [AWS-S3-*]\nseverity: high\nfail_on: never\n")
    assert main(["evaluate", "inv.json", "-o", "r2.json", "--console", "summary"]) == 0
    res = json.loads((tmp_path / "r2.json").read_text())
    assert res["controls"] and not any(c["id"].startswith("AWS-S3-") for c in res["controls"])
    assert res["selection"]["skip_controls"] == ["AWS-S3-*"] and res["selection"]["severity"] == "high"
    capsys.readouterr()
    assert main(["evaluate", "inv.json", "-o", "r3.json", "--controls", "AWS-NOPE-*"]) == 2
    assert capsys.readouterr().err == ("hipaa-scan: error: --controls: 'AWS-NOPE-*' matches no control "
                                       "(see `hipaa-scan policy list`)\n")


def test_reports_show_not_assessed_citations():
    from hipaa_scan.reports import html, junit, markdown

    res = evaluate(iac_inventory())
    n = sum(1 for r in res["coverage"] if r["status"] == "not_assessed")
    assert n > 0
    assert junit.render(res, "citation").count('message="not assessed: its controls (') == n
    assert f"{n} not assessed (their controls were not selected)" in markdown.render(res)
    assert "st-not_assessed" in html.render(res)
