"""The AWS collector against a real moto server over HTTP: facts, verdicts, read-only, fail-closed."""

from __future__ import annotations

import json

import botocore.awsrequest
import pytest

from demo.clinic import seed_cloudtrail, seed_ec2, seed_iam, seed_rds, seed_s3
from hipaa_scan.collectors.aws import collect_aws
from hipaa_scan.collectors.aws.base import READ_OPERATIONS, READ_PREFIXES
from hipaa_scan.collectors.aws.s3 import policy_facts
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set
from tests.helpers import findings_by

REGIONS = ["us-east-1", "eu-west-1"]
#: Resource types whose APIs moto's server lacks (IAM Access Analyzer, SSM instance information,
#: AWS Backup restore testing): collecting them against moto records errors, by design.
MOTO_GAP_TYPES = {"aws_access_analyzer_settings", "aws_ssm_managed_instance", "aws_backup_settings"}


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


def seed_all(session, endpoint):
    for seeder in (seed_s3, seed_ec2, seed_rds, seed_cloudtrail, seed_iam):
        seeder(session, endpoint)


def collect(session, endpoint, regions=REGIONS):
    builder = InventoryBuilder()
    ctx = collect_aws(builder, session=session, regions=regions, endpoint_url=endpoint, workers=4)
    return builder.document(), ctx


def by_name(inv, rtype):
    return {r["name"]: r for r in inv["resources"].get(rtype, [])}


def test_collects_normalised_facts_over_http(aws_session, moto_server):
    seed_all(aws_session, moto_server.endpoint)
    inv, ctx = collect(aws_session, moto_server.endpoint)
    assert inv["sources"] == [{"collector": "aws", "account": "123456789012", "regions": REGIONS}]
    buckets = by_name(inv, "aws_s3_bucket")
    good, bad = buckets["clinic-phi-images"], buckets["clinic-phi-exports"]
    assert good["encryption"] == {"enabled": True, "algorithm": "aws:kms", "kms_key_id": "alias/clinic-phi",
                                  "bucket_key_enabled": False}
    assert good["versioning"] == "Enabled" and good["tags"]["phi"] == "true"
    assert all(good["public_access_block"].values())
    assert good["policy"]["denies_insecure_transport"] is True
    assert good["logging"] == {"enabled": True, "target_bucket": "clinic-access-logs", "target_prefix": "phi-images/"}
    assert bad["region"] == "eu-west-1" and bad["versioning"] == "Suspended"
    assert bad["public_access_block"]["ignore_public_acls"] is False
    assert bad["policy"] == {"present": False, "denies_insecure_transport": False, "public_statements": 0}
    dbs = by_name(inv, "aws_rds_instance")
    assert dbs["ehr-db"]["storage_encrypted"] is True and dbs["ehr-db"]["backup_retention_period"] == 14
    assert dbs["analytics-db"]["publicly_accessible"] is True and dbs["analytics-db"]["region"] == "eu-west-1"
    regions = {r["region"]: r for r in inv["resources"]["aws_region"]}
    assert regions["us-east-1"]["ebs_encryption_by_default"] is True
    assert regions["eu-west-1"]["ebs_encryption_by_default"] is False
    users = by_name(inv, "aws_iam_user")
    assert users["dr-alice"]["mfa_enabled"] and users["dr-alice"]["console_access"]
    assert users["billing-bob"]["console_access"] and not users["billing-bob"]["mfa_enabled"]
    assert users["ci-deployer"]["console_access"] is False and len(users["ci-deployer"]["access_keys"]) == 1
    acct = inv["resources"]["aws_account"][0]
    assert acct["password_policy"]["minimum_length"] == 8
    assert inv["resources"]["aws_s3_account_settings"][0]["public_access_block"]["block_public_acls"] is False
    trails = by_name(inv, "aws_cloudtrail_trail")
    assert trails["org-audit"]["is_logging"] is True and trails["org-audit"]["is_multi_region"] is True
    assert trails["eu-legacy"]["is_logging"] is False
    # the only errors are the APIs moto's server does not implement (see tests/test_aws_breadth.py)
    aws_errors = [e for e in inv["errors"] if e["collector"] == "aws" and e["resource_type"] not in MOTO_GAP_TYPES]
    assert aws_errors == []


