"""API Gateway (REST): stages (execution and access logging) and custom domains (TLS policy)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read


def collect_stages(ctx: AwsContext, region: str) -> None:
    rt = "aws_apigateway_stage"
    api = ctx.client("apigateway", region)
    for rest in listed(ctx, rt, paginate(api, "get_rest_apis", "items"), "id",
                       region=region, operation="GetRestApis"):
        rid = rest["id"]
        ok, out = read(ctx, rt, api.get_stages, region=region,
                       resource_id=f"arn:{ctx.partition}:apigateway:{region}::/restapis/{rid}",
                       field="logging", restApiId=rid)
        if not ok:
            continue
        for st in listed(ctx, rt, out.get("item"), "stageName", region=region, operation="GetStages"):
            name = st["stageName"]
            all_methods = (st.get("methodSettings") or {}).get("*/*") or {}
            ctx.inventory.add(rt, {
                "id": f"arn:{ctx.partition}:apigateway:{region}::/restapis/{rid}/stages/{name}",
                "name": f"{rest.get('name', rid)}/{name}", "account": ctx.account, "region": region,
                "tags": dict(st.get("tags") or {}),
                "logging": {"execution_level": all_methods.get("loggingLevel") or "OFF",
                            "access_log_destination": (st.get("accessLogSettings") or {}).get("destinationArn")},
                "cache_encrypted": all_methods.get("cacheDataEncrypted") is True,
                "client_certificate_id": st.get("clientCertificateId"),
                "tracing_enabled": st.get("tracingEnabled") is True,
                "web_acl_arn": st.get("webAclArn"),  # null: no AWS WAF web ACL protects the stage
            })


def collect_domains(ctx: AwsContext, region: str) -> None:
    api = ctx.client("apigateway", region)
    for d in listed(ctx, "aws_apigateway_domain", paginate(api, "get_domain_names", "items"), "domainName",
                    region=region, operation="GetDomainNames"):
        name = d["domainName"]
        ctx.inventory.add("aws_apigateway_domain", {
            "id": f"arn:{ctx.partition}:apigateway:{region}::/domainnames/{name}", "name": name,
            "account": ctx.account, "region": region, "tags": dict(d.get("tags") or {}),
            "security_policy": d.get("securityPolicy"),
        })


SPECS = [
    ResourceSpec("aws_apigateway_stage", "apigateway", "regional", ("apigateway:GET",), collect_stages,
                 "API Gateway REST API stages"),
    ResourceSpec("aws_apigateway_domain", "apigateway", "regional", ("apigateway:GET",), collect_domains,
                 "API Gateway custom domain names"),
]
