"""Waivers: exact/glob/tag selectors, expiry, unused, never on errors, the gate, and file:line:col errors."""

from __future__ import annotations

import pytest

from hipaa_scan.scanner.gate import evaluate_gate
from tests.governance_common import arn, base_inventory, day, evaluate, finding, first_error, load, statuses, write


@pytest.fixture(autouse=True)
def _cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray hipaa-scan.yaml is picked up


@pytest.fixture
def inv(tmp_path):
    return write(tmp_path / "inventory.json", base_inventory())


def waiver(id_, control, resource, expires=None, **extra):
    lines = [f"  - id: {id_}", f"    control: \"{control}\"", f"    resource: {resource}"]
    for k, v in extra.items():
        lines.append(f"    {k}: {v}")
    lines += ["    reason: Accepted until the migration.", "    approver: jane.doe@example.com",
              "    ticket: https://tracker.example.com/SEC-1", f"    expires: {expires or day(30)}"]
    return "\n".join(lines)


def waivers_file(tmp_path, *entries) -> str:
    return str(write(tmp_path / "waivers.yaml", "waivers:\n" + "\n".join(entries) + "\n"))


def ev(inv, tmp_path, *extra):
    out = tmp_path / "results.json"
    r = evaluate(inv, "-o", out, *extra)
    return r, (load(out) if out.exists() else None)


