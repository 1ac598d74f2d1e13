"""Baselines: stable fingerprints, CLI round trip (new fails the gate, known does not, fixed is listed),
invalid files with file:line:col, and same inputs + waivers + baseline → same results and exit code."""

from __future__ import annotations

import hashlib
import json

import pytest

from hipaa_scan.scanner.baseline import create_baseline, fingerprint
from tests.governance_common import arn, base_inventory, day, evaluate, finding, first_error, load, run, statuses, store, write


@pytest.fixture(autouse=True)
def _cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_fingerprint_is_sha256_of_the_identity_fields():
    fp = fingerprint("GOV-ENC-01", "gov_store", arn("open"), "123456789012", "us-east-1")
    assert fp == hashlib.sha256(b"\x00".join([b"GOV-ENC-01", b"gov_store", b"arn:acme:store:::open", b"123456789012",
                                                b"us-east-1"])).hexdigest()
    assert fp != fingerprint("GOV-ENC-01", "gov_store", arn("open"), "123456789012", "eu-west-1")
    assert fingerprint("C-1", "t", "r", None, None) == hashlib.sha256(b"C-1\x00t\x00r\x00\x00").hexdigest()


def test_baseline_round_trip_through_the_cli(tmp_path):
    inv1 = write(tmp_path / "inv1.json", base_inventory(unread=False))
    r = evaluate(inv1, "-o", tmp_path / "r1.json", "--fail-on", "medium", "--pin")
    assert r.exit_code == 1
    r = run("baseline", "create", tmp_path / "r1.json", "-o", tmp_path / "baseline.json")
    assert r.exit_code == 0, r.output
    assert "3 known failures" in r.stderr  # open (S3-01), legacy-a and legacy-b (S3-02)
    base = load(tmp_path / "baseline.json")
    assert base["schema"] == "hipaa-scan/baseline/v1"
    assert [(e["control_id"], e["resource_id"]) for e in base["entries"]] == [
        ("GOV-ENC-01", arn("open")), ("GOV-VER-01", arn("legacy-a")), ("GOV-VER-01", arn("legacy-b"))]
    assert all(e["fingerprint"] == fingerprint(e["control_id"], e["resource_type"], e["resource_id"], e["account"],
                                               e["region"]) for e in base["entries"])

    # Same inventory with the baseline: every failure is known; the gate passes.
    r = evaluate(inv1, "-o", tmp_path / "r1b.json", "--fail-on", "medium", "--baseline",
            tmp_path / "baseline.json")
    res = load(tmp_path / "r1b.json")
    assert r.exit_code == 0, r.output
    assert statuses(res, "GOV-VER-01") == {"good": "pass", "open": "pass", "legacy-a": "baseline",
                                          "legacy-b": "baseline"}
    assert finding(res, "GOV-ENC-01", "open")["baseline"]["fingerprint"] == base["entries"][0]["fingerprint"]
    assert res["baseline"]["new"] == 0 and res["baseline"]["known"] == 3 and res["baseline"]["fixed"] == []
    assert res["summary"]["by_status"]["baseline"] == 3 and res["gate"]["baseline_findings"] == 3
    cov = {c["citation"]: c["status"] for c in res["coverage"]}
    assert cov["164.312(a)(2)(iv)"] == "baseline"

    # Next run: 'open' was fixed, legacy-a still fails (known), 'new-open' is a new failure.
    inv2 = write(tmp_path / "inv2.json", base_inventory(unread=False, extra=[store("new-open", encrypted=False)]))
    doc = load(inv2)
    for b in doc["resources"]["gov_store"]:
        if b["name"] == "open":
            b["encrypted"] = True
        if b["name"] == "legacy-b":
            b["versioning"] = "Enabled"
    write(inv2, doc)
    r = evaluate(inv2, "-o", tmp_path / "r2.json", "--fail-on", "medium", "--baseline",
            tmp_path / "baseline.json")
    res = load(tmp_path / "r2.json")
    assert r.exit_code == 1  # the new failure gates
    assert finding(res, "GOV-ENC-01", "new-open")["status"] == "fail"
    assert finding(res, "GOV-VER-01", "legacy-a")["status"] == "baseline"
    assert res["baseline"]["new"] == 1 and res["baseline"]["known"] == 1
    assert [(f["control_id"], f["resource_id"], f["now"]) for f in res["baseline"]["fixed"]] == [
        ("GOV-ENC-01", arn("open"), "pass"), ("GOV-VER-01", arn("legacy-b"), "pass")]
    assert res["gate"]["blocking_findings"] == 1
    assert "1 new, 1 known, 2 fixed" in r.stderr

    # A failure whose resource is gone is listed as fixed ('absent'); an unreadable one is not fixed.
    doc3 = load(inv1)
    doc3["resources"]["gov_store"] = [b for b in doc3["resources"]["gov_store"] if b["name"] != "open"]
    for b in doc3["resources"]["gov_store"]:
        if b["name"] == "legacy-b":
            b.pop("versioning")
    doc3["errors"] = [{"collector": "aws", "resource_type": "gov_store", "code": "AccessDenied", "message": "no",
                       "account": "123456789012", "region": "us-east-1", "resource_id": arn("legacy-b"),
                       "field": "versioning"}]
    inv3 = write(tmp_path / "inv3.json", doc3)
    r = evaluate(inv3, "-o", tmp_path / "r3.json", "--fail-on", "medium", "--baseline",
            tmp_path / "baseline.json")
    res = load(tmp_path / "r3.json")
    assert r.exit_code == 3  # unreadable: incomplete, never silently fixed
    assert [(f["resource_id"], f["now"]) for f in res["baseline"]["fixed"]] == [(arn("open"), "absent")]
    assert [(f["resource_id"], f["now"]) for f in res["baseline"]["unverified"]] == [(arn("legacy-b"), "error")]


