"""Classic Load Balancers: listener protocols, the TLS protocols their SSL policies allow, access logs."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource

_PROTOCOL_ATTRS = {"Protocol-SSLv2": "SSLv2", "Protocol-SSLv3": "SSLv3", "Protocol-TLSv1": "TLSv1",
                   "Protocol-TLSv1.1": "TLSv1.1", "Protocol-TLSv1.2": "TLSv1.2"}


def collect_load_balancers(ctx: AwsContext, region: str) -> None:
    rt = "aws_elb_load_balancer"
    elb = ctx.client("elb", region)
    for lb in listed(ctx, rt, paginate(elb, "describe_load_balancers", "LoadBalancerDescriptions"),
                     "LoadBalancerName", region=region, operation="DescribeLoadBalancers"):
        name = lb["LoadBalancerName"]
        arn = ctx.arn("elasticloadbalancing", region, f"loadbalancer/{name}")
        listeners = [{"protocol": (d.get("Listener") or {}).get("Protocol", "").upper(),
                      "port": (d.get("Listener") or {}).get("LoadBalancerPort"),
                      "certificate_id": (d.get("Listener") or {}).get("SSLCertificateId"),
                      "policy_names": sorted(d.get("PolicyNames", []))}
                     for d in lb.get("ListenerDescriptions", [])]
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region,
               "scheme": lb.get("Scheme"), "listeners": listeners}
        ok, out = read(ctx, rt, elb.describe_load_balancer_policies, region=region, resource_id=arn,
                       field="listeners", LoadBalancerName=name)
        if ok:
            protocols = {}
            for pol in out.get("PolicyDescriptions", []):
                attrs = {a.get("AttributeName"): a.get("AttributeValue") for a in pol.get("PolicyAttributeDescriptions", [])}
                protocols[pol.get("PolicyName")] = sorted(v for k, v in _PROTOCOL_ATTRS.items()
                                                          if str(attrs.get(k)).lower() == "true")
            for li in listeners:
                if li["protocol"] in ("HTTPS", "SSL"):
                    li["tls_protocols"] = sorted({p for n in li["policy_names"] for p in protocols.get(n, [])})
        else:
            del res["listeners"]
        ok, out = read(ctx, rt, elb.describe_load_balancer_attributes, region=region, resource_id=arn,
                       field="access_logs", LoadBalancerName=name)
        if ok:
            attrs = out.get("LoadBalancerAttributes") or {}
            res["access_logs"] = (attrs.get("AccessLog") or {}).get("Enabled") is True
            res["cross_zone_load_balancing"] = (attrs.get("CrossZoneLoadBalancing") or {}).get("Enabled") is True
        else:
            ctx.error(rt, "DescribeLoadBalancerAttributes failed", region=region, resource_id=arn,
                      field="cross_zone_load_balancing", operation="DescribeLoadBalancerAttributes", code="ReadFailed")
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_elb_load_balancer", "elb", "regional",
                 ("elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerPolicies",
                  "elasticloadbalancing:DescribeLoadBalancerAttributes"), collect_load_balancers,
                 "Classic Load Balancers"),
]
