"""Secrets Manager: secrets (customer managed KMS key, rotation, last access and change)."""

from __future__ import annotations

from datetime import datetime

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, tags_of


def _days(ctx: AwsContext, when) -> int | None:
    return max(0, (ctx.clock() - when).days) if isinstance(when, datetime) else None


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
            # ListSecrets leaves a date out when it never happened (never rotated, accessed, changed)
            "rotation_interval_days": (s.get("RotationRules") or {}).get("AutomaticallyAfterDays"),
            "last_rotated_days": _days(ctx, s.get("LastRotatedDate")),
            "last_accessed_days": _days(ctx, s.get("LastAccessedDate")),
            "last_changed_days": _days(ctx, s.get("LastChangedDate") or s.get("CreatedDate")),
            "created_days": _days(ctx, s.get("CreatedDate")),
        })


SPECS = [
    ResourceSpec("aws_secretsmanager_secret", "secretsmanager", "regional", ("secretsmanager:ListSecrets",),
                 collect_secrets, "Secrets Manager secrets"),
]