def test_baseline_create_is_deterministic_and_keeps_known_failures(tmp_path):
    inv = write(tmp_path / "inv.json", base_inventory(unread=False))
    evaluate(inv, "-o", tmp_path / "r.json", "--pin")
    run("baseline", "create", tmp_path / "r.json", "-o", tmp_path / "b1.json")
    run("baseline", "create", tmp_path / "r.json", "-o", tmp_path / "b2.json")
    assert (tmp_path / "b1.json").read_bytes() == (tmp_path / "b2.json").read_bytes()
    # Results evaluated with the baseline still hold the same failures ('baseline' ones are kept).
    evaluate(inv, "-o", tmp_path / "rb.json", "--pin", "--baseline", tmp_path / "b1.json")
    again = create_baseline(load(tmp_path / "rb.json"), "r.json")
    assert [e["fingerprint"] for e in again["entries"]] == [e["fingerprint"] for e in load(tmp_path / "b1.json")["entries"]]


def test_waived_findings_are_not_baselined_and_waivers_win(tmp_path):
    inv = write(tmp_path / "inv.json", base_inventory(unread=False))
    w = write(tmp_path / "waivers.yaml", f"""waivers:
  - id: W-1
    control: GOV-ENC-01
    resource: {{id: "{arn('open')}"}}
    reason: Test bucket.
    approver: sec@example.com
    ticket: https://t.example/1
    expires: {day(30)}
""")
    evaluate(inv, "-o", tmp_path / "r.json", "--waivers", w)
    run("baseline", "create", tmp_path / "r.json", "-o", tmp_path / "b.json")
    assert [e["resource_id"] for e in load(tmp_path / "b.json")["entries"]] == [arn("legacy-a"), arn("legacy-b")]
    # A full baseline plus a waiver on the same finding: the waiver (an owned decision) wins.
    evaluate(inv, "-o", tmp_path / "r0.json")
    run("baseline", "create", tmp_path / "r0.json", "-o", tmp_path / "b0.json")
    r = evaluate(inv, "-o", tmp_path / "r2.json", "--waivers", w, "--baseline", tmp_path / "b0.json")
    res = load(tmp_path / "r2.json")
    assert finding(res, "GOV-ENC-01", "open")["status"] == "waived"
    assert res["baseline"]["known"] == 2 and res["baseline"]["fixed"] == [] and r.exit_code == 0


