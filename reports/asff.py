"""AWS Security Finding Format (ASFF) for Security Hub's BatchImportFindings, a JSON array.

hipaa-scan stays read-only: it writes the file; importing is yours, 100 findings per call::

    jq -c '.[0:100]' hipaa-out/results.asff.json > batch.json
    aws securityhub batch-import-findings --findings file://batch.json

One finding per fail, error, waived, baseline and pass finding with a resource:
- ``Compliance.Status`` FAILED (fail, waived, baseline), WARNING (error: not read) or PASSED;
  ``Compliance.RelatedRequirements`` the HIPAA citations (``HIPAA Security Rule 164.312(b)``).
- ``Workflow.Status`` NEW, SUPPRESSED (waived, baseline) or RESOLVED (pass).
- ``Id`` is stable across runs (control, resource type, resource id), so a re-import updates.
- ``AwsAccountId``: the resource's account, else the first AWS account the scan read, else
  ``000000000000`` (IaC, hosts, TLS endpoints: replace it with the importing account);
  ``ProductArn`` is that account's default custom-integration product in the resource's
  region (else the scan's first region, else us-east-1).
- Texts are one line and within Security Hub's lengths (Title 256, Description 1024,
  Remediation 512 characters).

tests/test_reports_ci.py validates the documents with botocore's own validator against the
securityhub service model's BatchImportFindings input.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from hipaa_scan.reports.common import one_line
from hipaa_scan.reports.sarif import fingerprint, help_uri
from hipaa_scan.scanner.types import Document, Results

NAME = "asff"
FILENAME = "results.asff.json"
DESCRIPTION = "AWS Security Finding Format for Security Hub BatchImportFindings (Compliance.RelatedRequirements)"

SCHEMA_VERSION = "2018-10-08"
TYPE = "Software and Configuration Checks/Industry and Regulatory Standards/HIPAA Controls"
NO_ACCOUNT = "000000000000"
LABEL = {"critical": "CRITICAL", "high": "HIGH", "medium": "MEDIUM", "low": "LOW"}
#: finding status → (Compliance.Status, Workflow.Status)
STATUS = {"fail": ("FAILED", "NEW"), "error": ("WARNING", "NEW"), "pass": ("PASSED", "RESOLVED"),
          "waived": ("FAILED", "SUPPRESSED"), "baseline": ("FAILED", "SUPPRESSED")}
#: our resource types → Security Hub's resource types (the rest are "Other")
RESOURCE_TYPE = {
    "aws_s3_bucket": "AwsS3Bucket", "aws_rds_instance": "AwsRdsDbInstance", "aws_rds_cluster": "AwsRdsDbCluster",
    "aws_rds_snapshot": "AwsRdsDbSnapshot", "aws_kms_key": "AwsKmsKey", "aws_ebs_volume": "AwsEc2Volume",
    "aws_ec2_instance": "AwsEc2Instance", "aws_cloudtrail_trail": "AwsCloudTrailTrail", "aws_iam_user": "AwsIamUser",
    "aws_iam_role": "AwsIamRole", "aws_iam_policy": "AwsIamPolicy", "aws_lambda_function": "AwsLambdaFunction",
    "aws_dynamodb_table": "AwsDynamoDbTable", "aws_sqs_queue": "AwsSqsQueue", "aws_sns_topic": "AwsSnsTopic",
    "aws_security_group": "AwsEc2SecurityGroup", "aws_vpc": "AwsEc2Vpc", "aws_lb": "AwsElbv2LoadBalancer",
    "aws_elb_load_balancer": "AwsElbLoadBalancer", "aws_acm_certificate": "AwsCertificateManagerCertificate",
    "aws_cloudfront_distribution": "AwsCloudFrontDistribution", "aws_ecr_repository": "AwsEcrRepository",
    "aws_kinesis_stream": "AwsKinesisStream",
    "aws_opensearch_domain": "AwsOpenSearchServiceDomain", "aws_redshift_cluster": "AwsRedshiftCluster",
    "aws_secretsmanager_secret": "AwsSecretsManagerSecret", "aws_account": "AwsAccount",
}
_ACCOUNT = re.compile(r"^\d{12}$")


def _scope(results: Document) -> tuple[str | None, str | None]:
    """The first AWS account and region the scan's sources name."""
    for t in (results.get("scan") or {}).get("targets") or []:
        if isinstance(t, dict) and t.get("collector") == "aws" and _ACCOUNT.match(str(t.get("account", ""))):
            regions = t.get("regions") or []
            return str(t["account"]), (str(regions[0]) if regions else None)
    return None, None