def test_verdicts_for_the_clinic(aws_session, moto_server, policy_set):
    seed_all(aws_session, moto_server.endpoint)
    inv, _ = collect(aws_session, moto_server.endpoint)
    res = Evaluator(policy_set).evaluate(inv)
    s3 = "arn:aws:s3:::"
    assert findings_by(res, "AWS-S3-01")[s3 + "clinic-phi-images"] == "pass"
    assert findings_by(res, "AWS-S3-01")[s3 + "clinic-phi-exports"] == "fail"
    assert findings_by(res, "AWS-S3-02")[s3 + "clinic-phi-exports"] == "fail"
    assert findings_by(res, "AWS-S3-03")[s3 + "clinic-phi-images"] == "pass"
    assert findings_by(res, "AWS-S3-04")[s3 + "clinic-phi-exports"] == "fail"
    assert findings_by(res, "AWS-S3-05")[s3 + "clinic-phi-images"] == "pass"
    assert set(findings_by(res, "AWS-S3-06").values()) == {"fail"}
    rds = {k.rsplit(":", 1)[1]: v for k, v in findings_by(res, "AWS-RDS-02").items()}
    assert rds == {"ehr-db": "pass", "analytics-db": "fail"}
    assert findings_by(res, "AWS-EC2-02") == {"123456789012/us-east-1": "pass", "123456789012/eu-west-1": "fail"}
    assert findings_by(res, "AWS-CT-01") == {"123456789012": "pass"}
    iam3 = {k.rsplit("/", 1)[1]: v for k, v in findings_by(res, "AWS-IAM-03").items()}
    # ci-deployer has no console password: nothing for a console MFA control to judge
    assert iam3 == {"dr-alice": "pass", "billing-bob": "fail", "ci-deployer": "not_applicable"}
    assert findings_by(res, "AWS-IAM-04") == {"123456789012": "fail"}
    # pass findings carry the evidence the control read
    ev = [f for f in res["findings"] if f["control_id"] == "AWS-S3-01" and f["status"] == "pass"][0]["evidence"]
    assert ev["encryption"]["algorithm"] == "aws:kms"


def test_denied_bucket_tagging_leaves_tags_out_and_records_the_error(aws_session, moto_server):
    seed_s3(aws_session, moto_server.endpoint)
    s3 = aws_session.client("s3", region_name="us-east-1", endpoint_url=moto_server.endpoint)
    s3.create_bucket(Bucket="clinic-untagged")
    inv, _ = collect(aws_session, moto_server.endpoint)
    assert by_name(inv, "aws_s3_bucket")["clinic-untagged"]["tags"] == {}  # NoSuchTagSet: a fact
    aws_session.events.register("before-call.s3.GetBucketTagging", _deny("GetBucketTagging"))
    inv, _ = collect(aws_session, moto_server.endpoint)
    buckets = by_name(inv, "aws_s3_bucket")
    assert buckets and all("tags" not in b for b in buckets.values())
    errs = [e for e in inv["errors"] if e.get("operation") == "GetBucketTagging"]
    assert {e["resource_id"] for e in errs} == {b["id"] for b in buckets.values()}
    assert all(e["field"] == "tags" and e["code"] == "AccessDenied" for e in errs)


def test_bucket_policy_conditions_that_do_not_narrow_the_principal_stay_public(aws_session, moto_server, policy_set):
    seed_s3(aws_session, moto_server.endpoint)
    s3 = aws_session.client("s3", region_name="us-east-1", endpoint_url=moto_server.endpoint)

    def allow_all(name, condition):
        st = {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}
        return json.dumps({"Version": "2012-10-17", "Statement": [dict(st, Condition=condition) if condition else st]})

    cases = {
        "tls-only-public": {"Bool": {"aws:SecureTransport": "true"}},
        "vpce-only": {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}},
        "org-only": {"StringEquals": {"AWS:PrincipalOrgID": "o-abc123"}},  # keys are case-insensitive
        "vpce-if-exists": {"StringEqualsIfExists": {"aws:SourceVpce": "vpce-1a2b3c4d"}},
    }
    for name, condition in cases.items():
        s3.create_bucket(Bucket=name)
        s3.put_bucket_policy(Bucket=name, Policy=allow_all(name, condition))
    inv, _ = collect(aws_session, moto_server.endpoint)
    facts = {n: b["policy"]["public_statements"] for n, b in by_name(inv, "aws_s3_bucket").items() if n in cases}
    assert facts == {"tls-only-public": 1, "vpce-only": 0, "org-only": 0, "vpce-if-exists": 1}
    res = Evaluator(policy_set).evaluate(inv)
    s308 = {k.removeprefix("arn:aws:s3:::"): v for k, v in findings_by(res, "AWS-S3-08").items() if k.endswith(tuple(cases))}
    assert s308 == {"tls-only-public": "fail", "vpce-only": "pass", "org-only": "pass", "vpce-if-exists": "fail"}


