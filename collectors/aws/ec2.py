"""EC2/EBS/VPC: volumes, snapshots, instances, security groups, network ACLs, subnets, route
tables, VPC flow logs and the per-region EBS encryption-by-default settings."""

from __future__ import annotations

import re
from datetime import UTC, datetime

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
            rid = ctx.arn("ec2", region, f"instance/{iid}")
            state = (i.get("State") or {}).get("Name")
            launched = i.get("LaunchTime")
            res: Resource = {
                "id": rid, "name": tags.get("Name", iid),
                "account": ctx.account, "region": region, "tags": tags, "instance_id": iid,
                "state": state,
                "public_ip": i.get("PublicIpAddress"),
                "vpc_id": i.get("VpcId"), "subnet_id": i.get("SubnetId"),
                "security_groups": sorted(g["GroupId"] for g in i.get("SecurityGroups", [])),
                "metadata_options": {"http_tokens": md.get("HttpTokens"), "http_endpoint": md.get("HttpEndpoint")},
                "iam_instance_profile": (i.get("IamInstanceProfile") or {}).get("Arn"),
                "monitoring": (i.get("Monitoring") or {}).get("State"),
                "ebs_optimized": i.get("EbsOptimized"),
            }
            if isinstance(launched, datetime):
                res["launch_time"] = launched.isoformat()
                res["age_days"] = max(0, (ctx.clock() - launched).days)
            else:
                ctx.error("aws_ec2_instance", "DescribeInstances gave no LaunchTime", region=region, resource_id=rid,
                          field="age_days", operation="DescribeInstances", code="MissingMember")
            if state == "stopped":
                since = stopped_since(i.get("StateTransitionReason"))
                if since is None:
                    ctx.error("aws_ec2_instance", "the stop time is not in StateTransitionReason", region=region,
                              resource_id=rid, field="stopped_days", operation="DescribeInstances",
                              code="MissingMember")
                else:
                    res["stopped_days"] = max(0, (ctx.clock() - since).days)
            elif state is not None:
                res["stopped_days"] = None
            ctx.inventory.add("aws_ec2_instance", res)


_STOPPED_AT = re.compile(r"\((\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) (?:GMT|UTC)\)")


def stopped_since(reason) -> datetime | None:
    """When a stopped instance stopped: EC2 writes it into StateTransitionReason, e.g.
    ``User initiated (2024-01-31 10:00:00 GMT)`` (moto: UTC); None when the text does not say."""
    m = _STOPPED_AT.search(reason) if isinstance(reason, str) else None
    return datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC) if m else None


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
    endpoints: dict[str, list[str]] = {}
    for ep in paginate(ec2, "describe_vpc_endpoints", "VpcEndpoints"):
        # the API answers lower case (available); the service model's enum is capitalised (Available)
        if str(ep.get("State") or "").lower() in ("available", "pendingacceptance", "pending", "partial") \
                and ep.get("ServiceName"):
            endpoints.setdefault(ep.get("VpcId"), []).append(ep["ServiceName"])
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
            # services reached through the VPC's own endpoints (com.amazonaws.<region>.<service>)
            "endpoint_services": sorted(set(endpoints.get(vid, []))),
        })


def _nacl_entry(e: dict) -> dict:
    proto = str(e.get("Protocol", "-1"))
    rng = e.get("PortRange") or {}
    return {"rule_number": e.get("RuleNumber"), "action": e.get("RuleAction"),
            "protocol": "all" if proto == "-1" else proto,
            "from_port": rng.get("From", 0 if proto == "-1" else None),
            "to_port": rng.get("To", 65535 if proto == "-1" else None),
            "cidr": e.get("CidrBlock") or e.get("Ipv6CidrBlock")}


def collect_network_acls(ctx: AwsContext, region: str) -> None:
    """Network ACLs with their inbound entries (in rule-number order: the first match decides)."""
    ec2 = ctx.client("ec2", region)
    for n in listed(ctx, "aws_network_acl", paginate(ec2, "describe_network_acls", "NetworkAcls"), "NetworkAclId",
                    region=region, operation="DescribeNetworkAcls"):
        nid = n["NetworkAclId"]
        tags = tags_of(n.get("Tags"))
        entries = [e for e in n.get("Entries", []) if e.get("Egress") is False]
        ctx.inventory.add("aws_network_acl", {
            "id": ctx.arn("ec2", region, f"network-acl/{nid}"), "name": tags.get("Name", nid), "account": ctx.account,
            "region": region, "tags": tags, "network_acl_id": nid, "vpc_id": n.get("VpcId"),
            "is_default": n.get("IsDefault") is True,
            "subnets": sorted(a["SubnetId"] for a in n.get("Associations", []) if a.get("SubnetId")),
            "ingress": [_nacl_entry(e) for e in sorted(entries, key=lambda e: e.get("RuleNumber", 0))],
        })