def _details(f: dict) -> dict[str, str]:
    r = f.get("resource") or {}
    ev = f.get("evidence") or {}
    other = {"hipaa_scan_control": f["control_id"], "hipaa_scan_status": f["status"],
             "hipaa_scan_resource_type": str(r.get("type", ""))}
    if isinstance(ev.get("file_path"), str):
        other["file_path"] = ev["file_path"][:1024]
        lr = ev.get("line_range")
        if isinstance(lr, list) and lr:
            other["line_range"] = "-".join(str(x) for x in lr[:2])
    if f.get("waiver"):
        other["waiver_reason"] = one_line((f["waiver"] or {}).get("reason") or "", 1024)
    return other


def finding(f: dict, scan: dict, created: str, account: str | None, region: str | None) -> dict:
    r = f.get("resource") or {}
    acct = str(r.get("account") or "") if _ACCOUNT.match(str(r.get("account") or "")) else (account or NO_ACCOUNT)
    reg = str(r.get("region") or region or "us-east-1")
    partition = "aws-us-gov" if reg.startswith("us-gov-") else "aws-cn" if reg.startswith("cn-") else "aws"
    comp, workflow = STATUS[f["status"]]
    sev = str(f.get("severity", "medium"))
    msg = one_line(f.get("message", ""), 1024) or f["control_id"]
    resource: dict = {"Type": RESOURCE_TYPE.get(str(r.get("type")), "Other"), "Id": str(r.get("id", ""))[:512],
                      "Partition": partition, "Region": reg, "Details": {"Other": _details(f)}}
    tags = r.get("tags")
    if isinstance(tags, dict) and tags:
        resource["Tags"] = {str(k)[:128]: str(v)[:256] for k, v in list(tags.items())[:50]}
    out: dict[str, Any] = {
        "SchemaVersion": SCHEMA_VERSION,
        "Id": f"hipaa-scan/{f['control_id']}/{fingerprint(f)}",
        "ProductArn": f"arn:{partition}:securityhub:{reg}:{acct}:product/{acct}/default",
        "ProductName": "hipaa-scan",
        "CompanyName": "hipaa-scan",
        "GeneratorId": f"hipaa-scan/{f['control_id']}",
        "AwsAccountId": acct,
        "Types": [TYPE],
        "CreatedAt": created,
        "UpdatedAt": created,
        "Severity": {"Label": LABEL.get(sev, "MEDIUM"), "Original": sev},
        "Title": one_line(f"{f['control_id']}: {f.get('title', '')}", 256),
        "Description": msg,
        "Remediation": {"Recommendation": {"Text": one_line(f.get("remediation") or "See the control.", 512),
                                           "Url": help_uri(list(f.get("hipaa", [])))}},
        "Resources": [resource],
        "Compliance": {"Status": comp,
                       "RelatedRequirements": [f"HIPAA Security Rule {c}" for c in f.get("hipaa", [])][:32]},
        "Workflow": {"Status": workflow},
        "RecordState": "ACTIVE",
    }
    if f["status"] == "error":
        out["Compliance"]["StatusReasons"] = [{"ReasonCode": "CONFIG_ACCESS_DENIED" if "AccessDenied" in msg
                                               else "INTERNAL_SERVICE_ERROR", "Description": msg[:1024]}]
    return out


def build(results: Document) -> list[dict]:
    scan = results.get("scan", {})
    created = str(scan.get("finished_at") or scan.get("collected_at") or "1970-01-01T00:00:00Z")
    account, region = _scope(results)
    return [finding(f, scan, created, account, region) for f in results.get("findings", [])
            if f.get("resource") and f.get("status") in STATUS]


def write(results: Results, path: Path, **_options) -> None:
    Path(path).write_text(json.dumps(build(results), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
