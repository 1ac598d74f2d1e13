"""Issue 5: an AWS Organization scanned through assumed roles on a moto server over HTTP.

Each member account gets different resources; every resource and finding must carry the
account it came from. A member whose role cannot be assumed is `error` for that account
only (exit 3 unless --allow-incomplete); throttled calls are retried to the same result.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import time

import pytest
from click.testing import CliRunner

import hipaa_scan.collectors.aws as aws_mod
import hipaa_scan.collectors.aws.orchestrator as orch
from demo.mototools import FAKE_CREDENTIALS
from hipaa_scan.collectors.aws import collect_aws
from hipaa_scan.scanner.cli import cli
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set
from tests import scale_org
from tests.conftest import HIPAA_SCAN
from tests.scale_org import (
    MANAGEMENT,
    ROLE,
    Throttler,
    core_specs,
    create_org,
    deny_assume_role,
    member_session,
    seed_buckets,
    seed_database,
)

# the scale fixtures (a moto server with an organization) replace conftest's for this module
aws_session = scale_org.aws_session
moto_server = scale_org.moto_server
scale_moto = scale_org.scale_moto


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


@pytest.fixture
def org(aws_session, moto_server):
    """Management 123456789012 + members clinic-a (buckets), clinic-b (databases), clinic-c (empty),
    and one closed (SUSPENDED) account that must never be scanned."""
    ep = moto_server.endpoint
    ids = create_org(aws_session, ep, ["clinic-a", "clinic-b", "clinic-c"], suspended=("clinic-closed",))
    seed_buckets(member_session(aws_session, ep, ids["clinic-a"]), ep, "clinic-a")
    b = member_session(aws_session, ep, ids["clinic-b"])
    seed_database(b, ep, "b-ehr", encrypted=True)
    seed_database(b, ep, "b-analytics", encrypted=False, region="eu-west-1")
    aws_session.client("iam", endpoint_url=ep).create_user(UserName="mgmt-admin")
    return ids


def collect(session, endpoint, **kwargs):
    builder = InventoryBuilder()
    kwargs.setdefault("regions", ["us-east-1", "eu-west-1"])
    run = collect_aws(builder, session=session, endpoint_url=endpoint, specs=core_specs(), workers=8, **kwargs)
    return builder.document(), run


def test_org_scan_assumes_a_role_per_active_account_and_tags_everything_with_it(aws_session, moto_server, org,
                                                                                 policy_set):
    assumed = []
    aws_session.events.register("provide-client-params.sts.AssumeRole",
                                lambda params, **kw: assumed.append(dict(params)))
    inv, run = collect(aws_session, moto_server.endpoint, org=True, role_name=ROLE, external_id="ext-42")
    a, b, c = org["clinic-a"], org["clinic-b"], org["clinic-c"]
    # the management account is read with the caller's own credentials; every member through the role
    assert sorted(p["RoleArn"] for p in assumed) == sorted(f"arn:aws:iam::{x}:role/{ROLE}" for x in (a, b, c))
    assert {p["RoleSessionName"] for p in assumed} == {"hipaa-scan"}
    assert {p["ExternalId"] for p in assumed} == {"ext-42"}
    assert [s["account"] for s in inv["sources"]] == sorted([MANAGEMENT, a, b, c])
    assert org["clinic-closed"] not in {s["account"] for s in inv["sources"]}
    assert all(s["regions"] == ["us-east-1", "eu-west-1"] for s in inv["sources"])
    assert inv["errors"] == []
    assert run.accounts == sorted([MANAGEMENT, a, b, c])
    assert run.stats.accounts_done == run.stats.accounts_total == 4
    assert run.stats.jobs_done == run.stats.jobs_total > 0
    assert "organizations:ListAccounts" in run.calls and run.calls.count("sts:AssumeRole") == 3

    buckets = {r["name"]: r["account"] for r in inv["resources"]["aws_s3_bucket"]}
    assert buckets == {"clinic-a-encrypted": a, "clinic-a-plain": a}
    dbs = {r["name"]: (r["account"], r["region"]) for r in inv["resources"]["aws_rds_instance"]}
    assert dbs == {"b-ehr": (b, "us-east-1"), "b-analytics": (b, "eu-west-1")}
    users = {r["name"]: r["account"] for r in inv["resources"]["aws_iam_user"]}
    assert users == {"mgmt-admin": MANAGEMENT}
    accounts = {r["id"]: r["account"] for r in inv["resources"]["aws_account"]}
    assert accounts == {x: x for x in (MANAGEMENT, a, b, c)}
    # regional per-account facts exist once per (account, region)
    assert sorted((r["account"], r["region"]) for r in inv["resources"]["aws_region"]) == sorted(
        (x, reg) for x in (MANAGEMENT, a, b, c) for reg in ("us-east-1", "eu-west-1"))

    res = Evaluator(policy_set).evaluate(inv)
    s3_01 = {f["resource"]["name"]: (f["resource"]["account"], f["status"]) for f in res["findings"]
             if f["control_id"] == "AWS-S3-01"}
    assert s3_01 == {"clinic-a-encrypted": (a, "pass"), "clinic-a-plain": (a, "fail")}
    rds_01 = {f["resource"]["name"]: (f["resource"]["account"], f["resource"]["region"], f["status"])
              for f in res["findings"] if f["control_id"] == "AWS-RDS-01"}
    assert rds_01 == {"b-ehr": (b, "us-east-1", "pass"), "b-analytics": (b, "eu-west-1", "fail")}
    ct = {f["resource"]["id"]: f["resource"]["account"] for f in res["findings"] if f["control_id"] == "AWS-CT-01"}
    assert ct == {x: x for x in (MANAGEMENT, a, b, c)}
    for f in res["findings"]:
        if f["resource"]:
            assert f["resource"]["account"] in (MANAGEMENT, a, b, c), f
    by_account = res["summary"]["by_account"]
    assert sorted(by_account) == sorted([MANAGEMENT, a, b, c])
    assert by_account[a]["total"] == sum(1 for f in res["findings"] if (f["resource"] or {}).get("account") == a)
    assert by_account[b]["fail"] == sum(1 for f in res["findings"]
                                        if (f["resource"] or {}).get("account") == b and f["status"] == "fail")


def test_accounts_restricts_the_org_and_a_non_member_is_an_error(aws_session, moto_server, org):
    a, closed = org["clinic-a"], org["clinic-closed"]
    inv, run = collect(aws_session, moto_server.endpoint, org=True, role_name=ROLE, accounts=[a, closed],
                       regions=["us-east-1"])
    assert run.accounts == [a]
    assert {r["account"] for rs in inv["resources"].values() for r in rs} == {a}
    assert {e["account"] for e in inv["errors"]} == {closed}
    assert {e["code"] for e in inv["errors"]} == {"AccountNotActive"}
    assert sorted(e["resource_type"] for e in inv["errors"]) == sorted({s.resource_type for s in core_specs()})
    assert all(e["region"] is None for e in inv["errors"])


def test_accounts_without_org_assume_directly(aws_session, moto_server, org):
    b = org["clinic-b"]
    listed = []
    aws_session.events.register("before-call.organizations.ListAccounts", lambda **kw: listed.append(1))
    inv, run = collect(aws_session, moto_server.endpoint, role_name=ROLE, accounts=[b])
    assert listed == [] and run.accounts == [b]
    assert sorted(r["name"] for r in inv["resources"]["aws_rds_instance"]) == ["b-analytics", "b-ehr"]
    assert inv["sources"] == [{"collector": "aws", "account": b, "regions": ["us-east-1", "eu-west-1"],
                               "role": f"arn:aws:iam::{b}:role/{ROLE}"}]


def test_regions_all_reads_enabled_regions_per_account(aws_session, moto_server, org):
    a = org["clinic-a"]
    specs = [s for s in core_specs() if s.resource_type in ("aws_region", "aws_account")]
    builder = InventoryBuilder()
    run = collect_aws(builder, session=aws_session, endpoint_url=moto_server.endpoint, specs=specs, workers=8,
                      accounts=[a], role_name=ROLE, regions="all")
    inv = builder.document()
    ec2 = aws_session.client("ec2", region_name="us-east-1", endpoint_url=moto_server.endpoint)
    expected = sorted(r["RegionName"] for r in ec2.describe_regions(AllRegions=True)["Regions"]
                      if r["OptInStatus"] in ("opt-in-not-required", "opted-in")
                      and aws_session.get_partition_for_region(r["RegionName"]) == "aws")
    listed = ec2.describe_regions(AllRegions=True)["Regions"]
    not_opted = {r["RegionName"] for r in listed if r["OptInStatus"] == "not-opted-in"}
    assert not_opted and not (not_opted & set(expected))  # e.g. me-south-1: listed, not enabled, not scanned
    assert "cn-north-1" in {r["RegionName"] for r in listed} and "cn-north-1" not in expected  # other partition
    src = inv["sources"][0]
    assert src["regions"][0] == "us-east-1" and sorted(src["regions"]) == expected
    assert sorted(r["region"] for r in inv["resources"]["aws_region"]) == expected
    # the global spec ran once for the account, not once per region
    assert [r["id"] for r in inv["resources"]["aws_account"]] == [a]
    assert run.calls.count("iam:GetAccountSummary") == 1
    assert run.calls.count("ec2:DescribeRegions") == 1


def _cli_scan(monkeypatch, aws_session, moto_server, out, *extra):
    monkeypatch.setattr(aws_mod, "make_session", lambda profile=None: aws_session)
    monkeypatch.setattr(aws_mod, "all_specs", core_specs)
    args = ["scan", "aws", "--endpoint-url", moto_server.endpoint, "--regions", "us-east-1", "--quiet",
            "--org", "--role-name", ROLE, "--format", "json", "--fail-on", "never", "--out", str(out), *extra]
    return CliRunner().invoke(cli, args)


def test_a_member_whose_role_cannot_be_assumed_is_error_for_that_account_only(aws_session, moto_server, org,
                                                                              monkeypatch, tmp_path, policy_set):
    c = org["clinic-c"]
    aws_session.events.register("before-call.sts.AssumeRole", deny_assume_role(c))
    r = _cli_scan(monkeypatch, aws_session, moto_server, tmp_path / "a")
    assert r.exit_code == 3, r.output
    results = json.loads((tmp_path / "a" / "results.json").read_text())
    errors = [f for f in results["findings"] if f["status"] == "error"]
    assert errors and {f["resource"]["account"] for f in errors} == {c}
    assert all("AccessDenied" in f["message"] and f"arn:aws:iam::{c}:role/{ROLE}" in f["message"] for f in errors)
    # every control has exactly one error finding for the unreadable account, and nothing else about it
    about_c = [f for f in results["findings"] if (f["resource"] or {}).get("account") == c]
    assert sorted(f["control_id"] for f in about_c) == sorted(p.id for p in policy_set.policies
                                                               if p.resource_type in {s.resource_type for s in core_specs()})
    assert {f["status"] for f in about_c} == {"error"}
    # the other accounts were scanned: clinic-a's buckets are judged
    s3_01 = {f["resource"]["name"]: f["status"] for f in results["findings"] if f["control_id"] == "AWS-S3-01"}
    assert s3_01 == {"clinic-a-encrypted": "pass", "clinic-a-plain": "fail", f"aws_s3_bucket in {c}": "error"}
    inv = json.loads((tmp_path / "a" / "inventory.json").read_text())
    assert {e["account"] for e in inv["errors"]} == {c}
    assert {e["operation"] for e in inv["errors"]} == {"AssumeRole"}
    failed_source = [s for s in inv["sources"] if s["account"] == c]
    assert failed_source == [{"collector": "aws", "account": c, "regions": [], "role": f"arn:aws:iam::{c}:role/{ROLE}",
                              "error": "AccessDenied"}]
    assert results["summary"]["by_account"][c] == {"total": len(about_c), "error": len(about_c)}
    r = _cli_scan(monkeypatch, aws_session, moto_server, tmp_path / "b", "--allow-incomplete")
    assert r.exit_code == 0, r.output


def test_throttled_calls_are_retried_to_the_same_inventory(aws_session, moto_server, org, monkeypatch):
    ep = moto_server.endpoint
    clean, _ = collect(aws_session, ep, org=True, role_name=ROLE)
    throttler = Throttler(times=2)
    throttler.install(aws_session, "organizations", "ListAccounts", "json", "TooManyRequestsException", "mgmt")
    throttler.install(aws_session, "cloudtrail", "DescribeTrails", "json", "ThrottlingException", "mgmt")
    real = orch.assumed_session

    def throttled_session(base, arn, **kwargs):
        session = real(base, arn, **kwargs)
        account = arn.split(":")[4]
        throttler.install(session, "rds", "DescribeDBInstances", "query", "Throttling", account)
        throttler.install(session, "s3", "ListBuckets", "query", "ThrottlingException", account)
        throttler.install(session, "cloudtrail", "DescribeTrails", "json", "ThrottlingException", account)
        return session

    monkeypatch.setattr(orch, "assumed_session", throttled_session)
    # 2 throttles per call, so 3 attempts (retries included, as AWS_MAX_ATTEMPTS counts them)
    inv, run = collect(aws_session, ep, org=True, role_name=ROLE, max_attempts=3)
    # 2 throttles each: ListAccounts, and per member (3) × {DescribeDBInstances, ListBuckets, DescribeTrails}
    # (the regional ones once per region is the first two requests only, per account)
    assert throttler.injected.count("mgmt:organizations:ListAccounts") == 2
    for acct in (org["clinic-a"], org["clinic-b"], org["clinic-c"]):
        for op in ("rds:DescribeDBInstances", "s3:ListBuckets", "cloudtrail:DescribeTrails"):
            assert throttler.injected.count(f"{acct}:{op}") == 2
    assert inv["errors"] == []
    strip = lambda d: {k: v for k, v in d.items() if k != "collected_at"}  # noqa: E731
    assert strip(inv) == strip(clean)


def test_workers_one_gives_the_same_inventory(aws_session, moto_server, org):
    ep = moto_server.endpoint
    many, _ = collect(aws_session, ep, org=True, role_name=ROLE)
    builder = InventoryBuilder()
    collect_aws(builder, session=aws_session, endpoint_url=ep, specs=core_specs(), workers=1, org=True,
                role_name=ROLE, regions=["us-east-1", "eu-west-1"])
    one = builder.document()
    assert {k: v for k, v in one.items() if k != "collected_at"} == {k: v for k, v in many.items()
                                                                      if k != "collected_at"}


def test_org_flags_are_checked_before_any_network_call(tmp_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["collect", "aws", "--org", "--endpoint-url", "http://127.0.0.1:9"])
    assert r.exit_code == 2 and "--org needs --role-name" in r.output
    r = runner.invoke(cli, ["collect", "aws", "--accounts", "12345,111122223333", "--role-name", ROLE,
                            "--endpoint-url", "http://127.0.0.1:9"])
    assert r.exit_code == 2 and "'12345' is not a 12-digit AWS account id" in r.output
    f = tmp_path / "accounts.txt"
    f.write_text("# shard 1\n111122223333  # prod\n\n44445555666x\n")
    r = runner.invoke(cli, ["collect", "aws", "--accounts-file", str(f), "--role-name", ROLE,
                            "--endpoint-url", "http://127.0.0.1:9"])
    assert r.exit_code == 2 and f"{f}:4: '44445555666x' is not a 12-digit AWS account id" in r.output
    r = runner.invoke(cli, ["collect", "aws", "--regions", "all,us-east-1", "--endpoint-url", "http://127.0.0.1:9"])
    assert r.exit_code == 2 and "'all' cannot be combined" in r.output


def test_other_accounts_need_a_role_name(aws_session, moto_server, org):
    with pytest.raises(orch.InputError, match="--role-name is required"):
        collect(aws_session, moto_server.endpoint, accounts=[org["clinic-a"]])


def _read_pty(fd, proc, timeout=240) -> bytes:
    out = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    return out


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_on_a_tty_stderr_only_and_not_with_quiet(aws_session, moto_server, org, tmp_path, quiet):
    """A real subprocess whose stderr is a terminal: live counters there, nothing on stdout."""
    master, slave = pty.openpty()
    out = tmp_path / "inv.json"
    cmd = [HIPAA_SCAN, "collect", "aws", "--endpoint-url", moto_server.endpoint, "--org", "--role-name", ROLE,
           "--regions", "us-east-1", "-o", str(out), *(["--quiet"] if quiet else [])]
    env = dict(os.environ, **FAKE_CREDENTIALS, AWS_MAX_ATTEMPTS="2", COLUMNS="200")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    try:
        err = _read_pty(master, proc).decode("utf-8", "replace")
        stdout = proc.communicate(timeout=60)[0]
    finally:
        os.close(master)
    assert proc.returncode == 0, err
    assert stdout == b""
    assert "resources" in err and str(out) in err  # the closing summary line
    if quiet:
        assert "API calls" not in err
    else:
        assert "accounts" in err and "API calls" in err and "specs" in err
    inv = json.loads(out.read_text())
    assert sorted(s["account"] for s in inv["sources"]) == sorted([MANAGEMENT, *(org[n] for n in
                                                                                 ("clinic-a", "clinic-b", "clinic-c"))])