def test_collector_only_calls_read_operations(aws_session, moto_server):
    seed_all(aws_session, moto_server.endpoint)
    seen = []
    aws_session.events.register("before-call.*.*", lambda model, **kw: seen.append(model.name))
    collect(aws_session, moto_server.endpoint)
    assert len(seen) > 20
    writes = sorted({op for op in seen if not op.startswith(READ_PREFIXES) and op not in READ_OPERATIONS})
    assert writes == [], f"non-read operations called: {writes}"


def _deny(operation):
    def handler(model, **kwargs):
        if model.name == operation:
            resp = botocore.awsrequest.AWSResponse("https://example.invalid", 403, {}, None)
            return resp, {"Error": {"Code": "AccessDenied", "Message": f"not authorized to perform {operation}"},
                          "ResponseMetadata": {"HTTPStatusCode": 403}}
        return None
    return handler


def test_access_denied_on_a_detail_call_is_an_error_not_a_pass(aws_session, moto_server, policy_set):
    seed_all(aws_session, moto_server.endpoint)
    aws_session.events.register("before-call.s3.GetBucketEncryption", _deny("GetBucketEncryption"))
    inv, _ = collect(aws_session, moto_server.endpoint)
    errs = [e for e in inv["errors"] if e["operation"] == "GetBucketEncryption"]
    assert errs and all(e["code"] == "AccessDenied" and e["field"] == "encryption" for e in errs)
    res = Evaluator(policy_set).evaluate(inv)
    s301 = findings_by(res, "AWS-S3-01")
    assert s301 and set(s301.values()) == {"error"}
    # other controls of the same buckets are unaffected: they read other fields
    assert findings_by(res, "AWS-S3-02")["arn:aws:s3:::clinic-phi-images"] == "pass"


def test_access_denied_on_a_list_call_fails_closed_per_region(aws_session, moto_server, policy_set):
    seed_all(aws_session, moto_server.endpoint)
    aws_session.events.register("before-call.rds.DescribeDBInstances", _deny("DescribeDBInstances"))
    inv, _ = collect(aws_session, moto_server.endpoint)
    assert "aws_rds_instance" not in inv["resources"]
    res = Evaluator(policy_set).evaluate(inv)
    rds = findings_by(res, "AWS-RDS-01")
    assert rds == {"123456789012/us-east-1/aws_rds_instance": "error",
                   "123456789012/eu-west-1/aws_rds_instance": "error"}
    assert "pass" not in findings_by(res, "AWS-RDS-02").values()


