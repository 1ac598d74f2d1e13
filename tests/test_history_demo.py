"""Done means: two recorded scans of the demo account (moto over HTTP) with a change between them;
``history diff`` names exactly the findings that changed, and ``--fail-on-new`` gates on them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from demo.clinic import seed_clinic
from hipaa_scan.scanner.cli import cli

pytest.importorskip("sqlalchemy")

SEVERITIES = ["low", "medium", "high", "critical"]


def statuses(results: dict) -> dict[tuple[str, str], str]:
    return {(f["control_id"], (f["resource"] or {}).get("id", "")): f["status"] for f in results["findings"]}


def test_two_recorded_demo_scans_diff_exactly(aws_session, moto_server, tmp_path, monkeypatch):
    import hipaa_scan.collectors.aws as aws_mod

    seed_clinic(aws_session, moto_server.endpoint)
    monkeypatch.setattr(aws_mod, "make_session", lambda profile=None: aws_session)
    store = tmp_path / "history.sqlite"
    runner = CliRunner()

    def scan(out: str) -> dict:
        r = runner.invoke(cli, ["scan", "aws", "--endpoint-url", moto_server.endpoint, "--regions",
                                "us-east-1", "--quiet", "--format", "json,html", "--out", str(tmp_path / out),
                                "--fail-on", "never", "--allow-incomplete", "--record", "--store", str(store)])
        assert r.exit_code == 0, r.stderr
        assert "recorded scan" in r.stderr
        return json.loads((tmp_path / out / "results.json").read_text())

    first = scan("one")
    # the change: the exports bucket gets versioning and a full public access block (fixes); the
    # images bucket loses its default encryption and versioning (new failures)
    s3 = aws_session.client("s3", region_name="eu-west-1", endpoint_url=moto_server.endpoint)
    s3.put_bucket_versioning(Bucket="clinic-phi-exports", VersioningConfiguration={"Status": "Enabled"})
    s3.put_public_access_block(Bucket="clinic-phi-exports", PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    s3us = aws_session.client("s3", region_name="us-east-1", endpoint_url=moto_server.endpoint)
    s3us.delete_bucket_encryption(Bucket="clinic-phi-images")
    s3us.put_bucket_versioning(Bucket="clinic-phi-images", VersioningConfiguration={"Status": "Suspended"})
    second = scan("two")

    before, after = statuses(first), statuses(second)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed, "the change between the scans must change some findings"
    r = runner.invoke(cli, ["history", "diff", "--store", str(store), "--format", "json"])
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert (d["from"]["scan_id"], d["to"]["scan_id"]) == (first["scan"]["id"], second["scan"]["id"])
    named = {(c["control_id"], c["resource_id"]) for kind in ("new_failures", "fixed", "status_changes", "appeared",
                                                               "disappeared") for c in d[kind]}
    assert named == changed
    new_fail = {(c["control_id"], c["resource_id"]) for c in d["new_failures"]}
    assert new_fail == {k for k in changed if after.get(k) == "fail"}
    assert any(rid == "arn:aws:s3:::clinic-phi-images" for _, rid in new_fail)
    assert {(c["control_id"], c["resource_id"]) for c in d["fixed"]} == {
        k for k in changed if before.get(k) == "fail" and after.get(k) in ("pass", "not_applicable")}
    assert any(rid == "arn:aws:s3:::clinic-phi-exports" for _, rid in
               ((c["control_id"], c["resource_id"]) for c in d["fixed"]))
    worst = max(SEVERITIES.index(c["severity"]) for c in d["new_failures"])
    r = runner.invoke(cli, ["history", "diff", "--store", str(store), "--fail-on-new", SEVERITIES[worst]])
    assert r.exit_code == 1 and "new failure(s) at or above" in r.stderr
    if worst < len(SEVERITIES) - 1:
        r = runner.invoke(cli, ["history", "diff", "--store", str(store), "--fail-on-new", SEVERITIES[worst + 1]])
        assert r.exit_code == 0
    html = (tmp_path / "two" / "report.html").read_text()
    assert "Changed since the previous scan" in html and "clinic-phi-images" in html.split('id="history"')[1]
