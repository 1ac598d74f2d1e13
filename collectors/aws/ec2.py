"""EC2/EBS: volume encryption and per-region EBS encryption by default."""

from __future__ import annotations

from collectors.aws.base import AwsContext, ResourceSpec, paginate, read, tags_of


def collect_volumes(ctx: AwsContext, region: str) -> None:
    ec2 = ctx.client("ec2", region)
    for v in paginate(ec2, "describe_volumes", "Volumes"):
        vid = v["VolumeId"]
        tags = tags_of(v.get("Tags"))
        ctx.inventory.add("aws_ebs_volume", {
            "id": ctx.arn("ec2", region, f"volume/{vid}"), "name": tags.get("Name", vid), "account": ctx.account,
            "region": region, "tags": tags, "volume_id": vid,
            "encrypted": v.get("Encrypted") is True, "kms_key_id": v.get("KmsKeyId"),
            "size_gib": v.get("Size"), "state": v.get("State"),
            "attached_instances": sorted(a["InstanceId"] for a in v.get("Attachments", []) if a.get("InstanceId")),
        })


def collect_region_settings(ctx: AwsContext, region: str) -> None:
    """Per-region account settings, as one ``aws_region`` resource per scanned region."""
    rt = "aws_region"
    rid = f"{ctx.account}/{region}"
    ec2 = ctx.client("ec2", region)
    res = {"id": rid, "name": region, "account": ctx.account, "region": region}
    ok, out = read(ctx, rt, ec2.get_ebs_encryption_by_default, region=region, resource_id=rid,
                   field="ebs_encryption_by_default")
    if ok:
        res["ebs_encryption_by_default"] = out.get("EbsEncryptionByDefault") is True
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_ebs_volume", "ec2", "regional", ("ec2:DescribeVolumes",), collect_volumes, "EBS volumes"),
    ResourceSpec("aws_region", "ec2", "regional", ("ec2:GetEbsEncryptionByDefault",),
                 collect_region_settings, "Per-region account settings"),
]
