"""End to end through a local HTTP stand-in for what moto cannot serve.

moto 5.2.5's server lacks AWS Backup recovery points, selections and restore testing, SSM
managed-instance information and compliance summaries, GuardDuty findings and IAM Access Analyzer
analyzers (tests/test_aws_breadth_stubbed.py covers their normalisation with botocore's Stubber).
Here one stand-in (tests/awsstandin.py: 127.0.0.1, only the listed operations, answers serialised
through botocore's output shapes) serves each service's whole path: the real boto3 clients over
HTTP → the collector → the Rego controls → the JSON report on disk.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import boto3
import pytest
from awsstandin import StandIn

from hipaa_scan.collectors.aws import accessanalyzer, backup, guardduty, ssm
from hipaa_scan.collectors.aws.orchestrator import collect
from hipaa_scan.scanner import pipeline
from hipaa_scan.scanner.inventory import InventoryBuilder

ACCOUNT = "123456789012"
REGION = "us-east-1"
NOW = datetime.now(UTC)
VAULT = f"arn:aws:backup:{REGION}:{ACCOUNT}:backup-vault:"
PLAN = f"arn:aws:backup:{REGION}:{ACCOUNT}:backup-plan:"


def _recovery_points(params: dict) -> dict:
    name = params["BackupVaultName"]
    return {"RecoveryPoints": [{"RecoveryPointArn": f"{VAULT}{name}/rp-{i}", "BackupVaultName": name,
                                "IsEncrypted": name == "clinic-vault" or i == 0, "CreationDate": NOW}
                               for i in range(2)]}


ANSWERS = {
    "backup": {
        "ListBackupVaults": {"BackupVaultList": [
            {"BackupVaultName": "clinic-vault", "BackupVaultArn": VAULT + "clinic-vault", "Locked": True,
             "MinRetentionDays": 35, "EncryptionKeyArn": f"arn:aws:kms:{REGION}:{ACCOUNT}:key/k1"},
            {"BackupVaultName": "scratch-vault", "BackupVaultArn": VAULT + "scratch-vault", "Locked": False}]},
        "ListRecoveryPointsByBackupVault": _recovery_points,
        "ListBackupPlans": {"BackupPlansList": [
            {"BackupPlanId": "daily", "BackupPlanArn": PLAN + "daily", "BackupPlanName": "daily"},
            {"BackupPlanId": "weekly", "BackupPlanArn": PLAN + "weekly", "BackupPlanName": "weekly"}]},
        "ListBackupSelections": lambda p: {"BackupSelectionsList": [{"SelectionId": f"{p['BackupPlanId']}-s",
                                                                     "BackupPlanId": p["BackupPlanId"]}]},
        "GetBackupSelection": lambda p: {"BackupSelection": {
            "SelectionName": "phi", "IamRoleArn": f"arn:aws:iam::{ACCOUNT}:role/backup",
            "ListOfTags": [{"ConditionType": "STRINGEQUALS", "ConditionKey": "backup", "ConditionValue": "daily"}]}},
        "GetBackupPlan": lambda p: {"BackupPlan": {"BackupPlanName": p["BackupPlanId"], "Rules": [
            {"RuleName": p["BackupPlanId"], "TargetBackupVaultName": "clinic-vault",
             "ScheduleExpression": "cron(0 5 ? * * *)",
             "Lifecycle": {"DeleteAfterDays": 90 if p["BackupPlanId"] == "daily" else 7}}]}},
        "ListRestoreTestingPlans": {"RestoreTestingPlans": [
            {"RestoreTestingPlanArn": f"arn:aws:backup:{REGION}:{ACCOUNT}:restore-testing-plan:monthly",
             "RestoreTestingPlanName": "monthly", "CreationTime": NOW, "ScheduleExpression": "cron(0 5 1 * ? *)"}]},
    },
    "ssm": {
        "DescribeInstanceInformation": {"InstanceInformationList": [
            {"InstanceId": "i-0ehr", "PingStatus": "Online", "ComputerName": "ehr-app", "PlatformType": "Linux"},
            {"InstanceId": "i-0fax", "PingStatus": "Online", "ComputerName": "legacy-fax", "PlatformType": "Windows"}]},
        "ListResourceComplianceSummaries": lambda p: {"ResourceComplianceSummaryItems": [
            {"ComplianceType": kind, "ResourceType": "ManagedInstance", "ResourceId": iid,
             "Status": "COMPLIANT" if iid == "i-0ehr" else "NON_COMPLIANT"}
            for kind in p["Filters"][0]["Values"] for iid in ("i-0ehr", "i-0fax")]},
    },
    "guardduty": {
        "ListDetectors": {"DetectorIds": ["d-clinic"]},
        "GetDetector": {"Status": "ENABLED", "ServiceRole": f"arn:aws:iam::{ACCOUNT}:role/gd"},
        "ListFindings": {"FindingIds": ["f-old-high-1", "f-old-high-2"]},
    },
    "accessanalyzer": {
        "ListAnalyzers": {"analyzers": [
            {"arn": f"arn:aws:access-analyzer:{REGION}:{ACCOUNT}:analyzer/clinic", "name": "clinic",
             "type": "ACCOUNT", "createdAt": NOW - timedelta(days=3), "status": "ACTIVE"}]},
    },
}


@pytest.fixture(scope="module")
def standin(monkeypatch_module):
    with StandIn(ANSWERS) as server:
        yield server
    assert server.errors == []  # every canned answer fitted its output shape


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    mp.setenv("AWS_ACCESS_KEY_ID", "testing")
    mp.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    mp.setenv("AWS_MAX_ATTEMPTS", "1")
    yield mp
    mp.undo()


def _scan(standin, specs, tmp_path) -> tuple[dict, dict]:
    """collect → evaluate → report; the findings as read back from results.json."""
    builder = InventoryBuilder()
    session = boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=REGION)
    collect(builder, session=session, specs=specs, identify=lambda *a: ACCOUNT, regions=[REGION],
            endpoint_url=standin.url, workers=2)
    inventory = builder.document()
    results = pipeline.evaluate(inventory)
    written = pipeline.report(results, pipeline.ReportSettings(formats=("json",), out_dir=tmp_path), inventory=inventory)
    assert tmp_path / "results.json" in written
    report = json.loads((tmp_path / "results.json").read_text())
    return inventory, report


def _verdicts(report: dict, control: str) -> dict[str, str]:
    return {f["resource"]["name"]: f["status"] for f in report["findings"] if f["control_id"] == control}


def test_backup_end_to_end(standin, tmp_path):
    inventory, report = _scan(standin, backup.SPECS, tmp_path)
    assert inventory["errors"] == []
    assert _verdicts(report, "AWS-BACKUP-01") == {"clinic-vault": "pass", "scratch-vault": "fail"}
    assert _verdicts(report, "AWS-BACKUP-02") == {"clinic-vault": "pass", "scratch-vault": "fail"}
    assert _verdicts(report, "AWS-BACKUP-03") == {"AWS Backup in us-east-1": "pass"}
    assert _verdicts(report, "AWS-BACKUP-09") == {"daily": "pass", "weekly": "fail"}
    assert ("backup", "GetBackupSelection") in standin.calls


def test_ssm_end_to_end(standin, tmp_path):
    inventory, report = _scan(standin, [s for s in ssm.SPECS if s.resource_type == "aws_ssm_managed_instance"],
                              tmp_path)
    assert inventory["errors"] == []
    assert _verdicts(report, "AWS-EC2-12") == {"ehr-app": "pass", "legacy-fax": "fail"}
    assert _verdicts(report, "AWS-EC2-24") == {"ehr-app": "pass", "legacy-fax": "fail"}


def test_guardduty_end_to_end(standin, tmp_path):
    inventory, report = _scan(standin, guardduty.SPECS, tmp_path)
    assert inventory["errors"] == []
    assert _verdicts(report, "AWS-GD-01") == {"GuardDuty in us-east-1": "pass"}
    assert _verdicts(report, "AWS-GD-02") == {"GuardDuty in us-east-1": "fail"}
    msg = [f["message"] for f in report["findings"] if f["control_id"] == "AWS-GD-02"]
    assert "2" in msg[0]


def test_access_analyzer_end_to_end(standin, tmp_path):
    inventory, report = _scan(standin, accessanalyzer.SPECS, tmp_path)
    assert inventory["errors"] == []
    assert _verdicts(report, "AWS-AA-01") == {"IAM Access Analyzer in us-east-1": "pass"}


def test_an_operation_the_standin_does_not_serve_is_an_error_not_a_pass(standin, tmp_path):
    from hipaa_scan.collectors.aws import macie

    inventory, report = _scan(standin, macie.SPECS, tmp_path)
    assert inventory["errors"] and all(e["resource_type"] == "aws_macie_settings" for e in inventory["errors"])
    assert set(_verdicts(report, "AWS-MACIE-01").values()) == {"error"}
