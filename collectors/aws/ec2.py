"""EC2/EBS/VPC: volumes, snapshots, instances, security groups, VPC flow logs and the
per-region EBS encryption-by-default settings."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, tags_of
from hipaa_scan.scanner.types import Resource


def collect_volumes(ctx: AwsContext, region: str) -> None:
    ec2 = ctx.client("ec2", region)
    for v in listed(ctx, "aws_ebs_volume", paginate(ec2, "describe_volumes", "Volumes"), "VolumeId",
                    region=region, operation="DescribeVolumes"):
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
    res: Resource = {"id": rid, "name": region, "account": ctx.account, "region": region}
    ok, out = read(ctx, rt, ec2.get_ebs_encryption_by_default, region=region, resource_id=rid,
                   field="ebs_encryption_by_default")
    if ok:
        res["ebs_encryption_by_default"] = out.get("EbsEncryptionByDefault") is True
    ctx.inventory.add(rt, res)


def collect_snapshots(ctx: AwsContext, region: str) -> None:
    """The account's own EBS snapshots: encryption and whether anyone may create volumes from them."""
    rt = "aws_ebs_snapshot"
    ec2 = ctx.client("ec2", region)
    for snap in listed(ctx, rt, paginate(ec2, "describe_snapshots", "Snapshots", OwnerIds=["self"]), "SnapshotId",
                       region=region, operation="DescribeSnapshots"):
        sid = snap["SnapshotId"]
        rid = ctx.arn("ec2", region, f"snapshot/{sid}")
        tags = tags_of(snap.get("Tags"))
        res: Resource = {"id": rid, "name": tags.get("Name", sid), "account": ctx.account, "region": region, "tags": tags,
               "snapshot_id": sid, "volume_id": snap.get("VolumeId"), "encrypted": snap.get("Encrypted") is True,
               "kms_key_id": snap.get("KmsKeyId")}
        ok, attr = read(ctx, rt, ec2.describe_snapshot_attribute, region=region, resource_id=rid, field="public",
                        SnapshotId=sid, Attribute="createVolumePermission")
        if ok:
            perms = attr.get("CreateVolumePermissions", [])
        if ok and any(not (p.get("Group") or p.get("UserId")) for p in perms):  # grants to whom: unknown
            ctx.error(rt, "a create-volume permission names neither a group nor an account", region=region,
                      resource_id=rid, field="public", operation="DescribeSnapshotAttribute", code="MissingMember")
        elif ok:
            res["public"] = any(p.get("Group") == "all" for p in perms)
            res["shared_with_accounts"] = sorted(p["UserId"] for p in perms if p.get("UserId"))
        ctx.inventory.add(rt, res)


def collect_instances(ctx: AwsContext, region: str) -> None:
    ec2 = ctx.client("ec2", region)
    for reservation in paginate(ec2, "describe_instances", "Reservations"):
        for i in listed(ctx, "aws_ec2_instance", reservation.get("Instances"), "InstanceId",
                        region=region, operation="DescribeInstances"):
            iid = i["InstanceId"]
            tags = tags_of(i.get("Tags"))
            md = i.get("MetadataOptions") or {}
            ctx.inventory.add("aws_ec2_instance", {
                "id": ctx.arn("ec2", region, f"instance/{iid}"), "name": tags.get("Name", iid),
                "account": ctx.account, "region": region, "tags": tags, "instance_id": iid,
                "state": (i.get("State") or {}).get("Name"),
                "public_ip": i.get("PublicIpAddress"),
                "vpc_id": i.get("VpcId"), "subnet_id": i.get("SubnetId"),
                "security_groups": sorted(g["GroupId"] for g in i.get("SecurityGroups", [])),
                "metadata_options": {"http_tokens": md.get("HttpTokens"), "http_endpoint": md.get("HttpEndpoint")},
                "iam_instance_profile": (i.get("IamInstanceProfile") or {}).get("Arn"),
            })


