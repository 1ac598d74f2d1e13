"""Macie: enabled per region (not enabled is a fact; other AccessDenied is an error)."""

from __future__ import annotations

import botocore.exceptions

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, error_code
from hipaa_scan.scanner.types import Resource


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_macie_settings"
    rid = f"{ctx.account}/{region}/macie"
    macie = ctx.client("macie2", region)
    res: Resource = {"id": rid, "name": f"Macie in {region}", "account": ctx.account, "region": region}
    try:
        out = macie.get_macie_session()
    except botocore.exceptions.ClientError as exc:
        message = exc.response.get("Error", {}).get("Message", "")
        # Macie answers AccessDeniedException "Macie is not enabled" for an account it is not enabled in.
        if error_code(exc) == "ResourceNotFoundException" or (
                error_code(exc) == "AccessDeniedException" and "not enabled" in message.lower()):
            res["enabled"] = False
        else:
            ctx.error(rt, exc, region=region, resource_id=rid, field="enabled")
    except botocore.exceptions.BotoCoreError as exc:
        ctx.error(rt, exc, region=region, resource_id=rid, field="enabled")
    else:
        res["enabled"] = out.get("status") == "ENABLED"
        res["status"] = out.get("status")
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_macie_settings", "macie2", "regional", ("macie2:GetMacieSession",), collect_settings,
                 "Macie per region"),
]
