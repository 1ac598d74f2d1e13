"""EKS: clusters (envelope encryption of Kubernetes secrets with a KMS key)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read
from hipaa_scan.scanner.types import Resource


def collect_clusters(ctx: AwsContext, region: str) -> None:
    rt = "aws_eks_cluster"
    eks = ctx.client("eks", region)
    for name in paginate(eks, "list_clusters", "clusters"):
        arn = ctx.arn("eks", region, f"cluster/{name}")
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region}
        ok, out = read(ctx, rt, eks.describe_cluster, region=region, resource_id=arn, field="secrets_kms_key_arn",
                       name=name)
        if ok:
            c = out.get("cluster") or {}
            res["tags"] = dict(c.get("tags") or {})
            keys = [(e.get("provider") or {}).get("keyArn") for e in c.get("encryptionConfig") or []
                    if "secrets" in (e.get("resources") or [])]
            # the KMS key that encrypts Kubernetes secrets; null when secrets encryption is off
            res["secrets_kms_key_arn"] = next((k for k in keys if k), None)
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_eks_cluster", "eks", "regional", ("eks:ListClusters", "eks:DescribeCluster"), collect_clusters,
                 "EKS clusters"),
]