def _rules(perms: list[dict]) -> list[dict]:
    out = []
    for p in perms:
        proto = str(p.get("IpProtocol", "-1"))
        cidrs = sorted({r["CidrIp"] for r in p.get("IpRanges", []) if r.get("CidrIp")}
                       | {r["CidrIpv6"] for r in p.get("Ipv6Ranges", []) if r.get("CidrIpv6")})
        groups = sorted({g["GroupId"] for g in p.get("UserIdGroupPairs", []) if g.get("GroupId")})
        out.append({"protocol": "all" if proto == "-1" else proto,
                    "from_port": p.get("FromPort", 0 if proto == "-1" else None),
                    "to_port": p.get("ToPort", 65535 if proto == "-1" else None),
                    "cidrs": cidrs, "source_groups": groups,
                    "prefix_lists": sorted(x["PrefixListId"] for x in p.get("PrefixListIds", []))})
    return out


def collect_security_groups(ctx: AwsContext, region: str) -> None:
    ec2 = ctx.client("ec2", region)
    for g in listed(ctx, "aws_security_group", paginate(ec2, "describe_security_groups", "SecurityGroups"), "GroupId",
                    region=region, operation="DescribeSecurityGroups"):
        gid = g["GroupId"]
        ctx.inventory.add("aws_security_group", {
            "id": ctx.arn("ec2", region, f"security-group/{gid}"), "name": g.get("GroupName", gid),
            "account": ctx.account, "region": region, "tags": tags_of(g.get("Tags")), "group_id": gid,
            "vpc_id": g.get("VpcId"), "is_default": g.get("GroupName") == "default",
            "ingress": _rules(g.get("IpPermissions", [])), "egress": _rules(g.get("IpPermissionsEgress", [])),
        })


def collect_vpcs(ctx: AwsContext, region: str) -> None:
    ec2 = ctx.client("ec2", region)
    vpcs = listed(ctx, "aws_vpc", paginate(ec2, "describe_vpcs", "Vpcs"), "VpcId",
                  region=region, operation="DescribeVpcs")
    flow_logs: dict[str, list[dict]] = {}
    for fl in paginate(ec2, "describe_flow_logs", "FlowLogs"):
        flow_logs.setdefault(fl.get("ResourceId"), []).append(fl)
    for v in vpcs:
        vid = v["VpcId"]
        tags = tags_of(v.get("Tags"))
        logs = flow_logs.get(vid, [])
        active = [fl for fl in logs if fl.get("FlowLogStatus") == "ACTIVE"]
        ctx.inventory.add("aws_vpc", {
            "id": ctx.arn("ec2", region, f"vpc/{vid}"), "name": tags.get("Name", vid), "account": ctx.account,
            "region": region, "tags": tags, "vpc_id": vid, "is_default": v.get("IsDefault") is True,
            "flow_logs": {"enabled": bool(active),
                          "traffic_types": sorted({fl.get("TrafficType") for fl in active if fl.get("TrafficType")}),
                          "ids": sorted(fl["FlowLogId"] for fl in logs if fl.get("FlowLogId"))},
        })


SPECS = [
    ResourceSpec("aws_ebs_volume", "ec2", "regional", ("ec2:DescribeVolumes",), collect_volumes, "EBS volumes"),
    ResourceSpec("aws_region", "ec2", "regional", ("ec2:GetEbsEncryptionByDefault",),
                 collect_region_settings, "Per-region account settings"),
    ResourceSpec("aws_ebs_snapshot", "ec2", "regional", ("ec2:DescribeSnapshots", "ec2:DescribeSnapshotAttribute"),
                 collect_snapshots, "EBS snapshots owned by the account"),
    ResourceSpec("aws_ec2_instance", "ec2", "regional", ("ec2:DescribeInstances",), collect_instances,
                 "EC2 instances"),
    ResourceSpec("aws_security_group", "ec2", "regional", ("ec2:DescribeSecurityGroups",),
                 collect_security_groups, "VPC security groups"),
    ResourceSpec("aws_vpc", "ec2", "regional", ("ec2:DescribeVpcs", "ec2:DescribeFlowLogs"), collect_vpcs,
                 "VPCs and their flow logs"),
]
