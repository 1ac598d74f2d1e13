"""Which controls a run evaluates, and why the others were left out.

By default ``scan <source>`` and ``evaluate`` run only the controls whose resource type a
collector of the inventory produces (the inventory's ``sources`` name the collectors; each
resource type's schema, collectors/<source>/schemas/<type>.json, names the collector that
writes it): ``scan iac`` on Terraform judges the IAC-* controls, not 186 AWS, host and TLS
controls that could only say "not applicable". A type the inventory holds resources or
errors of is always in scope (a merged or hand-made inventory). ``--all-controls`` turns this
off; an inventory naming no built-in collector (a custom one) keeps every control.

On top of that: ``--controls`` (ids or globs such as ``AWS-S3-*``; when given, only those, and
the source filter is off), ``--skip-controls``, ``--severity`` (the lowest severity kept) and
``--citations`` (controls citing any of them; globs allowed). A pattern that matches no
control, or a citation the catalogue does not hold, is an input error (exit 2), so a typo never
silently empties a run.

The results record the selection (``selection``: the criteria, the count selected, and each
left-out control with its citations and the reason), and coverage shows a citation whose
controls were all left out as ``not_assessed``, never as passing (scanner/evaluate.py).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.policies import SEVERITIES, Policy, PolicySet


def _patterns(values: Iterable[str] | None) -> tuple[str, ...]:
    """Comma-separated and/or repeated values → a tuple of non-empty, stripped items."""
    out: list[str] = []
    for v in values or ():
        out.extend(p.strip() for p in str(v).split(",") if p.strip())
    return tuple(dict.fromkeys(out))


def _matches(value: str, patterns: Iterable[str]) -> str | None:
    """The first pattern ``value`` matches (case-sensitive glob; ``[`` is literal), else None."""
    for p in patterns:
        if value == p or fnmatch.fnmatchcase(value, p.replace("[", "[[]")):
            return p
    return None


@dataclass
class SelectedPolicySet(PolicySet):
    """A subset of a policy set that keeps the whole set's hash (merge, baseline and the OPA
    bundle check compare the policy set, not what one run selected)."""

    full_sha256: str = ""
    #: the whole set's scopes (data.hipaa_scope): the engine's data stays that of the whole set,
    #: as the deployed bundle holds it, whatever one run selected
    full_scopes: tuple = ()

    @property
    def sha256(self) -> str:
        return self.full_sha256


@dataclass(frozen=True)
class ControlSelection:
    """The selection criteria (``--controls``, ``--skip-controls``, ``--severity``,
    ``--citations``, ``--all-controls``); :meth:`apply` picks the controls."""

    controls: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    severity: str | None = None
    citations: tuple[str, ...] = ()
    by_source: bool = True  #: only controls whose resource type the inventory's collectors produce

    def __post_init__(self) -> None:
        object.__setattr__(self, "controls", _patterns(self.controls))
        object.__setattr__(self, "skip", _patterns(self.skip))
        object.__setattr__(self, "citations", _patterns(self.citations))
        if self.severity is not None and self.severity not in SEVERITIES:
            raise InputError(f"unknown severity {self.severity!r}; choose one of {', '.join(SEVERITIES)}",
                             "--severity")

    @classmethod
    def parse(cls, controls: Iterable[str] = (), skip: Iterable[str] = (), severity: str | None = None,
              citations: Iterable[str] = (), all_controls: bool = False) -> ControlSelection:
        return cls(tuple(controls), tuple(skip), severity or None, tuple(citations), not all_controls)

    def check(self, policy_set: PolicySet) -> None:
        """Every pattern names at least one control, every citation is in the catalogue (exit 2)."""
        ids = [p.id for p in policy_set.policies]
        for flag, pats in (("--controls", self.controls), ("--skip-controls", self.skip)):
            for pat in pats:
                if not any(_matches(i, [pat]) for i in ids):
                    raise InputError(f"{pat!r} matches no control (see `hipaa-scan policy list`)", flag)
        if self.citations:
            from hipaa_scan.scanner.catalogue import load_catalogue

            known = [c.citation for c in load_catalogue().citations]
            for pat in self.citations:
                if not any(_matches(c, [pat]) for c in known):
                    raise InputError(f"{pat!r} is no citation of the Security Rule catalogue (e.g. 164.312(b))",
                                     "--citations")

    def reason(self, p: Policy, sources: set[str] | None, present: set[str]) -> str | None:
        """Why ``p`` is left out, or None when it runs."""
        if self.controls and not _matches(p.id, self.controls):
            return "not named by --controls"
        skipped = _matches(p.id, self.skip)
        if skipped:
            return f"skipped by --skip-controls {skipped}"
        if self.severity and SEVERITIES.index(p.severity) > SEVERITIES.index(self.severity):
            return f"severity {p.severity} is below --severity {self.severity}"
        if self.citations and not any(_matches(c, self.citations) for c in p.hipaa):
            return f"cites none of --citations {', '.join(self.citations)}"
        if sources is not None and p.resource_type not in present:
            producer = _producer(p.resource_type)
            if producer not in sources:
                made_by = f"the {producer} collector" if producer else "no built-in collector"
                return (f"judges {p.resource_type}, which {made_by} produces; this inventory comes from "
                        f"{', '.join(sorted(sources))}")
        return None

    def apply(self, policy_set: PolicySet, inventory: Any) -> tuple[PolicySet, dict]:
        """(the selected policy set, the results' ``selection`` record)."""
        self.check(policy_set)
        sources = inventory_sources(inventory) if self.by_source and not self.controls else None
        present = _present_types(inventory)
        kept, left_out = [], []
        for p in policy_set.policies:
            reason = self.reason(p, sources, present)
            if reason is None:
                kept.append(p)
            else:
                left_out.append({"id": p.id, "severity": p.severity, "hipaa": list(p.hipaa),
                                 "resource_type": p.resource_type, "reason": reason})
        if not kept:
            raise InputError("the selection leaves no control to evaluate", _flag_of(self))
        record = {
            "by_source": sources is not None,
            "sources": sorted(sources) if sources is not None else sorted(inventory_sources(inventory) or ()),
            "controls": list(self.controls), "skip_controls": list(self.skip), "severity": self.severity,
            "citations": list(self.citations), "selected": len(kept), "total": len(policy_set.policies),
            "deselected": left_out,
        }
        if not left_out:
            return policy_set, record
        subset = SelectedPolicySet(policies=kept, modules=policy_set.modules, roots=policy_set.roots,
                                   full_sha256=policy_set.sha256, full_scopes=tuple(scopes_of(policy_set).items()))
        return subset, record


def _flag_of(sel: ControlSelection) -> str:
    for flag, value in (("--controls", sel.controls), ("--citations", sel.citations), ("--severity", sel.severity),
                        ("--skip-controls", sel.skip)):
        if value:
            return flag
    return "--controls"


def scopes_of(policy_set: PolicySet) -> dict[str, Any]:
    """``data.hipaa_scope``: the METADATA ``scope`` of every scoped control of the (whole) set."""
    if isinstance(policy_set, SelectedPolicySet) and policy_set.full_scopes:
        return dict(policy_set.full_scopes)
    return {p.id: p.custom["scope"] for p in policy_set.policies if p.custom.get("scope")}


def source_of(policy: Policy) -> str:
    """The source a control belongs to: the collector producing its resource type, else "custom"."""
    return _producer(policy.resource_type) or "custom"


def _producer(resource_type: str) -> str | None:
    from hipaa_scan.scanner.resource_schemas import schema_for

    schema = schema_for(resource_type)
    return schema.get("x-source") if schema else None


def _present_types(inventory: Any) -> set[str]:
    """Resource types the inventory holds resources or errors of."""
    types: set[str] = set()
    res = inventory.get("resources") if isinstance(inventory, dict) else None
    if isinstance(res, dict):
        types.update(t for t, items in res.items() if items)
    for e in (inventory.get("errors") or []) if isinstance(inventory, dict) else []:
        if isinstance(e, dict) and isinstance(e.get("resource_type"), str):
            types.add(e["resource_type"])
    return types


def inventory_sources(inventory: Any) -> set[str] | None:
    """The built-in collectors the inventory's ``sources`` name; None when it names none
    (a hand-written inventory or a custom collector: every control stays in)."""
    from hipaa_scan.scanner.resource_schemas import SOURCES

    named = {s.get("collector") for s in (inventory.get("sources") or []) if isinstance(s, dict)} \
        if isinstance(inventory, dict) else set()
    found = {s for s in named if s in SOURCES}
    return found or None
