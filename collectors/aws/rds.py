"""RDS: DB instances and Aurora clusters (encryption, exposure, backups, Multi-AZ),
snapshots (encryption, public sharing) and parameter groups (TLS enforcement)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, read_pages, tags_of
from hipaa_scan.scanner.types import Resource

#: Parameters that force TLS on client connections, by engine family.
SSL_PARAMETERS = ("rds.force_ssl", "require_secure_transport")


def _endpoint(address, port) -> dict:
    """The endpoint the database collectors connect to (``--from-inventory``); null when the API
    gave none (an instance still being created has no endpoint yet)."""
    return {"endpoint_address": address if isinstance(address, str) and address else None,
            "endpoint_port": port if isinstance(port, int) and not isinstance(port, bool) else None}


def collect_instances(ctx: AwsContext, region: str) -> None:
    rds = ctx.client("rds", region)
    for db in listed(ctx, "aws_rds_instance", paginate(rds, "describe_db_instances", "DBInstances"),
                     "DBInstanceArn", "DBInstanceIdentifier", region=region, operation="DescribeDBInstances"):
        ctx.inventory.add("aws_rds_instance", {
            "id": db["DBInstanceArn"], "name": db["DBInstanceIdentifier"], "account": ctx.account,
            "region": region, "tags": tags_of(db.get("TagList")),
            "engine": db.get("Engine"), "engine_version": db.get("EngineVersion"),
            "storage_encrypted": db.get("StorageEncrypted") is True, "kms_key_id": db.get("KmsKeyId"),
            "publicly_accessible": db.get("PubliclyAccessible"),  # absent: unknown (denied), never False
            "backup_retention_period": db.get("BackupRetentionPeriod"),
            "multi_az": db.get("MultiAZ") is True,
            "deletion_protection": db.get("DeletionProtection") is True,
            "cluster_id": db.get("DBClusterIdentifier"),
            "parameter_groups": sorted(p["DBParameterGroupName"] for p in db.get("DBParameterGroups", [])),
            "enabled_cloudwatch_logs_exports": sorted(db.get("EnabledCloudwatchLogsExports", [])),
            "iam_database_authentication": db.get("IAMDatabaseAuthenticationEnabled") is True,
            "monitoring_interval": db.get("MonitoringInterval"),
            "auto_minor_version_upgrade": db.get("AutoMinorVersionUpgrade"),
            **_endpoint((db.get("Endpoint") or {}).get("Address"), (db.get("Endpoint") or {}).get("Port")),
        })


def collect_clusters(ctx: AwsContext, region: str) -> None:
    rds = ctx.client("rds", region)
    for c in listed(ctx, "aws_rds_cluster", paginate(rds, "describe_db_clusters", "DBClusters"),
                    "DBClusterArn", "DBClusterIdentifier", region=region, operation="DescribeDBClusters"):
        ctx.inventory.add("aws_rds_cluster", {
            "id": c["DBClusterArn"], "name": c["DBClusterIdentifier"], "account": ctx.account, "region": region,
            "tags": tags_of(c.get("TagList")), "engine": c.get("Engine"), "engine_version": c.get("EngineVersion"),
            "storage_encrypted": c.get("StorageEncrypted") is True, "kms_key_id": c.get("KmsKeyId"),
            "multi_az": c.get("MultiAZ") is True,
            "deletion_protection": c.get("DeletionProtection") is True,
            "backup_retention_period": c.get("BackupRetentionPeriod"),
            "publicly_accessible": c.get("PubliclyAccessible") is True,
            "enabled_cloudwatch_logs_exports": sorted(c.get("EnabledCloudwatchLogsExports", [])),
            "members": sorted(m["DBInstanceIdentifier"] for m in c.get("DBClusterMembers", [])),
            **_endpoint(c.get("Endpoint"), c.get("Port")),
        })


def _snapshot(ctx: AwsContext, region: str, snap: dict, kind: str) -> None:
    rt = "aws_rds_snapshot"
    rds = ctx.client("rds", region)
    cluster = kind == "cluster"
    arn = snap["DBClusterSnapshotArn" if cluster else "DBSnapshotArn"]
    name = snap["DBClusterSnapshotIdentifier" if cluster else "DBSnapshotIdentifier"]
    res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region, "tags": tags_of(snap.get("TagList")),
           "kind": kind, "snapshot_type": snap.get("SnapshotType"),
           "source": snap.get("DBClusterIdentifier" if cluster else "DBInstanceIdentifier"),
           "encrypted": (snap.get("StorageEncrypted") if cluster else snap.get("Encrypted")) is True,
           "kms_key_id": snap.get("KmsKeyId")}
    if snap.get("SnapshotType") == "automated":
        res["public"] = False  # automated snapshots cannot be shared
    else:
        fn = rds.describe_db_cluster_snapshot_attributes if cluster else rds.describe_db_snapshot_attributes
        kwargs = {"DBClusterSnapshotIdentifier": name} if cluster else {"DBSnapshotIdentifier": name}
        ok, out = read(ctx, rt, fn, region=region, resource_id=arn, field="public", **kwargs)
        if ok:
            result = out.get("DBClusterSnapshotAttributesResult" if cluster else "DBSnapshotAttributesResult")
        if ok and result is None:  # no attributes at all is not "shared with nobody"
            ctx.error(rt, "the snapshot attributes were missing from the answer", region=region, resource_id=arn,
                      field="public", operation="DescribeDB" + ("Cluster" if cluster else "") + "SnapshotAttributes",
                      code="MissingMember")
        elif ok:
            restore = [v for a in result.get("DBClusterSnapshotAttributes" if cluster else "DBSnapshotAttributes", [])
                       if a.get("AttributeName") == "restore" for v in a.get("AttributeValues", [])]
            res["public"] = "all" in restore
            res["shared_with_accounts"] = sorted(v for v in restore if v != "all")
    ctx.inventory.add(rt, res)


def collect_snapshots(ctx: AwsContext, region: str) -> None:
    rds = ctx.client("rds", region)
    for snap in listed(ctx, "aws_rds_snapshot", paginate(rds, "describe_db_snapshots", "DBSnapshots"),
                       "DBSnapshotArn", "DBSnapshotIdentifier", region=region, operation="DescribeDBSnapshots"):
        _snapshot(ctx, region, snap, "instance")
    for snap in listed(ctx, "aws_rds_snapshot", paginate(rds, "describe_db_cluster_snapshots", "DBClusterSnapshots"),
                       "DBClusterSnapshotArn", "DBClusterSnapshotIdentifier",
                       region=region, operation="DescribeDBClusterSnapshots"):
        _snapshot(ctx, region, snap, "cluster")


def collect_parameter_groups(ctx: AwsContext, region: str) -> None:
    """DB parameter groups with the TLS-enforcing parameters (only those) and their values."""
    rt = "aws_rds_parameter_group"
    rds = ctx.client("rds", region)
    for g in listed(ctx, rt, paginate(rds, "describe_db_parameter_groups", "DBParameterGroups"),
                    "DBParameterGroupName", region=region, operation="DescribeDBParameterGroups"):
        name = g["DBParameterGroupName"]
        arn = g.get("DBParameterGroupArn") or ctx.arn("rds", region, f"pg:{name}")
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region,
               "family": g.get("DBParameterGroupFamily")}
        ok, params = read_pages(ctx, rt, rds, "describe_db_parameters", "Parameters", region=region,
                                resource_id=arn, field="parameters", DBParameterGroupName=name)
        if ok:
            res["parameters"] = {p["ParameterName"]: p.get("ParameterValue") for p in params
                                 if p.get("ParameterName") in SSL_PARAMETERS}
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_rds_instance", "rds", "regional", ("rds:DescribeDBInstances",), collect_instances,
                 "RDS DB instances"),
    ResourceSpec("aws_rds_cluster", "rds", "regional", ("rds:DescribeDBClusters",), collect_clusters,
                 "RDS/Aurora DB clusters"),
    ResourceSpec("aws_rds_snapshot", "rds", "regional",
                 ("rds:DescribeDBSnapshots", "rds:DescribeDBClusterSnapshots", "rds:DescribeDBSnapshotAttributes",
                  "rds:DescribeDBClusterSnapshotAttributes"), collect_snapshots, "RDS instance and cluster snapshots"),
    ResourceSpec("aws_rds_parameter_group", "rds", "regional",
                 ("rds:DescribeDBParameterGroups", "rds:DescribeDBParameters"), collect_parameter_groups,
                 "RDS DB parameter groups (TLS enforcement)"),
]
