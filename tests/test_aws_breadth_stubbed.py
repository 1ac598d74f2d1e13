"""Normalisation of the AWS APIs moto's server lacks (or cannot express), with botocore's
Stubber, which validates every request and response against the service model:
GuardDuty ListFindings, IAM Access Analyzer, AWS Backup (recovery points, selections,
restore testing), SSM (instance information, patch compliance), Redshift require_ssl,
aged IAM credentials and root hardware MFA, and "not enabled" vs AccessDenied for Macie,
Security Hub and Inspector.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import boto3
import pytest
from botocore.stub import Stubber

from hipaa_scan.collectors.aws import (
    accessanalyzer,
    backup,
    ec2,
    elasticbeanstalk,
    elbv2,
    fsx,
    guardduty,
    iam,
    inspector2,
    kms,
    macie,
    redshift,
    securityhub,
    ssm,
)
from hipaa_scan.collectors.aws.base import AwsContext
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set

ACCOUNT = "123456789012"
REGION = "us-east-1"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


@pytest.fixture
def ctx():
    session = boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=REGION)
    return AwsContext(session=session, account=ACCOUNT, regions=[REGION], inventory=InventoryBuilder(),
                      clock=lambda: NOW)


def stub(ctx: AwsContext, service: str) -> Stubber:
    client = ctx.session.client(service, region_name=REGION)
    ctx._clients[(service, REGION)] = client
    s = Stubber(client)
    s.activate()
    return s


def verdicts(ctx: AwsContext, policy_set, control: str, extra: dict | None = None) -> dict[str, tuple[str, str]]:
    doc = ctx.inventory.document()
    for rtype, items in (extra or {}).items():
        doc["resources"].setdefault(rtype, []).extend(items)
    res = Evaluator(policy_set).evaluate(doc)
    return {f["resource"]["name"]: (f["status"], f["message"]) for f in res["findings"]
            if f["control_id"] == control and f["resource"]}


def all_verdicts(ctx: AwsContext, policy_set, extra: dict | None = None) -> dict[str, dict[str, tuple[str, str]]]:
    """:func:`verdicts` of every control from one evaluation: control id → resource name → (status, message)."""
    doc = ctx.inventory.document()
    for rtype, items in (extra or {}).items():
        doc["resources"].setdefault(rtype, []).extend(items)
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for f in Evaluator(policy_set).evaluate(doc)["findings"]:
        if f["resource"]:
            out.setdefault(f["control_id"], {})[f["resource"]["name"]] = (f["status"], f["message"])
    return out


def test_guardduty_stale_high_findings(ctx, policy_set):
    s = stub(ctx, "guardduty")
    s.add_response("list_detectors", {"DetectorIds": ["d1"]})
    s.add_response("get_detector", {"Status": "ENABLED", "ServiceRole": "arn:aws:iam::1:role/gd"}, {"DetectorId": "d1"})
    cutoff = int((NOW - timedelta(days=30)).timestamp() * 1000)
    s.add_response("list_findings", {"FindingIds": ["f1", "f2", "f3"]}, {"DetectorId": "d1", "FindingCriteria": {
        "Criterion": {"severity": {"Gte": 7}, "service.archived": {"Eq": ["false"]}, "updatedAt": {"Lt": cutoff}}}})
    guardduty.collect_settings(ctx, REGION)
    s.assert_no_pending_responses()
    (res,) = ctx.inventory.document()["resources"]["aws_guardduty_settings"]
    assert res["enabled"] is True and res["stale_high_findings"] == 3
    assert verdicts(ctx, policy_set, "AWS-GD-02")["GuardDuty in us-east-1"] == (
        "fail", "GuardDuty in us-east-1 has 3 high-severity findings open for more than 30 days.")
    assert verdicts(ctx, policy_set, "AWS-GD-01")["GuardDuty in us-east-1"][0] == "pass"


def test_guardduty_no_stale_findings_passes(ctx, policy_set):
    s = stub(ctx, "guardduty")
    s.add_response("list_detectors", {"DetectorIds": ["d1"]})
    s.add_response("get_detector", {"Status": "ENABLED", "ServiceRole": "arn:aws:iam::1:role/gd"}, {"DetectorId": "d1"})
    s.add_response("list_findings", {"FindingIds": []})
    guardduty.collect_settings(ctx, REGION)
    assert verdicts(ctx, policy_set, "AWS-GD-02")["GuardDuty in us-east-1"][0] == "pass"


@pytest.mark.parametrize("analyzers,expected", [
    ([{"arn": "arn:aws:access-analyzer:us-east-1:1:analyzer/org", "name": "org", "type": "ORGANIZATION",
       "createdAt": NOW, "status": "ACTIVE"}], "pass"),
    ([{"arn": "arn:aws:access-analyzer:us-east-1:1:analyzer/u", "name": "u", "type": "ACCOUNT_UNUSED_ACCESS",
       "createdAt": NOW, "status": "ACTIVE"},
      {"arn": "arn:aws:access-analyzer:us-east-1:1:analyzer/old", "name": "old", "type": "ACCOUNT",
       "createdAt": NOW, "status": "DISABLED"}], "fail"),
    ([], "fail"),
])
def test_access_analyzer(ctx, policy_set, analyzers, expected):
    s = stub(ctx, "accessanalyzer")
    s.add_response("list_analyzers", {"analyzers": analyzers})
    accessanalyzer.collect_settings(ctx, REGION)
    assert verdicts(ctx, policy_set, "AWS-AA-01")["IAM Access Analyzer in us-east-1"][0] == expected


def test_backup_recovery_points_selections_and_restore_testing(ctx, policy_set):
    s = stub(ctx, "backup")
    vault = "arn:aws:backup:us-east-1:123456789012:backup-vault:clinic"
    s.add_response("list_backup_vaults", {"BackupVaultList": [{"BackupVaultName": "clinic", "BackupVaultArn": vault,
                                                               "Locked": True, "MinRetentionDays": 7}]})
    s.add_response("list_recovery_points_by_backup_vault", {"RecoveryPoints": [
        {"RecoveryPointArn": "arn:aws:ec2:us-east-1::snapshot/snap-1", "IsEncrypted": False,
         "Lifecycle": {"DeleteAfterDays": 7}},
        {"RecoveryPointArn": "arn:aws:ec2:us-east-1::snapshot/snap-2", "IsEncrypted": True}]}, {"BackupVaultName": "clinic"})
    backup.collect_vaults(ctx, REGION)
    plan = "arn:aws:backup:us-east-1:123456789012:backup-plan:p1"
    s.add_response("list_backup_plans", {"BackupPlansList": [{"BackupPlanId": "p1", "BackupPlanArn": plan,
                                                              "BackupPlanName": "daily"}]})
    s.add_response("list_backup_selections", {"BackupSelectionsList": [{"SelectionId": "s1", "BackupPlanId": "p1"}]},
                   {"BackupPlanId": "p1"})
    s.add_response("get_backup_selection", {"BackupSelection": {
        "SelectionName": "phi", "IamRoleArn": "arn:aws:iam::123456789012:role/backup",
        "Resources": ["arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/*", "arn:aws:ec2:*:*:volume/*"],
        "ListOfTags": [{"ConditionType": "STRINGEQUALS", "ConditionKey": "backup", "ConditionValue": "daily"}],
        "Conditions": {"StringNotEquals": [{"ConditionKey": "aws:ResourceTag/scratch", "ConditionValue": "true"}]}}},
                   {"BackupPlanId": "p1", "SelectionId": "s1"})
    s.add_response("get_backup_plan", {"BackupPlan": {"BackupPlanName": "daily", "Rules": [
        {"RuleName": "daily", "TargetBackupVaultName": "clinic", "ScheduleExpression": "cron(0 5 ? * * *)",
         "Lifecycle": {"DeleteAfterDays": 14}}]}}, {"BackupPlanId": "p1"})
    backup.collect_plans(ctx, REGION)
    s.add_response("list_restore_testing_plans", {"RestoreTestingPlans": [{
        "RestoreTestingPlanArn": "arn:aws:backup:us-east-1:123456789012:restore-testing-plan:weekly",
        "RestoreTestingPlanName": "weekly", "CreationTime": NOW, "ScheduleExpression": "cron(0 5 ? * 1 *)"}]})
    backup.collect_settings(ctx, REGION)
    s.assert_no_pending_responses()
    doc = ctx.inventory.document()
    assert doc["errors"] == []
    assert doc["resources"]["aws_backup_plan"][0]["selections"] == [{
        "name": "phi", "resources": ["arn:aws:ec2:*:*:volume/*", "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/*"],  # noqa: E501  (data)
        "not_resources": [], "tags": [{"key": "backup", "value": "daily"}],
        "conditions": {"string_not_equals": [{"key": "scratch", "value": "true"}]}}]
    assert verdicts(ctx, policy_set, "AWS-BACKUP-02")["clinic"] == (
        "fail", "Backup vault clinic holds 1 unencrypted recovery points.")
    assert verdicts(ctx, policy_set, "AWS-BACKUP-01")["clinic"][0] == "pass"
    assert doc["resources"]["aws_backup_plan"][0]["rules"] == [
        {"name": "daily", "schedule": "cron(0 5 ? * * *)", "delete_after_days": 14}]
    assert verdicts(ctx, policy_set, "AWS-BACKUP-09")["daily"] == (
        "fail", "Backup plan daily has a rule that keeps recovery points less than 35 days, or no rule.")
    assert verdicts(ctx, policy_set, "AWS-BACKUP-03")["AWS Backup in us-east-1"][0] == "pass"
    vol = "arn:aws:ec2:us-east-1:123456789012:volume/"
    volumes = {"aws_ebs_volume": [
        {"id": vol + "vol-1", "name": "ehr-data", "region": REGION, "account": ACCOUNT, "tags": {"backup": "daily"}},
        {"id": vol + "vol-2", "name": "scratch", "region": REGION, "account": ACCOUNT, "tags": {}}],
        "aws_efs_file_system": [{"id": "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1",
                                 "name": "phi-share", "region": REGION, "account": ACCOUNT, "tags": {"backup": "daily"}}]}
    volumes["aws_fsx_file_system"] = [{"id": "arn:aws:fsx:us-east-1:123456789012:file-system/fs-0123456789abcdef0",
                                       "name": "home-dirs", "region": REGION, "account": ACCOUNT,
                                       "tags": {"backup": "daily"}}]
    got = all_verdicts(ctx, policy_set, volumes)
    ebs = got["AWS-BACKUP-04"]
    assert ebs == {"ehr-data": ("pass", "ehr-data: EBS volumes are covered by an AWS Backup plan."),
                   "scratch": ("fail", "EBS volume scratch is not covered by any AWS Backup plan.")}
    assert got["AWS-BACKUP-05"]["phi-share"][0] == "pass"
    assert got["AWS-BACKUP-11"]["clinic"] == ("fail", "Backup vault clinic holds recovery points kept less than 35 days.")
    assert got["AWS-BACKUP-12"]["home-dirs"] == (  # the selection picks EFS and EBS ARNs only
        "fail", "FSx file system home-dirs is not covered by any AWS Backup plan.")


def test_ssm_managed_instances_and_patch_compliance(ctx, policy_set):
    s = stub(ctx, "ssm")
    s.add_response("describe_instance_information", {"InstanceInformationList": [
        {"InstanceId": "i-1", "PingStatus": "Online", "ComputerName": "ehr-app", "PlatformType": "Linux"},
        {"InstanceId": "i-2", "PingStatus": "Online", "ComputerName": "fax", "PlatformType": "Windows"}]})
    s.add_response("list_resource_compliance_summaries", {"ResourceComplianceSummaryItems": [
        {"ComplianceType": "Patch", "ResourceType": "ManagedInstance", "ResourceId": "i-1", "Status": "COMPLIANT"},
        {"ComplianceType": "Patch", "ResourceType": "ManagedInstance", "ResourceId": "i-2", "Status": "NON_COMPLIANT"}]},
        {"Filters": [{"Key": "ComplianceType", "Values": ["Patch"], "Type": "EQUAL"}]})
    s.add_response("list_resource_compliance_summaries", {"ResourceComplianceSummaryItems": [
        {"ComplianceType": "Association", "ResourceType": "ManagedInstance", "ResourceId": "i-1", "Status": "COMPLIANT"}]},
        {"Filters": [{"Key": "ComplianceType", "Values": ["Association"], "Type": "EQUAL"}]})
    ssm.collect_managed_instances(ctx, REGION)
    s.assert_no_pending_responses()
    assert verdicts(ctx, policy_set, "AWS-EC2-12") == {
        "ehr-app": ("pass", "ehr-app: SSM managed instances are patch compliant."),
        "fax": ("fail", "Managed instance fax is not patch compliant (NON_COMPLIANT).")}
    assert verdicts(ctx, policy_set, "AWS-EC2-24") == {
        "ehr-app": ("pass", "ehr-app: SSM managed instances comply with their State Manager associations."),
        "fax": ("fail", "SSM managed instance fax reports State Manager association compliance NO_DATA, not COMPLIANT.")}
    arn = "arn:aws:ec2:us-east-1:123456789012:instance/"
    instances = {"aws_ec2_instance": [
        {"id": arn + "i-1", "name": "ehr-app", "region": REGION, "account": ACCOUNT, "instance_id": "i-1", "state": "running"},
        {"id": arn + "i-3", "name": "rogue", "region": REGION, "account": ACCOUNT, "instance_id": "i-3", "state": "running"}]}
    got = verdicts(ctx, policy_set, "AWS-EC2-11", instances)
    assert {k: v[0] for k, v in got.items()} == {"ehr-app": "pass", "rogue": "fail"}


def test_redshift_require_ssl_passes(ctx, policy_set):
    s = stub(ctx, "redshift")
    s.add_response("describe_clusters", {"Clusters": [{
        "ClusterIdentifier": "claims-dw", "Encrypted": True, "PubliclyAccessible": False,
        "AutomatedSnapshotRetentionPeriod": 7, "ClusterParameterGroups": [{"ParameterGroupName": "claims-tls"}]}]})
    s.add_response("describe_cluster_parameters", {"Parameters": [
        {"ParameterName": "require_ssl", "ParameterValue": "true"}, {"ParameterName": "use_fips_ssl", "ParameterValue": "false"}]},  # noqa: E501  (data)
        {"ParameterGroupName": "claims-tls"})
    s.add_response("describe_logging_status", {"LoggingEnabled": True}, {"ClusterIdentifier": "claims-dw"})
    redshift.collect_clusters(ctx, REGION)
    s.assert_no_pending_responses()
    assert verdicts(ctx, policy_set, "AWS-RS-03")["claims-dw"][0] == "pass"


def test_aged_credentials_fail_and_root_hardware_mfa_passes(ctx, policy_set):
    s = stub(ctx, "iam")
    arn = "arn:aws:iam::123456789012:user/old-timer"
    s.add_response("list_users", {"Users": [{"Path": "/", "UserName": "old-timer", "UserId": "AIDAOLD000000000001",
                                             "Arn": arn, "CreateDate": NOW - timedelta(days=400),
                                             "PasswordLastUsed": NOW - timedelta(days=120)}]})
    s.add_response("get_login_profile", {"LoginProfile": {"UserName": "old-timer", "CreateDate": NOW - timedelta(days=400)}},
                   {"UserName": "old-timer"})
    s.add_response("list_mfa_devices", {"MFADevices": []}, {"UserName": "old-timer"})
    s.add_response("list_access_keys", {"AccessKeyMetadata": [{"UserName": "old-timer", "AccessKeyId": "AKIAOLD0000000000001",
                                                               "Status": "Active", "CreateDate": NOW - timedelta(days=200)}]},
                   {"UserName": "old-timer"})
    s.add_response("get_access_key_last_used", {"UserName": "old-timer", "AccessKeyLastUsed": {
        "LastUsedDate": NOW - timedelta(days=100), "ServiceName": "s3", "Region": "us-east-1"}},
        {"AccessKeyId": "AKIAOLD0000000000001"})
    s.add_response("list_attached_user_policies", {"AttachedPolicies": []}, {"UserName": "old-timer"})
    s.add_response("list_user_policies", {"PolicyNames": []}, {"UserName": "old-timer"})
    iam.collect_users(ctx, REGION)
    s.add_response("get_account_summary", {"SummaryMap": {"AccountMFAEnabled": 1, "AccountAccessKeysPresent": 0}})
    s.add_response("list_virtual_mfa_devices", {"VirtualMFADevices": []}, {"AssignmentStatus": "Assigned"})
    s.add_client_error("get_account_password_policy", "NoSuchEntity", "no password policy", 404)
    iam.collect_account(ctx, REGION)
    s.assert_no_pending_responses()
    u = verdicts(ctx, policy_set, "AWS-IAM-11")["old-timer"]
    assert u == ("fail", "IAM user old-timer has a console password unused for 120 days. "
                         "IAM user old-timer has the active access key AKIAOLD0000000000001 unused for 100 days.")
    assert verdicts(ctx, policy_set, "AWS-IAM-12")["old-timer"] == (
        "fail", "IAM user old-timer has the active access key AKIAOLD0000000000001, 200 days old.")
    assert verdicts(ctx, policy_set, "AWS-IAM-05")[ACCOUNT][0] == "pass"


@pytest.mark.parametrize("message,enabled", [("Macie is not enabled.", False),
                                             ("User is not authorized to perform macie2:GetMacieSession", None)])
def test_macie_not_enabled_is_a_fact_access_denied_is_an_error(ctx, policy_set, message, enabled):
    s = stub(ctx, "macie2")
    s.add_client_error("get_macie_session", "AccessDeniedException", message, 403)
    macie.collect_settings(ctx, REGION)
    doc = ctx.inventory.document()
    status = verdicts(ctx, policy_set, "AWS-MACIE-01")["Macie in us-east-1"][0]
    if enabled is False:
        assert doc["resources"]["aws_macie_settings"][0]["enabled"] is False and doc["errors"] == []
        assert status == "fail"
    else:
        assert "enabled" not in doc["resources"]["aws_macie_settings"][0]
        assert [e["code"] for e in doc["errors"]] == ["AccessDeniedException"]
        assert status == "error"


def test_security_hub_access_denied_is_an_error(ctx, policy_set):
    s = stub(ctx, "securityhub")
    s.add_client_error("describe_hub", "AccessDeniedException", "not authorized", 403)
    securityhub.collect_settings(ctx, REGION)
    assert verdicts(ctx, policy_set, "AWS-SH-01")["Security Hub in us-east-1"][0] == "error"


def test_security_hub_not_subscribed_is_a_fail(ctx, policy_set):
    s = stub(ctx, "securityhub")
    s.add_client_error("describe_hub", "InvalidAccessException", "Account is not subscribed to AWS Security Hub", 401)
    securityhub.collect_settings(ctx, REGION)
    assert verdicts(ctx, policy_set, "AWS-SH-01")["Security Hub in us-east-1"][0] == "fail"


def test_inspector_failed_account_is_an_error(ctx, policy_set):
    s = stub(ctx, "inspector2")
    s.add_response("batch_get_account_status", {"accounts": [], "failedAccounts": [
        {"accountId": ACCOUNT, "errorCode": "ACCESS_DENIED", "errorMessage": "not allowed"}]}, {"accountIds": [ACCOUNT]})
    inspector2.collect_settings(ctx, REGION)
    assert verdicts(ctx, policy_set, "AWS-INSPECTOR-01")["Inspector in us-east-1"][0] == "error"


def test_kms_keys_that_cannot_rotate_are_not_applicable(ctx, policy_set):
    """kms:DescribeKey facts (spec, origin, key store, manager); rotation is read only where it can exist."""
    s = stub(ctx, "kms")
    keys = {  # key id -> (KeySpec, Origin, KeyManager, CustomKeyStoreId)
        "sym": ("SYMMETRIC_DEFAULT", "AWS_KMS", "CUSTOMER", None),
        "rsa": ("RSA_2048", "AWS_KMS", "CUSTOMER", None),
        "imported": ("SYMMETRIC_DEFAULT", "EXTERNAL", "CUSTOMER", None),
        "xks": ("SYMMETRIC_DEFAULT", "EXTERNAL_KEY_STORE", "CUSTOMER", "cks-1234567890abcdef0"),
        "awsman": ("SYMMETRIC_DEFAULT", "AWS_KMS", "AWS", None),
    }
    arn = {k: f"arn:aws:kms:{REGION}:{ACCOUNT}:key/{k}" for k in keys}
    # enclave keys (AWS-KMS-03/04): rsa by its tag, sym by the attestation condition in its policy, imported by
    # its alias; xks is no enclave key
    attested = {"Sid": "enclave", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/enclave"},
                "Action": "kms:Decrypt", "Resource": "*",
                "Condition": {"StringEqualsIgnoreCase": {"kms:RecipientAttestation:ImageSha384": "ab12"}}}
    open_decrypt = {"Sid": "AllowDecrypt", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                    "Action": "kms:Decrypt", "Resource": "*"}
    guard = {"Sid": "OnlyAttested", "Effect": "Deny", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*",
             "Condition": {"StringNotEqualsIgnoreCase": {"kms:RecipientAttestation:ImageSha384": "ab12"}}}
    policies = {"sym": [attested], "rsa": [open_decrypt], "imported": [open_decrypt, guard], "xks": [open_decrypt]}
    s.add_response("list_aliases", {"Aliases": [{"AliasName": "alias/enclave-imported", "TargetKeyId": "imported"}]})
    s.add_response("list_keys", {"Keys": [{"KeyId": k, "KeyArn": arn[k]} for k in keys]})
    for k, (spec, origin, manager, store) in keys.items():
        meta = {"KeyId": k, "Arn": arn[k], "Description": f"clinic-{k}", "KeySpec": spec, "Origin": origin,
                "KeyManager": manager, "KeyState": "Enabled"}
        if store:
            meta["CustomKeyStoreId"] = store
        s.add_response("describe_key", {"KeyMetadata": meta}, {"KeyId": arn[k]})
        if k == "sym":
            s.add_response("get_key_rotation_status", {"KeyRotationEnabled": False}, {"KeyId": arn[k]})
        if manager == "CUSTOMER":
            tags = [{"TagKey": "prowler:enclave-key", "TagValue": "true"}] if k == "rsa" else []
            s.add_response("list_resource_tags", {"Tags": tags}, {"KeyId": arn[k]})
            s.add_response("get_key_policy", {"Policy": json.dumps({"Version": "2012-10-17", "Statement": policies[k]})},
                           {"KeyId": arn[k], "PolicyName": "default"})
    kms.collect_keys(ctx, REGION)
    s.assert_no_pending_responses()
    got = all_verdicts(ctx, policy_set)
    assert {n: v[0] for n, v in got["AWS-KMS-03"].items()} == {
        "clinic-sym": "pass", "clinic-rsa": "fail", "clinic-imported": "fail", "clinic-xks": "not_applicable"}
    assert {n: v[0] for n, v in got["AWS-KMS-04"].items()} == {
        "clinic-sym": "pass", "clinic-rsa": "fail", "clinic-imported": "pass", "clinic-xks": "not_applicable"}
    got = {name: status for name, (status, _) in verdicts(ctx, policy_set, "AWS-KMS-01").items()}
    assert got == {"clinic-sym": "fail", "clinic-rsa": "not_applicable", "clinic-imported": "not_applicable",
                   "clinic-xks": "not_applicable"}
    facts = {r["name"]: r for r in ctx.inventory.document()["resources"]["aws_kms_key"]}
    assert facts["clinic-xks"]["custom_key_store_id"] == "cks-1234567890abcdef0"
    assert "rotation_enabled" not in facts["clinic-imported"] and facts["clinic-sym"]["rotation_enabled"] is False


def test_gateway_load_balancers_are_not_applicable_and_an_untyped_one_does_not_pass(ctx, policy_set):
    """A Gateway Load Balancer's GENEVE listeners carry no TLS and it has no access logs: the three
    ELBv2 controls mark it not_applicable; a load balancer whose type was not given never passes."""
    s = stub(ctx, "elbv2")
    arn = f"arn:aws:elasticloadbalancing:{REGION}:{ACCOUNT}:loadbalancer"
    gw, alb, untyped = f"{arn}/gwy/inspect/1", f"{arn}/app/portal/2", f"{arn}/app/untyped/3"
    tls13 = "ELBSecurityPolicy-TLS13-1-2-2021-06"
    s.add_response("describe_load_balancers", {"LoadBalancers": [
        {"LoadBalancerArn": gw, "LoadBalancerName": "inspect", "Type": "gateway", "Scheme": "internal"},
        {"LoadBalancerArn": alb, "LoadBalancerName": "portal", "Type": "application", "Scheme": "internet-facing"},
        {"LoadBalancerArn": untyped, "LoadBalancerName": "untyped", "Scheme": "internal"}]})
    for lb, listener, attrs in (
            (gw, {"Protocol": "GENEVE", "Port": 6081}, {"Key": "deletion_protection.enabled", "Value": "false"}),
            (alb, {"Protocol": "HTTPS", "Port": 443, "SslPolicy": tls13}, {"Key": "access_logs.s3.enabled", "Value": "true"}),
            (untyped, {"Protocol": "HTTPS", "Port": 443, "SslPolicy": tls13}, {"Key": "access_logs.s3.enabled", "Value": "true"})):  # noqa: E501  (data)
        s.add_response("describe_listeners", {"Listeners": [dict(listener, ListenerArn=f"{lb}/l")]}, {"LoadBalancerArn": lb})
        s.add_response("describe_load_balancer_attributes", {"Attributes": [attrs]}, {"LoadBalancerArn": lb})
    s.add_response("describe_ssl_policies", {"SslPolicies": [{"Name": tls13, "SslProtocols": ["TLSv1.2", "TLSv1.3"]}]},
                   {"Names": [tls13]})
    elbv2.collect_load_balancers(ctx, REGION)
    s.assert_no_pending_responses()
    lbs = {r["name"]: r for r in ctx.inventory.document()["resources"]["aws_lb"]}
    assert {n: r["type"] for n, r in lbs.items()} == {"inspect": "gateway", "portal": "application", "untyped": None}
    for control in ("AWS-ELBV2-01", "AWS-ELBV2-02", "AWS-ELBV2-03"):
        got = {n: v[0] for n, v in verdicts(ctx, policy_set, control).items()}
        assert got == {"inspect": "not_applicable", "portal": "pass", "untyped": "fail"}, control


def test_elastic_beanstalk_settings_and_an_unreadable_environment(ctx, policy_set):
    s = stub(ctx, "elasticbeanstalk")
    arn = "arn:aws:elasticbeanstalk:us-east-1:123456789012:environment/portal/"
    s.add_response("describe_environments", {"Environments": [
        {"EnvironmentArn": arn + name, "EnvironmentName": name, "ApplicationName": "portal", "Status": "Ready"}
        for name in ("portal-prod", "portal-old", "portal-locked")]}, {"IncludeDeleted": False})
    s.add_response("describe_configuration_settings", {"ConfigurationSettings": [{"OptionSettings": [
        {"Namespace": "aws:elasticbeanstalk:managedactions", "OptionName": "ManagedActionsEnabled", "Value": "true"},
        {"Namespace": "aws:elasticbeanstalk:healthreporting:system", "OptionName": "SystemType", "Value": "enhanced"},
        {"Namespace": "aws:elasticbeanstalk:cloudwatch:logs", "OptionName": "StreamLogs", "Value": "true"}]}]},
        {"ApplicationName": "portal", "EnvironmentName": "portal-prod"})
    s.add_response("describe_configuration_settings", {"ConfigurationSettings": [{"OptionSettings": [
        {"Namespace": "aws:elasticbeanstalk:managedactions", "OptionName": "ManagedActionsEnabled", "Value": "false"},
        {"Namespace": "aws:elasticbeanstalk:healthreporting:system", "OptionName": "SystemType", "Value": "basic"}]}]},
        {"ApplicationName": "portal", "EnvironmentName": "portal-old"})
    s.add_client_error("describe_configuration_settings", "AccessDenied", "not allowed",
                       expected_params={"ApplicationName": "portal", "EnvironmentName": "portal-locked"})
    elasticbeanstalk.collect_environments(ctx, REGION)
    s.assert_no_pending_responses()
    doc = ctx.inventory.document()
    assert [(e["resource_type"], e["resource_id"]) for e in doc["errors"]] == [
        ("aws_elastic_beanstalk_environment", arn + "portal-locked")]
    old = {r["name"]: r for r in doc["resources"]["aws_elastic_beanstalk_environment"]}["portal-old"]
    assert (old["managed_actions_enabled"], old["health_reporting"], old["log_streaming"]) == ("false", "basic", None)
    got = all_verdicts(ctx, policy_set)
    for control in ("AWS-EB-01", "AWS-EB-02", "AWS-EB-03"):
        assert {name: v[0] for name, v in got[control].items()} == {
            "portal-prod": "pass", "portal-old": "fail", "portal-locked": "error"}, control
    assert got["AWS-EB-03"]["portal-old"] == (
        "fail", "Elastic Beanstalk environment portal-old: its log streaming setting could not be determined.")


def test_vpn_tunnels_and_fsx_file_systems(ctx, policy_set):
    s = stub(ctx, "ec2")
    tel = [{"OutsideIpAddress": "198.51.100.1", "Status": "UP"}, {"OutsideIpAddress": "198.51.100.2", "Status": "UP"}]
    s.add_response("describe_vpn_connections", {"VpnConnections": [
        {"VpnConnectionId": "vpn-1", "State": "available", "VgwTelemetry": tel,
         "Tags": [{"Key": "Name", "Value": "clinic-site-vpn"}]},
        {"VpnConnectionId": "vpn-2", "State": "available", "VgwTelemetry": [tel[0], dict(tel[1], Status="DOWN")]},
        {"VpnConnectionId": "vpn-3", "State": "deleted", "VgwTelemetry": []}]})
    ec2.collect_vpn_connections(ctx, REGION)
    f = stub(ctx, "fsx")
    f.add_response("describe_file_systems", {"FileSystems": [{
        "FileSystemId": "fs-0123456789abcdef0", "FileSystemType": "WINDOWS",
        "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/k",
        "ResourceARN": "arn:aws:fsx:us-east-1:123456789012:file-system/fs-0123456789abcdef0",
        "Tags": [{"Key": "Name", "Value": "home-dirs"}],
        "WindowsConfiguration": {"AutomaticBackupRetentionDays": 30}}]})
    fsx.collect_file_systems(ctx, REGION)
    s.assert_no_pending_responses()
    f.assert_no_pending_responses()
    doc = ctx.inventory.document()
    assert doc["errors"] == []
    got = all_verdicts(ctx, policy_set)
    assert {n: v[0] for n, v in got["AWS-EC2-25"].items()} == {
        "clinic-site-vpn": "pass", "vpn-2": "fail", "vpn-3": "not_applicable"}
    (fs,) = doc["resources"]["aws_fsx_file_system"]
    assert (fs["name"], fs["file_system_type"], fs["automatic_backup_retention_days"]) == ("home-dirs", "WINDOWS", 30)


def test_scan_parameters_travel_with_each_resource(monkeypatch, policy_set):
    """--max-instance-age-days and --authorized-igw-vpcs: the inventory carries them on every instance
    (age_limit_days) and internet gateway (authorized_vpc_ids), and AWS-EC2-13 / AWS-EC2-28 judge by them;
    without the options the fields are absent: the default age (180) applies and AWS-EC2-28 is not applicable."""
    import hipaa_scan.collectors.aws as aws
    from hipaa_scan.scanner.errors import InputError
    from hipaa_scan.scanner.sources import AwsRequest

    def fake_collect(builder, **kw):
        for name, age in (("ehr-app", 100), ("bastion", 20)):
            builder.add("aws_ec2_instance", {"id": f"arn:aws:ec2:us-east-1:{ACCOUNT}:instance/i-{name}", "name": name,
                                             "account": ACCOUNT, "region": REGION, "state": "running",
                                             "age_days": age})
        for name, vpcs in (("dmz-igw", ["vpc-0a1b2c3d"]), ("ehr-igw", ["vpc-11112222"]), ("spare-igw", [])):
            builder.add("aws_internet_gateway", {"id": f"arn:aws:ec2:us-east-1:{ACCOUNT}:internet-gateway/igw-{name}",
                                                 "name": name, "account": ACCOUNT, "region": REGION, "tags": {},
                                                 "attached_vpc_ids": vpcs})

    monkeypatch.setattr(aws, "collect_aws", fake_collect)
    doc = AwsRequest.from_options(regions="us-east-1", max_instance_age_days=90,
                                  authorized_igw_vpcs="vpc-0a1b2c3d, vpc-9f8e7d6c").collect()
    assert {r["name"]: r["age_limit_days"] for r in doc["resources"]["aws_ec2_instance"]} == {"ehr-app": 90, "bastion": 90}
    got = {(f["control_id"], f["resource"]["name"]): (f["status"], f["message"])
           for f in Evaluator(policy_set).evaluate(doc)["findings"] if f["resource"]}
    assert got["AWS-EC2-13", "ehr-app"] == ("fail", "EC2 instance ehr-app was launched 100 days ago (more than 90).")
    assert got["AWS-EC2-13", "bastion"][0] == "pass"
    assert {n: got["AWS-EC2-28", n][0] for n in ("dmz-igw", "ehr-igw", "spare-igw")} == {
        "dmz-igw": "pass", "ehr-igw": "fail", "spare-igw": "not_applicable"}
    assert {n: got["AWS-EC2-27", n][0] for n in ("dmz-igw", "spare-igw")} == {"dmz-igw": "pass", "spare-igw": "fail"}
    plain = AwsRequest().collect()["resources"]
    assert all("age_limit_days" not in r for r in plain["aws_ec2_instance"])
    assert all("authorized_vpc_ids" not in r for r in plain["aws_internet_gateway"])
    with pytest.raises(InputError, match="between 1 and 3650"):
        AwsRequest(max_instance_age_days=0)
    with pytest.raises(InputError, match="not a VPC id"):
        AwsRequest.from_options(regions="us-east-1", authorized_igw_vpcs="vpc-0a1b2c3d,igw-123")
