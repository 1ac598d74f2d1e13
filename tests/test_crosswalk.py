"""The AWS cross-walk (policies/crosswalk/aws.json): complete, consistent with the controls, and
rendered into docs/aws.md."""

from __future__ import annotations

import pytest

from hipaa_scan.scanner import crosswalk
from hipaa_scan.scanner.policies import load_policy_set


@pytest.fixture(scope="module")
def data():
    return crosswalk.load()


@pytest.fixture(scope="module")
def aws_ids():
    return {p.id for p in load_policy_set().policies if p.id.startswith("AWS-")}


def test_every_control_named_exists(data, aws_ids):
    named = {c for row in data["rows"] for c in row["controls"]} | set(data["beyond_anchors"])
    assert named - aws_ids == set()


def test_every_aws_control_is_in_the_crosswalk_or_beyond_the_anchors(data, aws_ids):
    in_rows = {c for row in data["rows"] for c in row["controls"]}
    assert aws_ids - in_rows - set(data["beyond_anchors"]) == set()
    # a control listed as beyond the anchors is not also the answer to an anchor's check
    assert in_rows & set(data["beyond_anchors"]) == set()


def test_every_row_has_a_control_or_a_reason(data):
    assert {row["anchor"] for row in data["rows"]} == set(crosswalk.ANCHOR_ORDER)
    for row in data["rows"]:
        assert row["status"] in data["statuses"], row
        assert row["granularity"].startswith(("per resource", "per region", "per account", "per policy")), row
        if row["status"] in crosswalk.WITH_CONTROLS:
            assert row["controls"], row
        else:
            assert not row["controls"] and row.get("note", "").endswith("."), row
        if row["status"] in ("partial", "aws_default", "superseded"):
            assert row.get("note"), row
        if row["status"] in ("aws_default", "superseded"):
            assert "https://" in row["note"], row  # the source


def test_one_row_per_check_of_each_anchor(data):
    keys = [(row["anchor"], row["check"]) for row in data["rows"]]
    assert len(keys) == len(set(keys))
    counts = {a: sum(c.values()) for a, c in crosswalk.coverage(data).items()}
    # Prowler hipaa_aws lists 95 distinct checks, the Config pack 130 rules, Powerpipe 156 controls
    assert counts == {"prowler": 95, "config": 130, "powerpipe": 156}
    for anchor, src in data["sources"].items():
        assert src["repository"] and src["path"] and len(src["commit"]) == 40, anchor


def test_docs_carry_the_rendered_crosswalk(data):
    text = crosswalk.DOCS.read_text(encoding="utf-8")
    assert crosswalk.markdown(data) in text, "run: python -m hipaa_scan.scanner.crosswalk --write-docs"


def test_granularity_choices_the_anchors_line_up_with(data):
    rows = {(r["anchor"], r["check"]): r for r in data["rows"]}
    assert "AWS-CT-10" in rows[("prowler", "cloudtrail_multi_region_enabled")]["controls"]
    assert rows[("prowler", "cloudtrail_multi_region_enabled")]["granularity"] == "per region"
    inline_admin = rows[("prowler", "iam_inline_policy_no_administrative_privileges")]
    assert "AWS-IAM-18" in inline_admin["controls"] and inline_admin["granularity"] == "per policy"
