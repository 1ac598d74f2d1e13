"""EFS: file systems (encryption at rest, automatic backups)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read, tags_of
from hipaa_scan.scanner.types import Resource


def collect_file_systems(ctx: AwsContext, region: str) -> None:
    rt = "aws_efs_file_system"
    efs = ctx.client("efs", region)
    for fs in paginate(efs, "describe_file_systems", "FileSystems"):
        fid = fs["FileSystemId"]
        rid = fs.get("FileSystemArn") or ctx.arn("elasticfilesystem", region, f"file-system/{fid}")
        tags = tags_of(fs.get("Tags"))
        res: Resource = {"id": rid, "name": fs.get("Name") or tags.get("Name", fid), "account": ctx.account, "region": region,
               "tags": tags, "file_system_id": fid, "encrypted": fs.get("Encrypted") is True,
               "kms_key_id": fs.get("KmsKeyId")}
        ok, out = read(ctx, rt, efs.describe_backup_policy, region=region, resource_id=rid, field="backup_policy",
                       absent=("PolicyNotFound",), absent_value={}, FileSystemId=fid)
        if ok:
            res["backup_policy"] = {"enabled": ((out or {}).get("BackupPolicy") or {}).get("Status") == "ENABLED"}
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_efs_file_system", "efs", "regional",
                 ("elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeBackupPolicy"),
                 collect_file_systems, "EFS file systems"),
]
