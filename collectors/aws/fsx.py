"""FSx: file systems (encryption key, automatic backups; AWS Backup coverage is judged from the plans)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, tags_of

_CONFIG_KEYS = ("WindowsConfiguration", "LustreConfiguration", "OntapConfiguration", "OpenZFSConfiguration")


def collect_file_systems(ctx: AwsContext, region: str) -> None:
    rt = "aws_fsx_file_system"
    fsx = ctx.client("fsx", region)
    for f in listed(ctx, rt, paginate(fsx, "describe_file_systems", "FileSystems"), "ResourceARN", "FileSystemId",
                    region=region, operation="DescribeFileSystems"):
        tags = tags_of(f.get("Tags"))
        conf: dict = next((f[k] for k in _CONFIG_KEYS if isinstance(f.get(k), dict)), {})
        ctx.inventory.add(rt, {
            "id": f["ResourceARN"], "name": tags.get("Name", f["FileSystemId"]), "account": ctx.account,
            "region": region, "tags": tags, "file_system_type": f.get("FileSystemType"),
            "kms_key_id": f.get("KmsKeyId"),
            "automatic_backup_retention_days": conf.get("AutomaticBackupRetentionDays"),
        })


SPECS = [
    ResourceSpec("aws_fsx_file_system", "fsx", "regional", ("fsx:DescribeFileSystems",), collect_file_systems,
                 "FSx file systems"),
]