def collect_subnets(ctx: AwsContext, region: str) -> None:
    ec2 = ctx.client("ec2", region)
    for s in listed(ctx, "aws_subnet", paginate(ec2, "describe_subnets", "Subnets"), "SubnetId",
                    region=region, operation="DescribeSubnets"):
        sid = s["SubnetId"]
        tags = tags_of(s.get("Tags"))
        ctx.inventory.add("aws_subnet", {
            "id": ctx.arn("ec2", region, f"subnet/{sid}"), "name": tags.get("Name", sid), "account": ctx.account,
            "region": region, "tags": tags, "subnet_id": sid, "vpc_id": s.get("VpcId"),
            "map_public_ip_on_launch": s.get("MapPublicIpOnLaunch"),
        })


def collect_route_tables(ctx: AwsContext, region: str) -> None:
    ec2 = ctx.client("ec2", region)
    for t in listed(ctx, "aws_route_table", paginate(ec2, "describe_route_tables", "RouteTables"), "RouteTableId",
                    region=region, operation="DescribeRouteTables"):
        tid = t["RouteTableId"]
        tags = tags_of(t.get("Tags"))
        ctx.inventory.add("aws_route_table", {
            "id": ctx.arn("ec2", region, f"route-table/{tid}"), "name": tags.get("Name", tid), "account": ctx.account,
            "region": region, "tags": tags, "route_table_id": tid, "vpc_id": t.get("VpcId"),
            "subnets": sorted(a["SubnetId"] for a in t.get("Associations", []) if a.get("SubnetId")),
            "routes": [{"destination": r.get("DestinationCidrBlock") or r.get("DestinationIpv6CidrBlock")
                        or r.get("DestinationPrefixListId"),
                        "gateway_id": r.get("GatewayId"), "state": r.get("State")}
                       for r in t.get("Routes", [])],
        })


def collect_internet_gateways(ctx: AwsContext, region: str) -> None:
    rt = "aws_internet_gateway"
    ec2 = ctx.client("ec2", region)
    for g in listed(ctx, rt, paginate(ec2, "describe_internet_gateways", "InternetGateways"), "InternetGatewayId",
                    region=region, operation="DescribeInternetGateways"):
        gid = g["InternetGatewayId"]
        tags = tags_of(g.get("Tags"))
        ctx.inventory.add(rt, {
            "id": ctx.arn("ec2", region, f"internet-gateway/{gid}"), "name": tags.get("Name", gid),
            "account": ctx.account, "region": region, "tags": tags,
            # VPCs it is attached to (attaching, attached or available; detaching ones are leaving)
            "attached_vpc_ids": sorted(a["VpcId"] for a in g.get("Attachments") or []
                                       if a.get("VpcId") and a.get("State") != "detaching"),
        })


def collect_vpn_connections(ctx: AwsContext, region: str) -> None:
    rt = "aws_vpn_connection"
    ec2 = ctx.client("ec2", region)
    out = ec2.describe_vpn_connections()  # not paginated
    for v in listed(ctx, rt, out.get("VpnConnections"), "VpnConnectionId", region=region,
                    operation="DescribeVpnConnections"):
        vid = v["VpnConnectionId"]
        tags = tags_of(v.get("Tags"))
        ctx.inventory.add(rt, {
            "id": ctx.arn("ec2", region, f"vpn-connection/{vid}"), "name": tags.get("Name", vid),
            "account": ctx.account, "region": region, "tags": tags, "state": v.get("State"),
            "tunnels": [{"outside_ip": t.get("OutsideIpAddress"), "status": t.get("Status")}
                        for t in v.get("VgwTelemetry") or []],
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
    ResourceSpec("aws_network_acl", "ec2", "regional", ("ec2:DescribeNetworkAcls",), collect_network_acls,
                 "VPC network ACLs"),
    ResourceSpec("aws_subnet", "ec2", "regional", ("ec2:DescribeSubnets",), collect_subnets, "VPC subnets"),
    ResourceSpec("aws_route_table", "ec2", "regional", ("ec2:DescribeRouteTables",), collect_route_tables,
                 "VPC route tables"),
    ResourceSpec("aws_vpc", "ec2", "regional", ("ec2:DescribeVpcs", "ec2:DescribeFlowLogs", "ec2:DescribeVpcEndpoints"),
                 collect_vpcs,
                 "VPCs and their flow logs"),
    ResourceSpec("aws_vpn_connection", "ec2", "regional", ("ec2:DescribeVpnConnections",), collect_vpn_connections,
                 "Site-to-Site VPN connections"),
    ResourceSpec("aws_internet_gateway", "ec2", "regional", ("ec2:DescribeInternetGateways",),
                 collect_internet_gateways, "Internet gateways and the VPCs they are attached to"),
]
