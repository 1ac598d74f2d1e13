"""Issue 5: `hipaa-scan merge` joins sharded scans into what one scan of all the accounts gives."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import hipaa_scan.collectors.aws as aws_mod
from hipaa_scan.scanner.cli import cli
from tests import scale_org
from tests.scale_org import (
    MANAGEMENT,
    ROLE,
    core_specs,
    create_org,
    member_session,
    seed_buckets,
    seed_database,
)

# the scale fixtures (a moto server with an organization) replace conftest's for this module
aws_session = scale_org.aws_session
moto_server = scale_org.moto_server
scale_moto = scale_org.scale_moto


def _canon(items):
    return sorted(json.dumps(i, sort_keys=True) for i in items)


@pytest.fixture
def shards(aws_session, moto_server, tmp_path, monkeypatch):
    """One full scan of the organization and the same accounts in two shards (CLI, in-process)."""
    ep = moto_server.endpoint
    ids = create_org(aws_session, ep, ["clinic-a", "clinic-b"])
    a, b = ids["clinic-a"], ids["clinic-b"]
    seed_buckets(member_session(aws_session, ep, a), ep, "clinic-a")      # only A has buckets
    seed_database(member_session(aws_session, ep, b), ep, "b-ehr", encrypted=False)  # only B has databases
    aws_session.client("iam", endpoint_url=ep).create_user(UserName="mgmt-admin")
    monkeypatch.setattr(aws_mod, "make_session", lambda profile=None: aws_session)
    monkeypatch.setattr(aws_mod, "all_specs", core_specs)
    runner = CliRunner()

    def scan(name, *accounts):
        sel = ["--accounts", ",".join(accounts)] if accounts else []
        r = runner.invoke(cli, ["scan", "aws", "--endpoint-url", ep, "--regions", "us-east-1", "--quiet", "--org",
                                "--role-name", ROLE, *sel, "--format", "json", "--fail-on", "high",
                                "--out", str(tmp_path / name)])
        assert r.exit_code in (0, 1), r.output
        return tmp_path / name

    return {"full": scan("full"), "one": scan("one", MANAGEMENT, a), "two": scan("two", b), "ids": ids,
            "tmp": tmp_path}


def test_two_shards_merged_equal_one_full_scan(shards):
    tmp = shards["tmp"]
    r = CliRunner().invoke(cli, ["merge", str(shards["one"] / "results.json"), str(shards["two"] / "results.json"),
                                 "-o", str(tmp / "merged.json")])
    full = json.loads((shards["full"] / "results.json").read_text())
    merged = json.loads((tmp / "merged.json").read_text())
    one = json.loads((shards["one"] / "results.json").read_text())
    assert r.exit_code == full["gate"]["exit_code"] == 1, r.output
    # each shard alone had not_applicable controls the other shard's accounts make applicable
    rds01 = lambda doc: sorted(f["status"] for f in doc["findings"] if f["control_id"] == "AWS-RDS-01")  # noqa: E731
    assert rds01(one) == ["not_applicable"]
    assert rds01(merged) == rds01(full) == ["fail"]
    assert merged["findings"] == full["findings"]
    for key in set(full) | set(merged):
        if key != "scan":
            assert merged.get(key) == full.get(key), key
    assert merged["summary"]["by_account"] == full["summary"]["by_account"]
    assert sorted(merged["summary"]["by_account"]) == sorted([MANAGEMENT, *shards["ids"].values()])
    fs, ms = full["scan"], merged["scan"]
    for k in ("policy_set_sha256", "scanner_version", "engine"):
        assert ms[k] == fs[k]
    assert _canon(ms["targets"]) == _canon(fs["targets"])
    assert [m["scan_id"] for m in ms["merged_from"]] == [one["scan"]["id"],
                                                        json.loads((shards["two"] / "results.json").read_text())["scan"]["id"]]

    # inventories merge too: the same resources and errors as the full collection
    r = CliRunner().invoke(cli, ["merge", str(shards["one"] / "inventory.json"), str(shards["two"] / "inventory.json"),
                                 "-o", str(tmp / "inventory.json")])
    assert r.exit_code == 0, r.output
    inv_full = json.loads((shards["full"] / "inventory.json").read_text())
    inv = json.loads((tmp / "inventory.json").read_text())
    assert inv["resources"] == inv_full["resources"] and inv["errors"] == inv_full["errors"]
    assert _canon(inv["sources"]) == _canon(inv_full["sources"])
    # and evaluating the merged inventory gives the full scan's findings again
    r = CliRunner().invoke(cli, ["evaluate", str(tmp / "inventory.json"), "-o", str(tmp / "re.json")])
    assert json.loads((tmp / "re.json").read_text())["findings"] == full["findings"]


def test_overlapping_shards_count_each_finding_once(shards):
    """The management account in both shards: its (global) findings appear once."""
    tmp = shards["tmp"]
    one = shards["one"] / "results.json"
    r = CliRunner().invoke(cli, ["merge", str(one), str(shards["two"] / "results.json"), str(one),
                                 "-o", str(tmp / "merged.json")])
    full = json.loads((shards["full"] / "results.json").read_text())
    merged = json.loads((tmp / "merged.json").read_text())
    assert r.exit_code == 1, r.output
    assert merged["findings"] == full["findings"]
    assert merged["summary"] == full["summary"]


def _run(cli_run, *args):
    r = cli_run(*args)
    return r.returncode, r.stderr.strip().splitlines(), r.stdout


def test_mismatched_policy_sets_schemas_and_kinds_are_refused(shards, cli):
    tmp = shards["tmp"]
    one, two = shards["one"] / "results.json", shards["two"] / "results.json"
    other = json.loads(two.read_text())
    other["scan"]["policy_set_sha256"] = "0" * 64
    (tmp / "other-policies.json").write_text(json.dumps(other))
    code, err, out = _run(cli, "merge", one, tmp / "other-policies.json", "-o", tmp / "x.json")
    assert code == 2 and out == "" and len(err) == 1
    assert err[0].startswith(f"hipaa-scan: error: {tmp / 'other-policies.json'}: policy set sha256 000000000000")
    assert not (tmp / "x.json").exists()

    v2 = json.loads(two.read_text())
    v2["schema"] = "hipaa-scan/results/v2"
    (tmp / "v2.json").write_text(json.dumps(v2))
    code, err, _ = _run(cli, "merge", one, tmp / "v2.json", "-o", tmp / "x.json")
    assert code == 2 and len(err) == 1 and "hipaa-scan/results/v2" in err[0] and "schema" in err[0]

    code, err, _ = _run(cli, "merge", one, shards["two"] / "inventory.json", "-o", tmp / "x.json")
    assert code == 2 and len(err) == 1 and "cannot merge a results document" in err[0]

    code, err, _ = _run(cli, "merge", one, tmp / "missing.json", "-o", tmp / "x.json")
    assert code == 2 and len(err) == 1 and err[0] == f"hipaa-scan: error: {tmp / 'missing.json'}: file not found"


def test_disagreeing_shards_keep_the_worse_outcome_and_gate_settings(shards):
    """A resource judged differently by two shards (e.g. read at different times) is reported once, as the worse."""
    tmp = shards["tmp"]
    one = json.loads((shards["one"] / "results.json").read_text())
    later = json.loads(json.dumps(one))
    later["scan"]["id"] = "later"
    flipped = next(f for f in later["findings"] if f["status"] == "pass" and f["resource"])
    flipped["status"] = "error"
    flipped["message"] = "Could not read it."
    (tmp / "a.json").write_text(json.dumps(one))
    (tmp / "b.json").write_text(json.dumps(later))
    r = CliRunner().invoke(cli, ["merge", str(tmp / "a.json"), str(tmp / "b.json"), "-o", str(tmp / "m.json"),
                                 "--fail-on", "never"])
    merged = json.loads((tmp / "m.json").read_text())
    assert r.exit_code == 3, r.output  # an error finding and --allow-incomplete not given
    assert len(merged["findings"]) == len(one["findings"])
    key = (flipped["control_id"], flipped["resource"]["id"])
    got = [f for f in merged["findings"] if (f["control_id"], (f["resource"] or {}).get("id")) == key]
    assert [f["status"] for f in got] == ["error"]
    assert merged["gate"]["fail_on"] == "never" and merged["gate"]["verdict"] == "incomplete"
    r = CliRunner().invoke(cli, ["merge", str(tmp / "a.json"), str(tmp / "b.json"), "-o", str(tmp / "m.json"),
                                 "--fail-on", "never", "--allow-incomplete"])
    assert r.exit_code == 0, r.output
