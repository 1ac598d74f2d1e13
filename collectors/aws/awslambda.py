"""Lambda: functions (resource policy and function URL not public)."""

from __future__ import annotations

import json

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource


def _as_list(v):
    return v if isinstance(v, list) else [v]


def public_statements(policy_text: str | None) -> int:
    """Allow statements granting to everyone (``*``) without a source account/ARN/org condition."""
    if not policy_text:
        return 0
    doc = json.loads(policy_text)
    n = 0
    for st in _as_list(doc.get("Statement", [])):
        principal = st.get("Principal")
        everyone = principal == "*" or (isinstance(principal, dict) and "*" in _as_list(principal.get("AWS", [])))
        cond = json.dumps(st.get("Condition") or {}).lower()
        scoped = any(k in cond for k in ("aws:sourceaccount", "aws:sourcearn", "aws:principalorgid",
                                         "aws:sourceowner", "lambda:functionurlauthtype\": \"aws_iam"))
        if st.get("Effect") == "Allow" and everyone and not scoped:
            n += 1
    return n


def collect_functions(ctx: AwsContext, region: str) -> None:
    rt = "aws_lambda_function"
    lam = ctx.client("lambda", region)
    for f in listed(ctx, rt, paginate(lam, "list_functions", "Functions"), "FunctionName", "FunctionArn",
                    region=region, operation="ListFunctions"):
        name, arn = f["FunctionName"], f["FunctionArn"]
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region, "runtime": f.get("Runtime"),
               "in_vpc": bool((f.get("VpcConfig") or {}).get("VpcId")),
               "dead_letter_target": (f.get("DeadLetterConfig") or {}).get("TargetArn")}
        ok, out = read(ctx, rt, lam.get_policy, region=region, resource_id=arn, field="policy",
                       absent=("ResourceNotFoundException",), absent_value=None, FunctionName=name)
        if ok and out is not None and not out.get("Policy"):  # an answer without the policy is not "no policy"
            ctx.error(rt, "GetPolicy answered without the policy", region=region, resource_id=arn, field="policy",
                      operation="GetPolicy", code="MissingMember")
        elif ok:
            res["policy"] = {"present": bool((out or {}).get("Policy")),
                             "public_statements": public_statements((out or {}).get("Policy"))}
        ok, out = read(ctx, rt, lam.get_function_url_config, region=region, resource_id=arn, field="function_url",
                       absent=("ResourceNotFoundException",), absent_value=None, FunctionName=name)
        if ok:
            res["function_url"] = {"present": out is not None, "auth_type": (out or {}).get("AuthType")}
        ok, out = read(ctx, rt, lam.get_function_concurrency, region=region, resource_id=arn,
                       field="reserved_concurrency", FunctionName=name)
        if ok:
            # null: no reserved concurrency (the function draws on the account's unreserved pool)
            res["reserved_concurrency"] = out.get("ReservedConcurrentExecutions")
        ok, out = read(ctx, rt, lam.list_tags, region=region, resource_id=arn, field="tags", Resource=arn)
        if ok:
            res["tags"] = dict(out.get("Tags") or {})
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_lambda_function", "lambda", "regional",
                 ("lambda:ListFunctions", "lambda:GetPolicy", "lambda:GetFunctionUrlConfig", "lambda:ListTags",
                  "lambda:GetFunctionConcurrency"),
                 collect_functions, "Lambda functions"),
]