def test_scan_exits_3_on_collection_errors_unless_allowed(aws_session, moto_server, tmp_path, monkeypatch):
    """The full CLI path (CliRunner, in-process so the fault can be injected) gates on errors."""
    from click.testing import CliRunner

    import hipaa_scan.collectors.aws as aws_mod
    from hipaa_scan.scanner.cli import cli

    seed_s3(aws_session, moto_server.endpoint)
    aws_session.events.register("before-call.s3.GetBucketVersioning", _deny("GetBucketVersioning"))
    monkeypatch.setattr(aws_mod, "make_session", lambda profile=None: aws_session)
    runner = CliRunner()
    args = ["scan", "aws", "--endpoint-url", moto_server.endpoint, "--regions", "us-east-1", "--quiet",
            "--fail-on", "never", "--format", "json"]
    r = runner.invoke(cli, [*args, "--out", str(tmp_path / "a")])
    assert r.exit_code == 3, r.output
    results = json.loads((tmp_path / "a" / "results.json").read_text())
    assert results["gate"]["verdict"] == "incomplete"
    assert set(findings_by(results, "AWS-S3-02").values()) == {"error"}
    r = runner.invoke(cli, [*args, "--out", str(tmp_path / "b"), "--allow-incomplete"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, [*args[:-4], "--fail-on", "high", "--format", "json", "--out", str(tmp_path / "c"),
                            "--allow-incomplete"])
    assert r.exit_code == 1, r.output


def test_scan_subprocess_against_moto(aws_session, moto_server, tmp_path, cli):
    seed_all(aws_session, moto_server.endpoint)
    out = tmp_path / "out"
    r = cli("scan", "aws", "--endpoint-url", moto_server.endpoint, "--regions", "us-east-1,eu-west-1",
            "--out", out, "--format", "json,junit,html", "--fail-on", "critical")
    assert r.returncode == 1, r.stderr
    assert "unwaived failures and errors at or above low" in r.stdout  # the console's findings
    assert sorted(p.name for p in out.iterdir()) == ["inventory.json", "junit.xml", "manifest.json", "report.html",
                                                     "results.json"]
    results = json.loads((out / "results.json").read_text())
    gate = results["gate"]
    assert (gate["fail_on"], gate["allow_incomplete"], gate["verdict"], gate["exit_code"]) == ("critical", False, "failed", 1)
    blocking = [f for f in results["findings"] if f["status"] == "fail" and f["severity"] == "critical"]
    assert len(blocking) == results["gate"]["blocking_findings"] > 0


def _public_statements(statement):
    return policy_facts(json.dumps({"Statement": [statement]})).get("public_statements")


_ALLOW_ALL = {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}


@pytest.mark.parametrize("statement, public", [
    (_ALLOW_ALL, 1),
    (dict(_ALLOW_ALL, Principal={"AWS": ["*"]}), 1),
    (dict(_ALLOW_ALL, Condition={"Bool": {"aws:SecureTransport": "true"}}), 1),
    (dict(_ALLOW_ALL, Condition={"StringLike": {"s3:prefix": "public/*"}}), 1),
    (dict(_ALLOW_ALL, Condition={"StringEquals": {"aws:SourceVpce": "vpce-1"}}), 0),
    (dict(_ALLOW_ALL, Condition={"StringEquals": {"aws:sourcevpc": "vpc-1"}}), 0),
    (dict(_ALLOW_ALL, Condition={"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}), 0),
    (dict(_ALLOW_ALL, Condition={"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}), 1),
    (dict(_ALLOW_ALL, Condition={"StringEquals": {"aws:PrincipalOrgID": "o-1"}}), 0),
    (dict(_ALLOW_ALL, Condition={"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-1/r-1/ou-1/*"}}), 0),
    (dict(_ALLOW_ALL, Condition={"ForAllValues:StringLike": {"aws:PrincipalOrgPaths": "o-1/*"}}), 1),
    (dict(_ALLOW_ALL, Condition={"StringEquals": {"aws:PrincipalAccount": "111122223333"}}), 0),
    (dict(_ALLOW_ALL, Condition={"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/x"}}), 0),
    (dict(_ALLOW_ALL, Condition={"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/x"}}), 1),
    (dict(_ALLOW_ALL, Condition={"StringEquals": {"aws:SourceAccount": "111122223333"}}), 0),
    (dict(_ALLOW_ALL, Condition={"ArnLike": {"aws:SourceArn": "arn:aws:cloudfront::111122223333:distribution/E1"}}), 0),
    (dict(_ALLOW_ALL, Condition={"StringLike": {"aws:PrincipalOrgID": "*"}}), 1),
    (dict(_ALLOW_ALL, Condition={"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}), 1),
    (dict(_ALLOW_ALL, Condition={"StringEqualsIfExists": {"aws:SourceVpce": "vpce-1"}}), 1),
    (dict(_ALLOW_ALL, Condition={"Bool": {"aws:SecureTransport": "true"},
                                 "StringEquals": {"aws:SourceVpce": "vpce-1"}}), 0),
    ({"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:*"}, 1),
    (dict(_ALLOW_ALL, Principal={"AWS": "arn:aws:iam::111122223333:root"}), 0),
])
def test_policy_facts_count_grants_to_everyone_unless_a_condition_narrows_the_principal(statement, public):
    assert _public_statements(statement) == public


def test_unparsable_policy_has_no_public_statement_fact():
    assert policy_facts("{not json") == {"present": True, "parse_error": True}
    assert policy_facts("[]") == {"present": True, "parse_error": True}

