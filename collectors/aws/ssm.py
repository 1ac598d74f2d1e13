"""Systems Manager: Session Manager idle timeout per region; managed instances and patch compliance."""

from __future__ import annotations

import json

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource

SESSION_DOCUMENT = "SSM-SessionManagerRunShell"


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_ssm_settings"
    rid = f"{ctx.account}/{region}/ssm"
    ssm = ctx.client("ssm", region)
    res: Resource = {"id": rid, "name": f"Systems Manager in {region}", "account": ctx.account, "region": region}
    ok, doc = read(ctx, rt, ssm.get_document, region=region, resource_id=rid, field="session_manager",
                   absent=("InvalidDocument",), absent_value=None, Name=SESSION_DOCUMENT)
    if ok:
        if doc is None:
            res["session_manager"] = {"preferences_set": False}
        else:
            inputs = json.loads(doc.get("Content") or "{}").get("inputs", {})
            idle = inputs.get("idleSessionTimeout")
            res["session_manager"] = {
                "preferences_set": True,
                "idle_session_timeout_minutes": int(idle) if str(idle or "").isdigit() else None,
                "max_session_duration_minutes": int(inputs["maxSessionDuration"])
                if str(inputs.get("maxSessionDuration") or "").isdigit() else None,
                "s3_logging": bool(inputs.get("s3BucketName")),
                "cloudwatch_logging": bool(inputs.get("cloudWatchLogGroupName")),
            }
    ctx.inventory.add(rt, res)


def collect_managed_instances(ctx: AwsContext, region: str) -> None:
    """Instances registered with SSM, with their patch compliance (one list call each)."""
    ssm = ctx.client("ssm", region)
    infos = listed(ctx, "aws_ssm_managed_instance",
                   paginate(ssm, "describe_instance_information", "InstanceInformationList"),
                   "InstanceId", region=region, operation="DescribeInstanceInformation")
    compliance = {c.get("ResourceId"): c for c in paginate(
        ssm, "list_resource_compliance_summaries", "ResourceComplianceSummaryItems",
        Filters=[{"Key": "ComplianceType", "Values": ["Patch"], "Type": "EQUAL"}])}
    associations = {c.get("ResourceId"): c for c in paginate(
        ssm, "list_resource_compliance_summaries", "ResourceComplianceSummaryItems",
        Filters=[{"Key": "ComplianceType", "Values": ["Association"], "Type": "EQUAL"}])}
    for i in infos:
        iid = i["InstanceId"]
        c = compliance.get(iid)
        ctx.inventory.add("aws_ssm_managed_instance", {
            "id": ctx.arn("ssm", region, f"managed-instance/{iid}"), "name": i.get("ComputerName") or iid,
            "account": ctx.account, "region": region, "instance_id": iid,
            "ping_status": i.get("PingStatus"), "platform": i.get("PlatformType"),
            "patch_compliance": c.get("Status") if c else "NO_DATA",
            # NO_DATA: no State Manager association reports on the instance
            "association_compliance": associations[iid].get("Status") if iid in associations else "NO_DATA",
        })


def collect_documents(ctx: AwsContext, region: str) -> None:
    """The account's own SSM documents and whom they are shared with ("all": public)."""
    rt = "aws_ssm_document"
    ssm = ctx.client("ssm", region)
    for d in listed(ctx, rt, paginate(ssm, "list_documents", "DocumentIdentifiers",
                                      Filters=[{"Key": "Owner", "Values": ["Self"]}]),
                    "Name", region=region, operation="ListDocuments"):
        name = d["Name"]
        did = ctx.arn("ssm", region, f"document/{name}")
        res: Resource = {"id": did, "name": name, "account": ctx.account, "region": region,
                         "document_type": d.get("DocumentType")}
        ok, out = read(ctx, rt, ssm.describe_document_permission, region=region, resource_id=did,
                       field="shared_with", Name=name, PermissionType="Share")
        if ok:
            res["shared_with"] = sorted(out.get("AccountIds") or [])
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_ssm_settings", "ssm", "regional", ("ssm:GetDocument",), collect_settings,
                 "Session Manager preferences per region"),
    ResourceSpec("aws_ssm_managed_instance", "ssm", "regional",
                 ("ssm:DescribeInstanceInformation", "ssm:ListResourceComplianceSummaries"),
                 collect_managed_instances, "SSM managed instances and their patch compliance"),
    ResourceSpec("aws_ssm_document", "ssm", "regional", ("ssm:ListDocuments", "ssm:DescribeDocumentPermission"),
                 collect_documents, "SSM documents owned by the account, and their sharing"),
]
