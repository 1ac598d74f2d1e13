"""RDS: DB instances (storage encryption, exposure, backups, Multi-AZ)."""

from __future__ import annotations

from collectors.aws.base import AwsContext, ResourceSpec, paginate, tags_of


def collect_instances(ctx: AwsContext, region: str) -> None:
    rds = ctx.client("rds", region)
    for db in paginate(rds, "describe_db_instances", "DBInstances"):
        ctx.inventory.add("aws_rds_instance", {
            "id": db["DBInstanceArn"], "name": db["DBInstanceIdentifier"], "account": ctx.account,
            "region": region, "tags": tags_of(db.get("TagList")),
            "engine": db.get("Engine"), "engine_version": db.get("EngineVersion"),
            "storage_encrypted": db.get("StorageEncrypted") is True, "kms_key_id": db.get("KmsKeyId"),
            "publicly_accessible": db.get("PubliclyAccessible") is True,
            "backup_retention_period": db.get("BackupRetentionPeriod"),
            "multi_az": db.get("MultiAZ") is True,
            "deletion_protection": db.get("DeletionProtection") is True,
            "cluster_id": db.get("DBClusterIdentifier"),
            "parameter_groups": sorted(p["DBParameterGroupName"] for p in db.get("DBParameterGroups", [])),
            "enabled_cloudwatch_logs_exports": sorted(db.get("EnabledCloudwatchLogsExports", [])),
            "iam_database_authentication": db.get("IAMDatabaseAuthenticationEnabled") is True,
        })


SPECS = [
    ResourceSpec("aws_rds_instance", "rds", "regional", ("rds:DescribeDBInstances",), collect_instances,
                 "RDS DB instances"),
]
