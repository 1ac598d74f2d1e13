"""DynamoDB Accelerator (DAX): clusters (server-side encryption at rest)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate


def collect_clusters(ctx: AwsContext, region: str) -> None:
    rt = "aws_dax_cluster"
    dax = ctx.client("dax", region)
    for c in listed(ctx, rt, paginate(dax, "describe_clusters", "Clusters"), "ClusterArn", "ClusterName",
                    region=region, operation="DescribeClusters"):
        ctx.inventory.add(rt, {
            "id": c["ClusterArn"], "name": c["ClusterName"], "account": ctx.account, "region": region,
            # ENABLED, ENABLING, DISABLED, DISABLING; absent when DAX did not say
            "sse_status": (c.get("SSEDescription") or {}).get("Status"),
        })


SPECS = [
    ResourceSpec("aws_dax_cluster", "dax", "regional", ("dax:DescribeClusters",), collect_clusters,
                 "DynamoDB Accelerator clusters"),
]
