"""ECS: the latest active revision of each task definition family (privileged, root and host-network
containers, read-only root file systems, secrets in plaintext environment variables)."""

from __future__ import annotations

import re

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read
from hipaa_scan.scanner.types import Resource

#: environment variable names that suggest a secret (their values are never read into the inventory)
_SECRET_NAME = re.compile(r"(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)", re.I)


def _container(c: dict) -> dict:
    return {"name": c.get("name"),
            # absent in the API means the default: not privileged, the image's user, a writable root
            "privileged": c.get("privileged"),
            "user": c.get("user"),
            "readonly_root_filesystem": c.get("readonlyRootFilesystem"),
            "secret_like_environment": sorted(e.get("name") for e in c.get("environment") or []
                                              if e.get("name") and _SECRET_NAME.search(e["name"]))}


def collect_task_definitions(ctx: AwsContext, region: str) -> None:
    rt = "aws_ecs_task_definition"
    ecs = ctx.client("ecs", region)
    for family in paginate(ecs, "list_task_definition_families", "families", status="ACTIVE"):
        fid = ctx.arn("ecs", region, f"task-definition/{family}")
        ok, out = read(ctx, rt, ecs.describe_task_definition, region=region, resource_id=fid, field=None,
                       taskDefinition=family)  # the latest ACTIVE revision; every field comes from it
        if not ok:
            ctx.inventory.add(rt, {"id": fid, "name": family, "account": ctx.account, "region": region})
            continue
        td = out.get("taskDefinition") or {}
        res: Resource = {"id": fid, "name": family, "account": ctx.account, "region": region,
                         "revision_arn": td.get("taskDefinitionArn"),
                         "network_mode": td.get("networkMode")}  # null: the default (bridge on EC2)
        if isinstance(td.get("containerDefinitions"), list):
            res["containers"] = [_container(c) for c in td["containerDefinitions"]]
        else:  # a task definition without containers was not given whole: its containers are unknown
            ctx.error(rt, "DescribeTaskDefinition answered without containerDefinitions", region=region,
                      resource_id=fid, field="containers", operation="DescribeTaskDefinition", code="MissingMember")
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_ecs_task_definition", "ecs", "regional",
                 ("ecs:ListTaskDefinitionFamilies", "ecs:DescribeTaskDefinition"), collect_task_definitions,
                 "ECS task definitions (latest active revision per family)"),
]
