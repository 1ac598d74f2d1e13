"""DynamoDB: tables (server-side encryption with a customer managed KMS key, point-in-time recovery)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read, read_pages, tags_of
from hipaa_scan.scanner.types import Resource


def collect_tables(ctx: AwsContext, region: str) -> None:
    rt = "aws_dynamodb_table"
    ddb = ctx.client("dynamodb", region)
    aas = ctx.client("application-autoscaling", region)
    scalable_error: Exception | None = None
    try:  # one read per region: which tables' (and indexes') capacity dimensions scale
        scalable: dict | None = {}
        for tgt in paginate(aas, "describe_scalable_targets", "ScalableTargets", ServiceNamespace="dynamodb"):
            scalable.setdefault(tgt.get("ResourceId"), set()).add(tgt.get("ScalableDimension"))  # type: ignore[union-attr]
    except Exception as exc:  # the tables' autoscaling is unknown: each table names the error below
        scalable, scalable_error = None, exc
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
            # PROVISIONED or PAY_PER_REQUEST; tables created before billing modes have no summary
            res["billing_mode"] = (t.get("BillingModeSummary") or {}).get("BillingMode") or "PROVISIONED"
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
        if scalable is None:
            ctx.error(rt, scalable_error or "DescribeScalableTargets failed", region=region, resource_id=arn, field="autoscaling")
        else:
            dims = scalable.get(f"table/{name}", set())
            res["autoscaling"] = {"read": "dynamodb:table:ReadCapacityUnits" in dims,
                                  "write": "dynamodb:table:WriteCapacityUnits" in dims}
        ok, tags = read_pages(ctx, rt, ddb, "list_tags_of_resource", "Tags", region=region, resource_id=arn,
                              field="tags", ResourceArn=arn)
        if ok:
            res["tags"] = tags_of(tags)
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_dynamodb_table", "dynamodb", "regional",
                 ("dynamodb:ListTables", "dynamodb:DescribeTable", "kms:DescribeKey",
                  "dynamodb:DescribeContinuousBackups", "dynamodb:ListTagsOfResource",
                  "application-autoscaling:DescribeScalableTargets"), collect_tables, "DynamoDB tables"),
]