def test_exact_waiver_waives_the_failure_and_the_gate_passes(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-1", "GOV-ENC-01", f'{{id: "{arn("open")}"}}', expires=day(10)))
    r, res = ev(inv, tmp_path, "--waivers", w, "--allow-incomplete")
    assert r.exit_code == 0, r.output
    f = finding(res, "GOV-ENC-01", "open")
    assert f["status"] == "waived"
    assert f["waiver"] == {"id": "W-1", "reason": "Accepted until the migration.", "approver": "jane.doe@example.com",
                           "ticket": "https://tracker.example.com/SEC-1", "expires": day(10),
                           "source": "waivers.yaml:2:5"}
    assert res["summary"]["by_status"]["waived"] == 1
    assert res["gate"]["verdict"] == "passed" and res["gate"]["waived_findings"] == 1
    assert [a["id"] for a in res["waivers"]["applied"]] == ["W-1"]
    assert res["waivers"]["applied"][0]["findings"] == [
        {"control_id": "GOV-ENC-01", "resource_type": "gov_store", "resource_id": arn("open"),
         "account": "123456789012", "region": "us-east-1"}]
    assert res["waivers"]["expired"] == [] and res["waivers"]["unused"] == [] and res["waivers"]["refused"] == []
    # Without the waiver the same inventory fails the gate on that finding.
    r2, res2 = ev(inv, tmp_path, "--allow-incomplete")
    assert r2.exit_code == 1 and finding(res2, "GOV-ENC-01", "open")["status"] == "fail"


def test_glob_control_and_glob_resource(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-GLOB", "GOV-*", f'{{id: "{arn("legacy-*")}"}}'))
    r, res = ev(inv, tmp_path, "--waivers", w, "--fail-on", "medium", "--allow-incomplete")
    s = statuses(res, "GOV-VER-01")
    assert s == {"good": "pass", "open": "pass", "legacy-a": "waived", "legacy-b": "waived", "unread": "error"}
    assert res["waivers"]["applied"][0]["count"] == 2
    # 'open' still fails GOV-ENC-01 (not a legacy-* store): the gate fails on it.
    assert statuses(res, "GOV-ENC-01")["open"] == "fail" and r.exit_code == 1


def test_tag_selector_matches_only_tagged_resources(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-TAG", "GOV-VER-01", "{tags: {env: sandbox}}", account='"123456789012"',
                                      region="us-east-1"))
    r, res = ev(inv, tmp_path, "--waivers", w, "--fail-on", "medium", "--allow-incomplete")
    s = statuses(res, "GOV-VER-01")
    assert s["legacy-a"] == "waived" and s["legacy-b"] == "fail"
    assert r.exit_code == 1


def test_account_and_region_narrow_a_waiver(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-EU", "GOV-VER-01", "{tags: {env: sandbox}}", region="eu-west-1"))
    r, res = ev(inv, tmp_path, "--waivers", w, "--fail-on", "medium", "--allow-incomplete")
    assert statuses(res, "GOV-VER-01")["legacy-a"] == "fail"
    assert [u["id"] for u in res["waivers"]["unused"]] == ["W-EU"]


def test_expired_waiver_does_not_apply_and_is_listed(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-OLD", "GOV-ENC-01", f'{{id: "{arn("open")}"}}', expires=day(-1)))
    r, res = ev(inv, tmp_path, "--waivers", w, "--allow-incomplete")
    assert r.exit_code == 1
    assert finding(res, "GOV-ENC-01", "open")["status"] == "fail"
    assert finding(res, "GOV-ENC-01", "open")["waiver"] is None
    exp = res["waivers"]["expired"]
    assert [(e["id"], e["expires"], e["would_match"]) for e in exp] == [("W-OLD", day(-1), 1)]
    assert res["waivers"]["applied"] == [] and res["waivers"]["unused"] == []
    assert "1 expired" in r.stderr


def test_a_waiver_expiring_today_still_applies(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-TODAY", "GOV-ENC-01", f'{{id: "{arn("open")}"}}', expires=day(0)))
    r, res = ev(inv, tmp_path, "--waivers", w, "--allow-incomplete")
    assert r.exit_code == 0 and finding(res, "GOV-ENC-01", "open")["status"] == "waived"


def test_unused_waivers_are_listed(tmp_path, inv):
    w = waivers_file(tmp_path,
                     waiver("W-NONE", "GOV-ENC-01", f'{{id: "{arn("does-not-exist")}"}}'),
                     waiver("W-PASS", "GOV-ENC-01", f'{{id: "{arn("good")}"}}'),
                     waiver("W-CTL", "AWS-NOPE-*", '{id: "*"}'))
    r, res = ev(inv, tmp_path, "--waivers", w, "--allow-incomplete")
    unused = {u["id"]: u["matched_passing"] for u in res["waivers"]["unused"]}
    assert unused == {"W-NONE": 0, "W-PASS": 1, "W-CTL": 0}
    assert res["waivers"]["applied"] == [] and res["waivers"]["total"] == 3
    assert finding(res, "GOV-ENC-01", "good")["status"] == "pass"


def test_an_error_finding_is_never_waived(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-ERR", "GOV-VER-01", f'{{id: "{arn("unread")}"}}'))
    r, res = ev(inv, tmp_path, "--waivers", w, "--fail-on", "critical")
    f = finding(res, "GOV-VER-01", "unread")
    assert f["status"] == "error" and f["waiver"] is None
    assert res["waivers"]["refused"] == [
        {"control_id": "GOV-VER-01", "resource_type": "gov_store", "resource_id": arn("unread"),
         "account": "123456789012", "region": "us-east-1", "waiver": "W-ERR",
         "reason": "an error finding is never waived: the resource could not be read"}]
    assert r.exit_code == 3 and res["gate"]["verdict"] == "incomplete"
    assert "1 refused" in r.stderr


def test_first_matching_waiver_wins(tmp_path, inv):
    w = waivers_file(tmp_path,
                     waiver("W-A", "GOV-ENC-01", f'{{id: "{arn("open")}"}}'),
                     waiver("W-B", "GOV-*", '{id: "*"}'))
    _, res = ev(inv, tmp_path, "--waivers", w, "--allow-incomplete")
    assert finding(res, "GOV-ENC-01", "open")["waiver"]["id"] == "W-A"
    assert {a["id"]: a["count"] for a in res["waivers"]["applied"]} == {"W-A": 1, "W-B": 2}


def test_gate_never_fails_on_waived_or_baseline():
    base = {"severity": "critical", "control_id": "X", "resource": {"id": "r"}}
    for status in ("waived", "baseline", "pass"):
        g = evaluate_gate([dict(base, status=status)], "low")
        assert g["verdict"] == "passed" and g["exit_code"] == 0
    assert evaluate_gate([dict(base, status="fail")], "low")["exit_code"] == 1


@pytest.mark.parametrize("entry, where, message", [
    # missing expires: the entry's mark
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {id: x}\n    reason: r\n    approver: a\n"
     "    ticket: https://t.example/1\n", "waivers.yaml:2:5", "waivers[0]: missing required key 'expires'"),
    # a date that does not exist
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {id: x}\n    reason: r\n    approver: a\n"
     "    ticket: https://t.example/1\n    expires: 2027-13-01\n", "waivers.yaml:8:14",
     "waivers[0].expires: '2027-13-01' is not a valid date"),
    # not a date at all
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {id: x}\n    reason: r\n    approver: a\n"
     "    ticket: https://t.example/1\n    expires: next year\n", "waivers.yaml:8:14",
     "waivers[0].expires: 'next year' is not valid: a date written YYYY-MM-DD"),
    # unknown key: the key's mark
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {id: x}\n    reason: r\n    approver: a\n"
     "    ticket: https://t.example/1\n    expires: EXP\n    owner: bob\n", "waivers.yaml:9:5",
     "waivers[0].owner: unknown key"),
    # ticket must be a URL
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {id: x}\n    reason: r\n    approver: a\n"
     "    ticket: SEC-1\n    expires: EXP\n", "waivers.yaml:7:13",
     "waivers[0].ticket: 'SEC-1' is not valid: an http(s) URL"),
    # a resource selector needs id or tags
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {type: gov_store}\n    reason: r\n    approver: a\n"
     "    ticket: https://t.example/1\n    expires: EXP\n", "waivers.yaml:4:15",
     "waivers[0].resource: missing required key 'id'"),
    # empty reason
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {id: x}\n    reason: \"  \"\n    approver: a\n"
     "    ticket: https://t.example/1\n    expires: EXP\n", "waivers.yaml:5:13",
     "waivers[0].reason: '  ' is not valid: a non-empty string"),
    # duplicate ids
    ("  - id: W-1\n    control: GOV-ENC-01\n    resource: {id: x}\n    reason: r\n    approver: a\n"
     "    ticket: https://t.example/1\n    expires: EXP\n"
     "  - id: W-1\n    control: GOV-VER-01\n    resource: {id: y}\n    reason: r\n    approver: a\n"
     "    ticket: https://t.example/1\n    expires: EXP\n", "waivers.yaml:9:9",
     "waivers[1].id: duplicate waiver id 'W-1' (first at waivers.yaml:2:5)"),
    # duplicate keys in one mapping
    ("  - id: W-1\n    id: W-2\n", "waivers.yaml:3:5", "waivers[0].id: duplicate key (first at line 2)"),
    # YAML syntax error
    ("  - id: W-1\n    control: [GOV-ENC-01\n", "waivers.yaml:4:1", "invalid YAML"),
])
def test_invalid_waivers_name_file_line_col(tmp_path, inv, entry, where, message):
    w = write(tmp_path / "waivers.yaml", "waivers:\n" + entry.replace("EXP", day(30)))
    err = first_error(evaluate(inv, "-o", tmp_path / "r.json", "--waivers", w))
    assert err.startswith(f"{where}: {message}"), err
    assert not (tmp_path / "r.json").exists()


