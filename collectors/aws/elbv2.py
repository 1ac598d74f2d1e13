"""Application and Network Load Balancers: listener protocols, SSL policies' TLS versions, access logs."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, read_pages
from hipaa_scan.scanner.types import Resource

#: inventory field ← load balancer attribute (drop_invalid_header_fields exists for ALBs only)
_ATTRIBUTE_FIELDS = (("deletion_protection", "deletion_protection.enabled"),
                     ("drop_invalid_header_fields", "routing.http.drop_invalid_header_fields.enabled"))


def collect_load_balancers(ctx: AwsContext, region: str) -> None:
    rt = "aws_lb"
    elb = ctx.client("elbv2", region)
    lbs = listed(ctx, rt, paginate(elb, "describe_load_balancers", "LoadBalancers"),
                 "LoadBalancerArn", "LoadBalancerName", region=region, operation="DescribeLoadBalancers")
    found = []
    for lb in lbs:
        arn = lb["LoadBalancerArn"]
        res: Resource = {"id": arn, "name": lb["LoadBalancerName"], "account": ctx.account, "region": region,
               "type": lb.get("Type"), "scheme": lb.get("Scheme"), "dns_name": lb.get("DNSName")}
        ok, listeners = read_pages(ctx, rt, elb, "describe_listeners", "Listeners", region=region, resource_id=arn,
                                   field="listeners", LoadBalancerArn=arn)
        if ok:
            res["listeners"] = [{"protocol": li.get("Protocol"), "port": li.get("Port"),
                                 "ssl_policy": li.get("SslPolicy"),
                                 "certificate_arns": sorted(c["CertificateArn"] for c in li.get("Certificates", [])
                                                            if c.get("CertificateArn")),
                                 "redirects_to_https": any((a.get("RedirectConfig") or {}).get("Protocol") == "HTTPS"
                                                           for a in li.get("DefaultActions", []))}
                                for li in listeners]
        ok, out = read(ctx, rt, elb.describe_load_balancer_attributes, region=region, resource_id=arn,
                       field="access_logs", LoadBalancerArn=arn)
        if ok:
            attrs = {a.get("Key"): a.get("Value") for a in out.get("Attributes", [])}
            res["access_logs"] = str(attrs.get("access_logs.s3.enabled")).lower() == "true"
            # as access_logs: an attribute AWS did not list is off (its value is never taken as on)
            res["deletion_protection"] = str(attrs.get("deletion_protection.enabled")).lower() == "true"
            if lb.get("Type") == "application":
                key = "routing.http.drop_invalid_header_fields.enabled"
                res["drop_invalid_header_fields"] = str(attrs.get(key)).lower() == "true"
        else:
            for fld, _ in _ATTRIBUTE_FIELDS:
                ctx.error(rt, "DescribeLoadBalancerAttributes failed", region=region, resource_id=arn, field=fld,
                          operation="DescribeLoadBalancerAttributes", code="ReadFailed")
        if lb.get("Type") == "application":
            waf = ctx.client("wafv2", region)
            ok, out = read(ctx, rt, waf.get_web_acl_for_resource, region=region, resource_id=arn,
                           field="web_acl_arn", ResourceArn=arn)
            if ok:
                res["web_acl_arn"] = (out.get("WebACL") or {}).get("ARN")  # null: no web ACL
        found.append(res)
    policies = sorted({li["ssl_policy"] for r in found for li in r.get("listeners", []) if li.get("ssl_policy")})
    protocols: dict[str, list[str]] = {}
    tls = [r for r in found if any(li.get("ssl_policy") for li in r.get("listeners", []))]
    if policies:
        ok, out = read_pages(ctx, rt, elb, "describe_ssl_policies", "SslPolicies", region=region,
                             resource_id=tls[0]["id"], field="listeners", Names=policies)
        if ok:
            protocols = {p["Name"]: sorted(p.get("SslProtocols", [])) for p in out if p.get("Name")}
        else:
            for res in tls[1:]:
                ctx.error(rt, "the SSL policies of its listeners could not be read", code="DescribeSSLPoliciesFailed",
                          region=region, resource_id=res["id"], field="listeners")
    for res in found:
        for li in res.get("listeners", []):
            if li.get("ssl_policy") in protocols:
                li["tls_protocols"] = protocols[li["ssl_policy"]]
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_lb", "elbv2", "regional",
                 ("elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeListeners",
                  "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeSSLPolicies",
                  "wafv2:GetWebACLForResource"),
                 collect_load_balancers, "Application, Network and Gateway Load Balancers"),
]
