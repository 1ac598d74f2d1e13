"""ECR: repositories (scan on push, KMS encryption, tag immutability)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate


def collect_repositories(ctx: AwsContext, region: str) -> None:
    ecr = ctx.client("ecr", region)
    for r in listed(ctx, "aws_ecr_repository", paginate(ecr, "describe_repositories", "repositories"),
                    "repositoryArn", "repositoryName", region=region, operation="DescribeRepositories"):
        enc = r.get("encryptionConfiguration") or {}
        ctx.inventory.add("aws_ecr_repository", {
            "id": r["repositoryArn"], "name": r["repositoryName"], "account": ctx.account, "region": region,
            "scan_on_push": (r.get("imageScanningConfiguration") or {}).get("scanOnPush") is True,
            "encryption_type": enc.get("encryptionType"), "kms_key": enc.get("kmsKey"),
            "tag_immutability": r.get("imageTagMutability"),
        })


SPECS = [
    ResourceSpec("aws_ecr_repository", "ecr", "regional", ("ecr:DescribeRepositories",), collect_repositories,
                 "ECR repositories"),
]
