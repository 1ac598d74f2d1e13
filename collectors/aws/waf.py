"""AWS WAF (v2): web ACLs and whether they log their traffic."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, read
from hipaa_scan.scanner.types import Resource


def _web_acls(waf, scope: str) -> list:
    """ListWebACLs pages by NextMarker, which botocore gives no paginator for."""
    out: list = []
    marker, seen = None, set()
    while True:
        page = waf.list_web_acls(Scope=scope, **({"NextMarker": marker} if marker else {}))
        out.extend(page.get("WebACLs") or [])
        marker = page.get("NextMarker")
        if not marker or not page.get("WebACLs") or marker in seen:  # a repeated marker would loop forever
            return out
        seen.add(marker)


def collect_web_acls(ctx: AwsContext, region: str) -> None:
    rt = "aws_wafv2_web_acl"
    waf = ctx.client("wafv2", region)
    # CloudFront web ACLs live in us-east-1 only (Scope=CLOUDFRONT)
    scopes = ["REGIONAL", "CLOUDFRONT"] if region == "us-east-1" else ["REGIONAL"]
    for scope in scopes:
        for acl in listed(ctx, rt, _web_acls(waf, scope), "ARN", "Name", region=region, operation="ListWebACLs"):
            arn = acl["ARN"]
            res: Resource = {"id": arn, "name": acl["Name"], "account": ctx.account, "region": region,
                             "scope": scope}
            ok, out = read(ctx, rt, waf.get_logging_configuration, region=region, resource_id=arn,
                           field="logging_destinations", absent=("WAFNonexistentItemException",), absent_value={},
                           ResourceArn=arn)
            if ok:
                # [] when the web ACL has no logging configuration
                res["logging_destinations"] = sorted(
                    d for d in ((out or {}).get("LoggingConfiguration") or {}).get("LogDestinationConfigs") or [] if d)
            ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_wafv2_web_acl", "wafv2", "regional", ("wafv2:ListWebACLs", "wafv2:GetLoggingConfiguration"),
                 collect_web_acls, "AWS WAF web ACLs (regional; CloudFront ones in us-east-1)"),
]
