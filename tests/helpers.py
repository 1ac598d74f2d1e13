"""Small builders shared by tests."""

from __future__ import annotations

import copy

from hipaa_scan.scanner.inventory import INVENTORY_SCHEMA


def inventory(resources: dict, errors: list | None = None, collected_at: str = "2026-11-22T10:00:00Z") -> dict:
    return {"schema": INVENTORY_SCHEMA, "collected_at": collected_at, "scanner_version": "test",
            "sources": [{"collector": "test"}], "resources": copy.deepcopy(resources), "errors": list(errors or [])}


def bucket(name: str, *, encrypted=True, versioning="Enabled", pab=True, tls=True, logging=True, **extra) -> dict:
    b = {"id": f"arn:aws:s3:::{name}", "name": name, "account": "123456789012", "region": "us-east-1",
         "tags": {}, "versioning": versioning,
         "encryption": {"enabled": encrypted, "algorithm": "aws:kms" if encrypted else None,
                        # a customer managed key (AWS-S3-01 asks for one; aws/s3 would fail)
                        "kms_key_id": "arn:aws:kms:us-east-1:123456789012:alias/clinic-phi" if encrypted else None},
         "public_access_block": dict.fromkeys(("block_public_acls", "ignore_public_acls", "block_public_policy",
                                               "restrict_public_buckets"), pab),
         "policy": {"present": tls, "denies_insecure_transport": tls},
         "logging": {"enabled": logging, "target_bucket": "logs" if logging else None}}
    b.update(extra)
    return b


def findings_by(results: dict, control: str) -> dict:
    """resource id → status for one control."""
    return {(f["resource"] or {}).get("id"): f["status"] for f in results["findings"] if f["control_id"] == control}
