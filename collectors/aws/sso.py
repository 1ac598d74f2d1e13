"""IAM Identity Center: permission sets (session duration)."""

from __future__ import annotations

import re

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource

_DURATION = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?$")


def duration_minutes(iso: str | None) -> int | None:
    m = _DURATION.match(iso or "")
    if not m or not (m.group(1) or m.group(2)):
        return None
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


def collect_permission_sets(ctx: AwsContext, region: str) -> None:
    rt = "aws_sso_permission_set"
    sso = ctx.client("sso-admin", region)
    for inst in listed(ctx, rt, paginate(sso, "list_instances", "Instances"), "InstanceArn",
                       region=region, operation="ListInstances"):
        iarn = inst["InstanceArn"]
        for ps in paginate(sso, "list_permission_sets", "PermissionSets", InstanceArn=iarn):
            res: Resource = {"id": ps, "name": ps.rsplit("/", 1)[-1], "account": ctx.account, "region": region,
                   "instance_arn": iarn}
            ok, out = read(ctx, rt, sso.describe_permission_set, region=region, resource_id=ps,
                           field="session_duration_minutes", InstanceArn=iarn, PermissionSetArn=ps)
            if ok:
                d = out.get("PermissionSet", {})
                res["name"] = d.get("Name") or res["name"]
                res["session_duration"] = d.get("SessionDuration")
                res["session_duration_minutes"] = duration_minutes(d.get("SessionDuration"))  # absent: unknown
            ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_sso_permission_set", "sso-admin", "regional",
                 ("sso:ListInstances", "sso:ListPermissionSets", "sso:DescribePermissionSet"),
                 collect_permission_sets, "IAM Identity Center permission sets"),
]
