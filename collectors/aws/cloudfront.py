"""CloudFront: distributions (viewer protocol policy, minimum TLS version, access logging)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, read
from hipaa_scan.scanner.types import Resource


def collect_distributions(ctx: AwsContext, region: str) -> None:
    rt = "aws_cloudfront_distribution"
    cf = ctx.client("cloudfront", region)
    items = []
    for page in cf.get_paginator("list_distributions").paginate():
        if "DistributionList" not in page:  # nothing listed is not "no distributions"
            ctx.error(rt, "ListDistributions returned no DistributionList", region=None,
                      operation="ListDistributions", code="MissingMember")
        items.extend((page.get("DistributionList") or {}).get("Items", []))
    for d in items:
        arn = d["ARN"]
        behaviours = [d.get("DefaultCacheBehavior") or {}] + list((d.get("CacheBehaviors") or {}).get("Items", []))
        cert = d.get("ViewerCertificate") or {}
        res: Resource = {"id": arn, "name": d.get("DomainName") or d["Id"], "account": ctx.account, "region": None,
               "distribution_id": d["Id"], "domain_name": d.get("DomainName"),
               "aliases": sorted((d.get("Aliases") or {}).get("Items", [])),
               "viewer_protocol_policies": sorted({b.get("ViewerProtocolPolicy") for b in behaviours
                                                   if b.get("ViewerProtocolPolicy")}),
               "default_certificate": cert.get("CloudFrontDefaultCertificate") is True,
               "minimum_protocol_version": cert.get("MinimumProtocolVersion")}
        ok, out = read(ctx, rt, cf.get_distribution_config, region=None, resource_id=arn, field="logging",
                       Id=d["Id"])
        if ok:
            res["logging"] = ((out.get("DistributionConfig") or {}).get("Logging") or {}).get("Enabled") is True
        ok, out = read(ctx, rt, cf.list_tags_for_resource, region=None, resource_id=arn, field="tags", Resource=arn)
        if ok:
            res["tags"] = {t["Key"]: t.get("Value", "") for t in (out.get("Tags") or {}).get("Items", [])}
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_cloudfront_distribution", "cloudfront", "global",
                 ("cloudfront:ListDistributions", "cloudfront:GetDistributionConfig", "cloudfront:ListTagsForResource"),
                 collect_distributions, "CloudFront distributions"),
]
