"""CodeBuild: projects (plaintext credentials in environment variables, source credentials, logging).

Environment variable values are never kept: only each variable's name and type."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate

_CHUNK = 100  # BatchGetProjects takes at most 100 names


def _url_has_credentials(location: str | None) -> bool:
    """True when an http(s) source URL embeds a user name or token (https://user:token@host/...)."""
    if not location or not re.match(r"^https?://", location, re.I):
        return False
    try:
        parts = urlsplit(location)
    except ValueError:
        return True  # unparseable: not shown to be free of credentials
    return bool(parts.username or parts.password)


def _source(s: dict) -> dict:
    return {"type": s.get("type"), "url_has_credentials": _url_has_credentials(s.get("location")),
            "auth_type": (s.get("auth") or {}).get("type")}


def collect_projects(ctx: AwsContext, region: str) -> None:
    rt = "aws_codebuild_project"
    cb = ctx.client("codebuild", region)
    names = paginate(cb, "list_projects", "projects")
    for i in range(0, len(names), _CHUNK):
        chunk = names[i:i + _CHUNK]
        try:
            out = cb.batch_get_projects(names=chunk)
        except Exception as exc:  # a list-level error: these projects' settings are unknown
            ctx.error(rt, exc, region=region, operation="BatchGetProjects")
            continue
        for missing in out.get("projectsNotFound") or []:
            ctx.error(rt, f"BatchGetProjects did not return project {missing}", region=region,
                      resource_id=ctx.arn("codebuild", region, f"project/{missing}"), operation="BatchGetProjects",
                      code="MissingMember")
        for p in out.get("projects") or []:
            if not p.get("arn") or not p.get("name"):
                ctx.error(rt, "BatchGetProjects returned a project without arn or name", region=region,
                          operation="BatchGetProjects", code="MissingIdentifier")
                continue
            env = p.get("environment") or {}
            logs = p.get("logsConfig") or {}
            ctx.inventory.add(rt, {
                "id": p["arn"], "name": p["name"], "account": ctx.account, "region": region,
                "tags": {t.get("key"): t.get("value", "") for t in p.get("tags") or [] if t.get("key")},
                "environment_variables": [{"name": v.get("name"), "type": v.get("type")}
                                          for v in env.get("environmentVariables") or []],
                "sources": [_source(s) for s in [p.get("source") or {}, *(p.get("secondarySources") or [])] if s],
                "logging": {"cloudwatch": (logs.get("cloudWatchLogs") or {}).get("status"),
                            "s3": (logs.get("s3Logs") or {}).get("status")},
            })


SPECS = [
    ResourceSpec("aws_codebuild_project", "codebuild", "regional",
                 ("codebuild:ListProjects", "codebuild:BatchGetProjects"), collect_projects, "CodeBuild projects"),
]
