"""The documents that pass between the stages, as types mypy checks.

collect → :class:`Inventory` → evaluate → :class:`Results` (with :class:`Finding` per control ×
resource) → report / gate. They stay plain JSON-ready dicts on the wire (the JSON Schemas in
scanner/schemas/ are their contract); these TypedDicts give the same shapes to the type
checker at the stage boundaries (scanner/pipeline.py, scanner/evaluate.py, reports/).

A resource is open-ended (each type's fields are in collectors/<source>/schemas/<type>.json),
so :data:`Resource` is a mapping; ``id`` is the one field every resource has.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NotRequired, TypedDict

Status = Literal["pass", "fail", "error", "waived", "baseline", "not_applicable"]
Severity = Literal["critical", "high", "medium", "low"]

#: one resource as a collector wrote it: ``id`` plus the fields of its type's schema
Resource = dict[str, Any]


class InventoryError(TypedDict):
    """Something a collector could not read: ``error`` for exactly the resources it touches."""

    collector: str
    resource_type: str
    message: str
    resource_id: NotRequired[str | None]
    field: NotRequired[str | None]
    account: NotRequired[str | None]
    region: NotRequired[str | None]
    code: NotRequired[str | None]


class Inventory(TypedDict):
    """What collectors write: resources by type, and the collection errors."""

    schema: str
    collected_at: str
    scanner_version: str
    sources: list[dict[str, Any]]
    resources: dict[str, list[Resource]]
    errors: list[InventoryError]


class ResourceRef(TypedDict):
    """The resource a finding is about (None for a control with nothing to judge)."""

    type: str
    id: str
    name: NotRequired[str]
    account: NotRequired[str | None]
    region: NotRequired[str | None]
    tags: NotRequired[dict[str, Any]]


class Finding(TypedDict):
    """One control's verdict on one resource."""

    control_id: str
    title: str
    severity: Severity
    hipaa: list[str]
    resource: ResourceRef | None
    status: Status
    message: str
    evidence: dict[str, Any]
    remediation: NotRequired[str]
    waiver: NotRequired[dict[str, Any] | None]
    in_phi_scope: NotRequired[bool]
    baseline: NotRequired[dict[str, Any]]


class Gate(TypedDict):
    """The verdict CI gates on: ``exit_code`` is the process's exit code."""

    fail_on: str
    allow_incomplete: bool
    verdict: Literal["passed", "failed", "incomplete"]
    exit_code: int
    blocking_findings: int
    error_findings: int
    collection_errors: int
    waived_findings: int
    baseline_findings: int


class Results(TypedDict):
    """What evaluate writes and every report reads."""

    schema: str
    scan: dict[str, Any]
    controls: list[dict[str, Any]]
    findings: list[Finding]
    errors: list[InventoryError]
    summary: dict[str, Any]
    coverage: list[dict[str, Any]]
    gate: Gate
    waivers: NotRequired[dict[str, Any]]
    baseline: NotRequired[dict[str, Any]]
    attestations: NotRequired[dict[str, Any]]
    selection: NotRequired[dict[str, Any]]  #: which controls ran and why the others did not (scanner/selection.py)


#: any of the documents above, read-only (helpers that only read a document take this)
Document = Mapping[str, Any]
