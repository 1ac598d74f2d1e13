"""OpenSearch Service: domains (encryption at rest and node-to-node, HTTPS, TLS policy, VPC)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, read, tags_of
from hipaa_scan.scanner.types import Resource


def collect_domains(ctx: AwsContext, region: str) -> None:
    rt = "aws_opensearch_domain"
    es = ctx.client("opensearch", region)
    names = [d["DomainName"] for d in listed(ctx, rt, es.list_domain_names().get("DomainNames"), "DomainName",
                                             region=region, operation="ListDomainNames")]
    for i in range(0, len(names), 5):
        for d in es.describe_domains(DomainNames=names[i:i + 5]).get("DomainStatusList", []):
            arn = d["ARN"]
            ep = d.get("DomainEndpointOptions") or {}
            vpc = d.get("VPCOptions") or {}
            res: Resource = {"id": arn, "name": d["DomainName"], "account": ctx.account, "region": region,
                   "engine_version": d.get("EngineVersion"),
                   "encryption_at_rest": (d.get("EncryptionAtRestOptions") or {}).get("Enabled") is True,
                   "node_to_node_encryption": (d.get("NodeToNodeEncryptionOptions") or {}).get("Enabled") is True,
                   "enforce_https": ep.get("EnforceHTTPS") is True,
                   "tls_security_policy": ep.get("TLSSecurityPolicy"),
                   "vpc_id": vpc.get("VPCId"), "in_vpc": bool(vpc.get("VPCId") or vpc.get("SubnetIds")),
                   # the log types published to CloudWatch Logs (ES_APPLICATION_LOGS, AUDIT_LOGS, ...)
                   "cloudwatch_logs": sorted(k for k, v in (d.get("LogPublishingOptions") or {}).items()
                                             if isinstance(v, dict) and v.get("Enabled") is True
                                             and v.get("CloudWatchLogsLogGroupArn"))}
            ok, out = read(ctx, rt, es.list_tags, region=region, resource_id=arn, field="tags", ARN=arn)
            if ok:
                res["tags"] = tags_of(out.get("TagList"))
            ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_opensearch_domain", "opensearch", "regional",
                 ("es:ListDomainNames", "es:DescribeDomains", "es:ListTags"), collect_domains,
                 "OpenSearch Service domains"),
]
