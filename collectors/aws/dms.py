"""Database Migration Service: replication instances (public access, encryption, Multi-AZ, minor upgrades)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate


def collect_replication_instances(ctx: AwsContext, region: str) -> None:
    rt = "aws_dms_replication_instance"
    dms = ctx.client("dms", region)
    for ri in listed(ctx, rt, paginate(dms, "describe_replication_instances", "ReplicationInstances"),
                     "ReplicationInstanceArn", "ReplicationInstanceIdentifier", region=region,
                     operation="DescribeReplicationInstances"):
        ctx.inventory.add(rt, {
            "id": ri["ReplicationInstanceArn"], "name": ri["ReplicationInstanceIdentifier"], "account": ctx.account,
            "region": region,
            # absent when DMS did not say
            "publicly_accessible": ri.get("PubliclyAccessible"),
            "kms_key_id": ri.get("KmsKeyId"),
            "multi_az": ri.get("MultiAZ"),
            "auto_minor_version_upgrade": ri.get("AutoMinorVersionUpgrade"),
        })


SPECS = [
    ResourceSpec("aws_dms_replication_instance", "dms", "regional", ("dms:DescribeReplicationInstances",),
                 collect_replication_instances, "DMS replication instances"),
]