def test_expiry_more_than_a_year_ahead_is_refused_unless_allowed(tmp_path, inv):
    w = waivers_file(tmp_path, waiver("W-LONG", "GOV-ENC-01", f'{{id: "{arn("open")}"}}', expires=day(400)))
    err = first_error(evaluate(inv, "-o", tmp_path / "r.json", "--waivers", w))
    assert err.startswith(f"waivers.yaml:8:14: waivers[0].expires: expires {day(400)} is more than 365 days ahead "
                          f"(latest allowed {day(365)})")
    r, res = ev(inv, tmp_path, "--waivers", w, "--max-waiver-days", "400", "--allow-incomplete")
    assert r.exit_code == 0 and finding(res, "GOV-ENC-01", "open")["status"] == "waived"


def test_missing_waivers_file_is_exit_2(tmp_path, inv):
    err = first_error(evaluate(inv, "--waivers", tmp_path / "nope.yaml"))
    assert err == "nope.yaml: waivers file not found"


def test_empty_waivers_file_is_valid(tmp_path, inv):
    w = write(tmp_path / "waivers.yaml", "# nothing waived yet\nwaivers: []\n")
    r, res = ev(inv, tmp_path, "--waivers", w, "--allow-incomplete")
    assert r.exit_code == 1 and res["waivers"]["total"] == 0


def test_governed_results_are_valid_results_documents(tmp_path, inv):
    from hipaa_scan.scanner.inventory import validate

    w = waivers_file(tmp_path, waiver("W-1", "GOV-ENC-01", f'{{id: "{arn("open")}"}}'))
    r, res = ev(inv, tmp_path, "--waivers", w)
    validate(res, "results", "results.json")
    assert set(res["summary"]["by_status"]) == {"fail", "error", "baseline", "waived", "pass", "not_applicable",
                                                "manual"}


def test_bad_waiver_as_a_real_subprocess(tmp_path, inv, cli):
    w = write(tmp_path / "waivers.yaml", "waivers:\n  - id: W-1\n    control: GOV-ENC-01\n")
    r = cli("evaluate", inv, "-o", tmp_path / "r.json", "--waivers", w, cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == "hipaa-scan: error: waivers.yaml:2:5: waivers[0]: missing required key 'resource'\n"


def test_recursive_and_exploding_aliases_are_refused_not_crashed(tmp_path, inv):
    w = write(tmp_path / "waivers.yaml", "waivers: &a [*a]\n")
    assert first_error(evaluate(inv, "--waivers", w)).startswith("waivers.yaml:1:10: waivers[0]: ")
    lines = ["x: &a [1,1,1,1,1,1,1,1,1,1]"] + [
        f"{n}: &{n} [" + ",".join([f"*{p}"] * 10) + "]" for p, n in zip("abcdef", "bcdefg", strict=True)]
    w = write(tmp_path / "waivers.yaml", "\n".join(lines) + "\n")
    assert "more than 200000 YAML nodes" in first_error(evaluate(inv, "--waivers", w))


def test_apply_waivers_does_not_modify_its_input():
    import copy

    from hipaa_scan.scanner.waivers import Waiver, WaiverSet, apply_waivers
    from tests.governance_common import TODAY

    results = {"findings": [{"control_id": "GOV-ENC-01", "status": "fail", "severity": "high", "waiver": None,
                             "resource": {"type": "gov_store", "id": arn("open"), "account": None, "region": None}}]}
    before = copy.deepcopy(results)
    w = Waiver(id="W-1", control="GOV-*", reason="r", approver="a", ticket="https://t/1", expires=TODAY,
               where="w.yaml:2:5", resource_id="arn:acme:store:::o*")
    out = apply_waivers(results, WaiverSet("w.yaml", (w,)), TODAY)
    assert results == before
    assert out["findings"][0]["status"] == "waived" and out["waivers"]["applied"][0]["count"] == 1
