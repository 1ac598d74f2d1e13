"""KMS: customer managed keys (spec, origin, key store, state, automatic rotation)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource


def collect_keys(ctx: AwsContext, region: str) -> None:
    rt = "aws_kms_key"
    kms = ctx.client("kms", region)
    for k in listed(ctx, rt, paginate(kms, "list_keys", "Keys"), "KeyArn", region=region, operation="ListKeys"):
        arn = k["KeyArn"]
        ok, out = read(ctx, rt, kms.describe_key, region=region, resource_id=arn, field="rotation_enabled",
                       KeyId=arn)
        if not ok:  # unknown key manager: judged (as an error) like a customer managed key
            ctx.inventory.add(rt, {"id": arn, "name": k.get("KeyId", arn), "account": ctx.account, "region": region})
            continue
        meta = out.get("KeyMetadata", {})
        if not meta.get("KeyManager"):  # unknown key manager: judged (as an error) like a customer managed key
            ctx.error(rt, "DescribeKey returned no KeyManager", region=region, resource_id=arn,
                      field="rotation_enabled", operation="DescribeKey", code="MissingMember")
            ctx.inventory.add(rt, {"id": arn, "name": k.get("KeyId", arn), "account": ctx.account, "region": region})
            continue
        if meta.get("KeyManager") != "CUSTOMER":
            continue  # AWS managed keys rotate yearly by AWS; only customer managed keys are judged
        res: Resource = {"id": arn, "name": meta.get("Description") or meta.get("KeyId"), "account": ctx.account,
               "region": region, "key_manager": "CUSTOMER", "key_state": meta.get("KeyState"),
               "key_spec": meta.get("KeySpec") or meta.get("CustomerMasterKeySpec"),
               "origin": meta.get("Origin"), "custom_key_store_id": meta.get("CustomKeyStoreId")}
        # Only symmetric keys with KMS-generated material outside custom key stores can rotate
        # automatically; for the others rotation_enabled stays out (AWS-KMS-01: not applicable).
        if (res["key_spec"] == "SYMMETRIC_DEFAULT" and res["key_state"] == "Enabled" and res["origin"] == "AWS_KMS"
                and not res["custom_key_store_id"]):
            ok, rot = read(ctx, rt, kms.get_key_rotation_status, region=region, resource_id=arn,
                           field="rotation_enabled", KeyId=arn)
            if ok:
                res["rotation_enabled"] = rot.get("KeyRotationEnabled") is True
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_kms_key", "kms", "regional", ("kms:ListKeys", "kms:DescribeKey", "kms:GetKeyRotationStatus"),
                 collect_keys, "KMS customer managed keys"),
]
