"""Secrets Manager: secrets (customer managed KMS key, rotation)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, tags_of


def collect_secrets(ctx: AwsContext, region: str) -> None:
    sm = ctx.client("secretsmanager", region)
    for s in listed(ctx, "aws_secretsmanager_secret", paginate(sm, "list_secrets", "SecretList"), "ARN", "Name",
                    region=region, operation="ListSecrets"):
        kms = s.get("KmsKeyId")
        ctx.inventory.add("aws_secretsmanager_secret", {
            "id": s["ARN"], "name": s["Name"], "account": ctx.account, "region": region,
            "tags": tags_of(s.get("Tags")),
            "kms_key_id": kms,
            # No KmsKeyId, or the alias of the AWS managed key, means the AWS managed key aws/secretsmanager.
            "customer_managed_key": bool(kms) and not str(kms).endswith("alias/aws/secretsmanager"),
            "rotation_enabled": s.get("RotationEnabled") is True,
        })


SPECS = [
    ResourceSpec("aws_secretsmanager_secret", "secretsmanager", "regional", ("secretsmanager:ListSecrets",),
                 collect_secrets, "Secrets Manager secrets"),
]