def test_same_inputs_waivers_and_baseline_give_the_same_results_and_exit_code(tmp_path):
    inv = write(tmp_path / "inv.json", base_inventory(extra=[store("new-open", encrypted=False)]))
    write(tmp_path / "inv0.json", base_inventory())
    evaluate(tmp_path / "inv0.json", "-o", tmp_path / "r0.json", "--pin")
    run("baseline", "create", tmp_path / "r0.json", "-o", tmp_path / "b.json")
    w = write(tmp_path / "waivers.yaml", f"""waivers:
  - id: W-SANDBOX
    control: "GOV-*"
    resource: {{tags: {{env: sandbox}}}}
    reason: Sandbox.
    approver: sec@example.com
    ticket: https://t.example/2
    expires: {day(30)}
""")
    outs, codes = [], []
    for i in range(2):
        r = evaluate(inv, "-o", tmp_path / f"d{i}.json", "--pin", "--fail-on", "medium",
                "--waivers", w, "--baseline", tmp_path / "b.json")
        codes.append(r.exit_code)
        outs.append((tmp_path / f"d{i}.json").read_bytes())
    assert outs[0] == outs[1]
    assert codes == [1, 1]  # new-open is new and high
    res = json.loads(outs[0])
    assert finding(res, "GOV-VER-01", "legacy-a")["status"] == "waived"
    assert finding(res, "GOV-VER-01", "legacy-b")["status"] == "baseline"
    assert finding(res, "GOV-ENC-01", "new-open")["status"] == "fail"


GOOD_ENTRY = {"fingerprint": fingerprint("GOV-ENC-01", "gov_store", "x", None, None), "control_id": "GOV-ENC-01",
              "resource_type": "gov_store", "resource_id": "x", "account": None, "region": None}


@pytest.mark.parametrize("text, expected", [
    ('{"schema": "hipaa-scan/baseline/v1",\n "entries": [,]}', "baseline.json:2:14: invalid JSON: Expecting value"),
    ('[]', "baseline.json:1:1: a baseline is a JSON object"),
    ('{"schema": "other/v1", "created_from": {}, "entries": []}',
     "baseline.json:1:12: schema: not a hipaa-scan baseline"),
    (json.dumps({"schema": "hipaa-scan/baseline/v1", "created_from": {},
                 "entries": [dict(GOOD_ENTRY, fingerprint="abc")]}, indent=2),
     "baseline.json:6:22: entries[0].fingerprint: 'abc' does not match"),
    (json.dumps({"schema": "hipaa-scan/baseline/v1", "created_from": {},
                 "entries": [dict(GOOD_ENTRY, resource_id="y")]}, indent=2),
     "baseline.json:6:22: entries[0].fingerprint: fingerprint does not match"),
    (json.dumps({"schema": "hipaa-scan/baseline/v1", "created_from": {}, "entries": [GOOD_ENTRY], "extra": 1},
                indent=2), "baseline.json:14:3: extra: unknown key"),
])
def test_invalid_baseline_names_file_line_col(tmp_path, text, expected):
    inv = write(tmp_path / "inv.json", base_inventory())
    b = write(tmp_path / "baseline.json", text)
    err = first_error(evaluate(inv, "-o", tmp_path / "r.json", "--baseline", b))
    assert err.startswith(expected), err
    assert not (tmp_path / "r.json").exists()


def test_baseline_create_refuses_a_non_results_file(tmp_path):
    write(tmp_path / "x.json", {"hello": 1})
    err = first_error(run("baseline", "create", tmp_path / "x.json", "-o", tmp_path / "b.json"))
    assert err.startswith(f"{tmp_path / 'x.json'}: $: 'schema' is a required property")
