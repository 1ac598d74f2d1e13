"""Redshift: clusters (encryption, exposure, TLS required, snapshots, audit logging)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, read_pages, tags_of
from hipaa_scan.scanner.types import Resource


def collect_clusters(ctx: AwsContext, region: str) -> None:
    rt = "aws_redshift_cluster"
    rs = ctx.client("redshift", region)
    params: dict[str, tuple[bool, list]] = {}
    for c in listed(ctx, rt, paginate(rs, "describe_clusters", "Clusters"), "ClusterIdentifier",
                    region=region, operation="DescribeClusters"):
        cid = c["ClusterIdentifier"]
        arn = ctx.arn("redshift", region, f"cluster:{cid}")
        res: Resource = {"id": arn, "name": cid, "account": ctx.account, "region": region, "tags": tags_of(c.get("Tags")),
               "encrypted": c.get("Encrypted") is True, "kms_key_id": c.get("KmsKeyId"),
               "publicly_accessible": c.get("PubliclyAccessible"),
               "automated_snapshot_retention_period": c.get("AutomatedSnapshotRetentionPeriod"),
               "enhanced_vpc_routing": c.get("EnhancedVpcRouting"),
               "allow_version_upgrade": c.get("AllowVersionUpgrade"),
               "parameter_groups": sorted(g["ParameterGroupName"] for g in c.get("ClusterParameterGroups", []))}
        require_ssl = []
        ok_all = True
        for g in res["parameter_groups"]:
            if g not in params:
                params[g] = read_pages(ctx, rt, rs, "describe_cluster_parameters", "Parameters", region=region,
                                       resource_id=arn, field="require_ssl", ParameterGroupName=g)
            ok, items = params[g]
            ok_all = ok_all and ok
            require_ssl += [str(p.get("ParameterValue")).lower() == "true" for p in items or []
                            if p.get("ParameterName") == "require_ssl"]
        if ok_all:
            res["require_ssl"] = bool(require_ssl) and all(require_ssl)
        ok, out = read(ctx, rt, rs.describe_logging_status, region=region, resource_id=arn, field="audit_logging",
                       ClusterIdentifier=cid)
        if ok:
            res["audit_logging"] = out.get("LoggingEnabled") is True
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_redshift_cluster", "redshift", "regional",
                 ("redshift:DescribeClusters", "redshift:DescribeClusterParameters", "redshift:DescribeLoggingStatus"),
                 collect_clusters, "Redshift clusters"),
]
