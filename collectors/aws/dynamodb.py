"""DynamoDB: tables (server-side encryption with a customer managed KMS key, point-in-time recovery)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read, read_pages, tags_of
from hipaa_scan.scanner.types import Resource


def collect_tables(ctx: AwsContext, region: str) -> None:
    rt = "aws_dynamodb_table"
    ddb = ctx.client("dynamodb", region)
    for name in paginate(ddb, "list_tables", "TableNames"):
        arn = ctx.arn("dynamodb", region, f"table/{name}")
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region}
        ok, out = read(ctx, rt, ddb.describe_table, region=region, resource_id=arn, field="sse", TableName=name)
        if ok:
            t = out.get("Table", {})
            sse = t.get("SSEDescription")
            # No SSEDescription: encrypted with an AWS owned key (DynamoDB always encrypts at rest).
            res["sse"] = {"status": "ENABLED", "type": "AWS_OWNED", "kms_key_arn": None} if not sse else {
                "status": sse.get("Status"), "type": sse.get("SSEType"), "kms_key_arn": sse.get("KMSMasterKeyArn")}
            res["deletion_protection"] = t.get("DeletionProtectionEnabled") is True
            if res["sse"]["kms_key_arn"]:
                kms = ctx.client("kms", region)
                ok, key = read(ctx, rt, kms.describe_key, region=region, resource_id=arn, field="sse",
                               KeyId=res["sse"]["kms_key_arn"])
                if ok:
                    res["sse"]["key_manager"] = key.get("KeyMetadata", {}).get("KeyManager")
                else:
                    del res["sse"]
        ok, out = read(ctx, rt, ddb.describe_continuous_backups, region=region, resource_id=arn,
                       field="point_in_time_recovery", TableName=name)
        if ok:
            pitr = (out.get("ContinuousBackupsDescription") or {}).get("PointInTimeRecoveryDescription") or {}
            res["point_in_time_recovery"] = pitr.get("PointInTimeRecoveryStatus") == "ENABLED"
        ok, tags = read_pages(ctx, rt, ddb, "list_tags_of_resource", "Tags", region=region, resource_id=arn,
                              field="tags", ResourceArn=arn)
        if ok:
            res["tags"] = tags_of(tags)
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_dynamodb_table", "dynamodb", "regional",
                 ("dynamodb:ListTables", "dynamodb:DescribeTable", "kms:DescribeKey",
                  "dynamodb:DescribeContinuousBackups", "dynamodb:ListTagsOfResource"), collect_tables, "DynamoDB tables"),
]
