"""The checkov → HIPAA mapping, read back from the IaC controls' METADATA ``scope``.

The mapping is written once, in each control's METADATA (``scope: {field: check_id, in:
[...]}``); this module only reads it back to print it (``hipaa-scan policy mapping``) and
to check that every listed id is a check the installed checkov knows.
"""

from __future__ import annotations

from hipaa_scan.scanner.policies import PolicySet

IAC_RESOURCE_TYPE = "iac_check"


def check_mapping(policy_set: PolicySet) -> dict:
    """Controls that judge checkov checks, their check ids and citations, and the totals."""
    rows = []
    for p in policy_set.policies:
        scope = p.custom.get("scope")
        if p.resource_type != IAC_RESOURCE_TYPE or not scope or scope.get("field") != "check_id":
            continue
        rows.append({"id": p.id, "title": p.title, "severity": p.severity, "hipaa": list(p.hipaa),
                     "checks": list(scope["in"])})
    checks = sorted({c for r in rows for c in r["checks"]})
    citations = sorted({h for r in rows for h in r["hipaa"]})
    return {"controls": rows, "checks": checks, "citations": citations,
            "summary": f"{len(checks)} checkov checks mapped to {len(citations)} HIPAA citations "
                       f"through {len(rows)} IaC controls"}


def known_check_ids() -> set[str]:
    """Every check id of the installed checkov's terraform, CloudFormation and Kubernetes
    registries (resource, data, graph). Raises CollectorError when checkov is missing."""
    from hipaa_scan.collectors.iac.runner import _load_checkov

    _load_checkov()
    from checkov.cloudformation.checks.resource.registry import cfn_registry
    from checkov.common.checks_infra.registry import get_graph_checks_registry
    from checkov.kubernetes.checks.resource.registry import registry as k8s_registry
    from checkov.terraform.checks.data.registry import data_registry
    from checkov.terraform.checks.resource.registry import resource_registry

    ids: set[str] = set()
    for reg in (resource_registry, data_registry, cfn_registry, k8s_registry):
        for checks in reg.checks.values():
            ids.update(c.id for c in checks)
    for framework in ("terraform", "cloudformation", "kubernetes"):
        graph = get_graph_checks_registry(framework)
        graph.load_checks()
        ids.update(c.id for c in graph.checks)
    return ids
