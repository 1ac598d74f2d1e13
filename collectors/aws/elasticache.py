"""ElastiCache: replication groups (encryption at rest and in transit, backups, failover)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, tags_of
from hipaa_scan.scanner.types import Resource


def collect_replication_groups(ctx: AwsContext, region: str) -> None:
    rt = "aws_elasticache_replication_group"
    ec = ctx.client("elasticache", region)
    for g in listed(ctx, rt, paginate(ec, "describe_replication_groups", "ReplicationGroups"), "ReplicationGroupId",
                    region=region, operation="DescribeReplicationGroups"):
        gid = g["ReplicationGroupId"]
        arn = g.get("ARN") or ctx.arn("elasticache", region, f"replicationgroup:{gid}")
        res: Resource = {"id": arn, "name": gid, "account": ctx.account, "region": region,
               "at_rest_encryption": g.get("AtRestEncryptionEnabled") is True,
               "transit_encryption": g.get("TransitEncryptionEnabled") is True,
               "auth_token_enabled": g.get("AuthTokenEnabled") is True,
               "snapshot_retention_limit": g.get("SnapshotRetentionLimit"),
               "automatic_failover": g.get("AutomaticFailover"), "multi_az": g.get("MultiAZ")}
        ok, out = read(ctx, rt, ec.list_tags_for_resource, region=region, resource_id=arn, field="tags",
                       ResourceName=arn)
        if ok:
            res["tags"] = tags_of(out.get("TagList"))
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_elasticache_replication_group", "elasticache", "regional",
                 ("elasticache:DescribeReplicationGroups", "elasticache:ListTagsForResource"),
                 collect_replication_groups, "ElastiCache (Redis/Valkey) replication groups"),
]
