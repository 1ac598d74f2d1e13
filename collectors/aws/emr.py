"""EMR: Block Public Access per region; clusters (security configuration encryption, public master)."""

from __future__ import annotations

import json

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, tags_of
from hipaa_scan.scanner.types import Resource

ACTIVE_STATES = ["STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING"]


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_emr_settings"
    rid = f"{ctx.account}/{region}/emr"
    emr = ctx.client("emr", region)
    res: Resource = {"id": rid, "name": f"EMR in {region}", "account": ctx.account, "region": region}
    ok, out = read(ctx, rt, emr.get_block_public_access_configuration, region=region, resource_id=rid,
                   field="block_public_access")
    if ok:
        conf = out.get("BlockPublicAccessConfiguration") or {}
        res["block_public_access"] = conf.get("BlockPublicSecurityGroupRules") is True
    ctx.inventory.add(rt, res)


def collect_clusters(ctx: AwsContext, region: str) -> None:
    rt = "aws_emr_cluster"
    emr = ctx.client("emr", region)
    configs: dict[str, tuple[bool, dict | None]] = {}
    for c in listed(ctx, rt, paginate(emr, "list_clusters", "Clusters", ClusterStates=ACTIVE_STATES), "Id",
                    region=region, operation="ListClusters"):
        cid = c["Id"]
        arn = c.get("ClusterArn") or ctx.arn("elasticmapreduce", region, f"cluster/{cid}")
        if f":{region}:" not in arn:
            continue  # listed by a region-blind endpoint (a local emulator): the cluster lives elsewhere
        res: Resource = {"id": arn, "name": c.get("Name") or cid, "account": ctx.account, "region": region}
        ok, out = read(ctx, rt, emr.describe_cluster, region=region, resource_id=arn, field=None,
                       ClusterId=cid)  # every field of the cluster comes from this call
        if ok:
            d = out.get("Cluster", {})
            res["tags"] = tags_of(d.get("Tags"))
            res["master_public_dns"] = d.get("MasterPublicDnsName") or None
            # DescribeCluster gives KerberosAttributes only for a cluster with Kerberos authentication
            res["kerberos_enabled"] = bool(d.get("KerberosAttributes"))
            res["subnet_id"] = (d.get("Ec2InstanceAttributes") or {}).get("Ec2SubnetId")
            sc = d.get("SecurityConfiguration")
            res["security_configuration"] = sc
            if not sc:
                res["encryption"] = {"at_rest": False, "in_transit": False}
            else:
                if sc not in configs:
                    configs[sc] = read(ctx, rt, emr.describe_security_configuration, region=region, resource_id=arn,
                                       field="encryption", Name=sc)
                ok, conf = configs[sc]
                if ok:
                    enc = json.loads((conf or {}).get("SecurityConfiguration") or "{}").get("EncryptionConfiguration", {})
                    res["encryption"] = {"at_rest": enc.get("EnableAtRestEncryption") is True,
                                         "in_transit": enc.get("EnableInTransitEncryption") is True}
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_emr_settings", "emr", "regional", ("elasticmapreduce:GetBlockPublicAccessConfiguration",),
                 collect_settings, "EMR Block Public Access per region"),
    ResourceSpec("aws_emr_cluster", "emr", "regional",
                 ("elasticmapreduce:ListClusters", "elasticmapreduce:DescribeCluster",
                  "elasticmapreduce:DescribeSecurityConfiguration"), collect_clusters, "Active EMR clusters"),
]
