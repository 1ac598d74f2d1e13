"""Evaluation: the inventory through every policy, into the results document.

One finding per (control, resource in scope):
- ``error`` when the collector recorded an error that touches the resource (its type or
  a type the control ``reads``, in its account/region, for it or for every resource,
  for a field the control reads) — fail closed, and also one ``error`` finding per
  list-level error where nothing could be listed at all;
- ``waived`` when the resource carries ``suppressed: {reason, approver, expires, source}``
  (an in-source suppression such as a checkov skip comment), whatever ``deny`` says;
- ``fail`` when ``deny`` names the resource (message from ``deny``);
- ``pass`` otherwise, with the fields the control read as evidence;
- ``not_applicable`` (one finding, no resource) when nothing of the type was collected
  and nothing failed to be read.

A control may narrow the resources it judges with the METADATA custom key ``scope``:
``scope: {field: check_id, in: [CKV_AWS_19, CKV_AWS_145]}`` keeps only the resources whose
(dotted) ``field`` is one of the listed values (see :func:`in_scope`).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from hipaa_scan.scanner import __version__
from hipaa_scan.scanner.catalogue import load_catalogue
from hipaa_scan.scanner.engine import UNDEFINED, EmbeddedEngine, Engine
from hipaa_scan.scanner.errors import EngineError
from hipaa_scan.scanner.gate import gate_from_counts
from hipaa_scan.scanner.inventory import isoformat, utcnow
from hipaa_scan.scanner.policies import SEVERITIES, Policy, PolicySet
from hipaa_scan.scanner.resource_schemas import unrecorded
from hipaa_scan.scanner.resource_schemas import violations as schema_violations
from hipaa_scan.scanner.types import Document, Gate, Inventory, Results

RESULTS_SCHEMA = "hipaa-scan/results/v1"
#: finding statuses; ``baseline`` = a failure a baseline already knew (scanner/baseline.py).
#: Coverage rows may also be ``attested`` (scanner/attestations.py).
STATUSES = ("fail", "error", "baseline", "waived", "pass", "not_applicable", "manual")
_STATUS_RANK = {s: i for i, s in enumerate(STATUSES)}
_SEV_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_BASE_FIELDS = ("id", "name", "account", "region", "tags")


def _get(resource: dict, path: str):
    if "." not in path:
        return resource.get(path) if isinstance(resource, dict) else None
    cur = resource
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def evidence_of(policy: Policy, resource: dict) -> dict:
    if policy.evidence:
        get = resource.get
        return {f: (get(f) if "." not in f else _get(resource, f)) for f in policy.evidence}
    return {k: v for k, v in resource.items() if k not in _BASE_FIELDS}


def in_scope(policy: Policy, resources: list[dict]) -> list[dict]:
    """The resources the control judges: all of its type, or those its ``scope`` selects."""
    scope = policy.custom.get("scope")
    if not scope:
        return resources
    allowed = set(scope["in"])
    return [r for r in resources if _get(r, scope["field"]) in allowed]


def in_phi_scope(resource: dict | None, phi_tags) -> bool:
    """Whether a resource is in ePHI scope: every resource when no PHI tag is given;
    otherwise a resource carrying any of the (key, value) tags, and every resource that
    cannot show tags (account/region settings, tags that could not be read) — scope is
    only ever narrowed by evidence."""
    if not phi_tags or resource is None:
        return True
    tags = resource.get("tags")
    if not isinstance(tags, dict):
        return True
    return any(tags.get(k) == v for k, v in phi_tags)


def mark_phi_scope(findings: Sequence[Any], resources: dict[str, dict], phi_tags) -> None:
    """Set ``in_phi_scope`` on each finding; report failures of out-of-scope resources one
    severity lower, saying so in the message."""
    if not phi_tags:  # every resource is in scope (in_phi_scope)
        for f in findings:
            f["in_phi_scope"] = True
        return
    for f in findings:
        ref = f.get("resource")
        scoped = in_phi_scope(resources.get(ref["id"]) if ref else None, phi_tags)
        f["in_phi_scope"] = scoped
        if not scoped and f["status"] == "fail":
            old = f["severity"]
            new = SEVERITIES[min(SEVERITIES.index(old) + 1, len(SEVERITIES) - 1)]
            tags = ", ".join(f"{k}={v}" for k, v in phi_tags)
            f["severity"] = new
            lowered = f"reported as {new} instead of {old}" if new != old else f"severity stays {old}"
            f["message"] = f"{f['message']} Out of ePHI scope ({lowered}): the resource does not carry the tag {tags}."


def _text(v):
    return v if isinstance(v, str) else None


def _label(r: dict) -> str:
    name = r.get("name")
    return name if isinstance(name, str) and name else r["id"]


def _waiver_of(resource: dict) -> dict | None:
    """An in-source suppression recorded by the collector (e.g. a checkov skip comment)."""
    sup = resource.get("suppressed")
    if not isinstance(sup, dict):
        return None
    return {"reason": sup.get("reason") or "No reason given", "approver": sup.get("approver"),
            "expires": sup.get("expires"), "source": sup.get("source")}


def _resource_ref(rtype: str, r: dict) -> dict:
    ref = {"type": rtype, "id": r["id"], "name": _label(r),
           "account": _text(r.get("account")), "region": _text(r.get("region"))}
    if isinstance(r.get("tags"), dict) and r["tags"]:
        ref["tags"] = r["tags"]  # waivers select resources by tag after evaluation
    return ref


def _error_touches(err: dict, policy: Policy, resource: dict) -> bool:
    if err.get("resource_id") and err["resource_id"] != resource["id"]:
        return False
    if err.get("account") and resource.get("account") and err["account"] != resource["account"]:
        return False
    if err.get("region") and resource.get("region") and err["region"] != resource["region"]:
        return False
    if err.get("field") and policy.evidence:
        roots = {f.split(".")[0] for f in policy.evidence}
        if err["field"].split(".")[0] not in roots:
            return False
    return True


def _error_message(err: dict) -> str:
    if err.get("code") == "SchemaViolation":
        what = err.get("resource_id") or err["resource_type"]
        return f"The inventory holds a malformed value for {what}, so it was not judged: {err['message']}."
    where = " ".join(x for x in (err.get("account"), err.get("region")) if x)
    what = err.get("resource_id") or err["resource_type"]
    op = f" {err['operation']}" if err.get("operation") else ""
    return f"Could not read {what}{' in ' + where if where else ''}:{op} {err['code']}: {err['message']}"


@dataclass
class Verdicts:
    """What one control decided over the inventory, by resource id."""

    denied: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    not_applicable: dict[str, str] = field(default_factory=dict)  #: id → reason
    errors: dict[str, str] = field(default_factory=dict)  #: id → the run-time error on that resource
    failure: str | None = None  #: the control failed whatever resource it was given

    def __contains__(self, rid) -> bool:
        return rid in self.denied

    def __iter__(self):
        return iter(self.denied)


_STRIP_RE = re.compile(r'#[^\n]*|"(?:[^"\\\n]|\\.)*"|`[^`]*`')
_INPUT_KEY_RE = re.compile(r"\binput\b(\.[A-Za-z_][A-Za-z0-9_]*)?")
_DATA_REF_RE = re.compile(r"\bdata((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")
_INPUT_TYPE_RE = re.compile(r"\binput\.resources(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*\"([A-Za-z_][A-Za-z0-9_]*)\"\s*\])?")
_RUNTIME_ERROR = "The control could not be evaluated: "


#: below this many resources, evaluating in one process is faster than forking workers
PARALLEL_MIN_RESOURCES = 20000
_FORKED: tuple | None = None  # (evaluator, inventory, groups), inherited by forked workers


def _group_weight(inventory: Document, item: tuple) -> int:
    """A group's rough cost: its controls × the resources of the types they read."""
    needs, policies = item
    resources = inventory.get("resources")
    if not isinstance(resources, dict):
        return len(policies)
    types = needs[1] if needs is not None else resources.keys()
    return len(policies) * sum(len(resources.get(t) or []) for t in types if isinstance(resources.get(t), list))


def _forked_group(index: int) -> list[tuple[str, Any]]:
    """In a forked worker: one group's values; an EngineError travels as (marker, message, where)."""
    assert _FORKED is not None, "a worker runs only after fork"
    evaluator, inventory, items = _FORKED
    needs, policies = items[index]
    return [(pid, ("EngineError", got.message, got.where) if isinstance(got, EngineError) else got)
            for pid, got in evaluator._eval_group(inventory, needs, policies)]


def _input_for(inventory: Document, needs: tuple[frozenset, frozenset] | None) -> Document:
    """The part of the inventory a group of controls reads (the whole of it when ``needs`` is None)."""
    if needs is None:
        return inventory
    keys, types = needs
    resources = inventory.get("resources")
    doc = {k: v for k, v in inventory.items() if k in keys and k != "resources"}
    if "resources" in inventory:
        doc["resources"] = ({t: v for t, v in resources.items() if t in types} if isinstance(resources, dict)
                            else resources)
    return doc


def _entries(value, rule: str, path, kind: str) -> list[dict]:
    """A deny / not_applicable set as a list of objects with a string id (else a policy error)."""
    if value is UNDEFINED:
        return []
    if not isinstance(value, list):
        raise EngineError(f"{rule} is not a set of objects", str(path))
    for entry in value:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise EngineError(f"{kind} entries must be objects with a string 'id' (got {entry!r})", str(path))
        if kind == "not_applicable" and not (isinstance(entry.get("reason"), str) and entry["reason"].strip()):
            raise EngineError(f"not_applicable entries must carry a 'reason' string (got {entry!r})", str(path))
    return value


class Evaluator:
    """Loads a policy set into an engine once; evaluates inventories against it."""

    def __init__(self, policy_set: PolicySet, engine: Engine | None = None, jobs: int = 0):
        """``jobs``: worker processes for the embedded engine's groups of controls (0: one per
        usable core, up to 4, for inventories of :data:`PARALLEL_MIN_RESOURCES` or more)."""
        self.policy_set = policy_set
        self.jobs = jobs
        self.engine = engine or EmbeddedEngine()
        for m in policy_set.modules:
            self.engine.add_module(str(m.path), m.source)
        for p in policy_set.policies:
            self.engine.add_module(str(p.path), p.source)
        # Controls with a METADATA `scope` may read it as data.hipaa_scope[<id>], so that
        # their deny rule only computes entries for the resources they judge.
        from hipaa_scan.scanner.selection import scopes_of

        scopes = scopes_of(policy_set)  # the whole set's, also when a run selected fewer controls
        if scopes:
            self.engine.add_data({"hipaa_scope": scopes})
        self._lib_types = self._types_in(m.source for m in policy_set.modules)
        self._rule_names: dict[str, list[str]] = {}
        self._needs = {p.id: self._input_needs(p) for p in policy_set.policies}

    # -- reading a control's decision ------------------------------------------------
    def _read(self, p: Policy, values: dict) -> Verdicts:
        v = Verdicts()
        for entry in _entries(values[p.deny_rule], p.deny_rule, p.path, "deny"):
            v.denied[entry["id"]].append(entry)
        rules = self._rules(p)
        if len(rules) > 1:
            for entry in _entries(values[rules[1]], rules[1], p.path, "not_applicable"):
                v.not_applicable.setdefault(entry["id"], " ".join(entry["reason"].split()))
        return v

    def _rules(self, p: Policy) -> list[str]:
        rules = self._rule_names.get(p.id)
        if rules is None or rules[0] != p.deny_rule:  # Policy.not_applicable_rule searches the source
            rules = self._rule_names[p.id] = [p.deny_rule] + ([p.not_applicable_rule] if p.not_applicable_rule else [])
        return rules

    def deny_sets(self, inventory: Document) -> dict[str, Verdicts]:
        """Set the inventory as input once; return control id → its :class:`Verdicts`.

        A control that fails at run time (a built-in given a value of the wrong type, ...) is
        evaluated again on parts of its resources (halving) until each failing resource stands
        alone: exactly those become ``error``; every other resource keeps its own verdict.
        """
        out: dict[str, Verdicts] = {}
        failed: list[tuple[Policy, EngineError]] = []
        eval_rules = getattr(self.engine, "eval_rules", None)
        if eval_rules is None and hasattr(self.engine, "set_input_json"):
            # One input per group of controls reading the same resource types (see
            # _input_needs): the engine never holds the whole inventory at once.
            groups: dict = defaultdict(list)
            values: dict[str, dict] = {}
            order = {p.id: i for i, p in enumerate(self.policy_set.policies)}
            for p in self.policy_set.policies:
                groups[self._needs.get(p.id)].append(p)
            by_id = {p.id: p for p in self.policy_set.policies}
            for pid, got in self._group_values(inventory, groups):
                if isinstance(got, EngineError):
                    failed.append((by_id[pid], got))
                else:
                    values[pid] = got
            # What no group read is still given to the engine once, so that a value it rejects
            # (NaN, a lone surrogate, nesting too deep) fails evaluation as the whole input did.
            if None not in groups:
                keys = set().union(*(k for k, _ in groups))
                types = set().union(*(t for _, t in groups))
                rest = {k: v for k, v in inventory.items() if k not in keys}
                res = inventory.get("resources")
                if isinstance(res, dict) and set(res) - types:
                    rest["resources"] = {t: v for t, v in res.items() if t not in types}
                if rest:
                    self.engine.set_input_json(json.dumps(rest))
            failed.sort(key=lambda pe: order[pe[0].id])
            for p in self.policy_set.policies:  # in policy order: a malformed entry raises as before
                if p.id in values:
                    out[p.id] = self._read(p, values.pop(p.id))
        else:
            self.engine.set_input(inventory)
            batch = None
            if eval_rules is not None:  # an engine that answers many rules in one query (in-process OPA)
                try:
                    batch = eval_rules([r for p in self.policy_set.policies for r in self._rules(p)])
                except EngineError:
                    batch = None  # one control failed: ask each on its own below
            for p in self.policy_set.policies:
                try:
                    values = {r: batch[r] if batch is not None else self.engine.eval_rule(r) for r in self._rules(p)}
                except EngineError as exc:
                    failed.append((p, exc))
                    continue
                out[p.id] = self._read(p, values)
        for p, failure in failed:  # after the batch: isolation sets other inputs
            out[p.id] = self._isolate(p, inventory, failure)
        clear = getattr(self.engine, "clear_input", None)
        if clear is not None:  # free the engine's copy of the inventory before the findings are built
            clear()
        return out

    # -- evaluating groups of controls, on one core or several -------------------------
    def _jobs_for(self, inventory: Document, n_groups: int) -> int:
        """Worker processes for this inventory: ``jobs`` when set, else one per usable core
        (at most 4) once the inventory is big enough for forking to pay off."""
        if n_groups < 2 or not hasattr(os, "fork") or not isinstance(self.engine, EmbeddedEngine):
            return 1
        if self.jobs:
            return min(self.jobs, n_groups)
        resources = inventory.get("resources")
        size = sum(len(v) for v in resources.values() if isinstance(v, list)) if isinstance(resources, dict) else 0
        if size < PARALLEL_MIN_RESOURCES:
            return 1
        return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1, n_groups))

    def _eval_group(self, inventory: Document, needs, policies: list[Policy]) -> list[tuple[str, Any]]:
        """Set the group's input; each control's rule values, or the EngineError it raised."""
        self.engine.set_input_json(json.dumps(_input_for(inventory, needs)))  # type: ignore[attr-defined]
        out: list[tuple[str, Any]] = []
        for p in policies:
            try:
                out.append((p.id, {r: self.engine.eval_rule(r) for r in self._rules(p)}))
            except EngineError as exc:
                out.append((p.id, exc))
        return out

    def _group_values(self, inventory: Document, groups: dict) -> list[tuple[str, Any]]:
        """Every group's control values: in this process, or forked workers (``jobs``) that
        inherit the compiled policies and the inventory and send back plain values."""
        items = list(groups.items())
        jobs = self._jobs_for(inventory, len(items))
        if jobs <= 1:
            return [pair for needs, policies in items for pair in self._eval_group(inventory, needs, policies)]
        global _FORKED
        _FORKED = (self, inventory, items)
        try:
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
                # the biggest groups first, so that the last one to finish is a small one
                order = sorted(range(len(items)), key=lambda i: -_group_weight(inventory, items[i]))
                parts = dict(zip(order, pool.map(_forked_group, order), strict=True))
        finally:
            _FORKED = None
        out: list[tuple[str, Any]] = []
        for i in range(len(items)):
            for pid, got in parts[i]:
                out.append((pid, EngineError(got[1], got[2]) if isinstance(got, tuple) else got))
        return out

    # -- isolating run-time errors ---------------------------------------------------
    @staticmethod
    def _types_in(sources) -> set[str] | None:
        """Resource types the sources read (``input.resources.<type>``); None when one reads
        ``input.resources`` as a whole or through a computed key."""
        types: set[str] = set()
        for src in sources:
            for m in _INPUT_TYPE_RE.finditer(src):
                name = m.group(1) or m.group(2)
                if not name:
                    return None
                types.add(name)
        return types

    def _input_needs(self, p: Policy) -> tuple[frozenset, frozenset] | None:
        """(top-level input keys, resource types) the control's Rego can read: ``input.<key>``
        and ``input.resources.<type>`` in its source and in the library modules it refers to
        (transitively), plus its own type and METADATA ``reads``. None (give it the whole
        input) when anything is not statically known: ``input`` read whole or by a computed
        key, a reference to another control's package or to unknown data."""
        libs = {m.package: m for m in self.policy_set.modules}
        controls = {q.package for q in self.policy_set.policies}
        keys, types = {"resources"}, {p.resource_type, *p.reads}
        queue, done = [(p.package, p.source)], set()
        while queue:
            package, source = queue.pop()
            if package in done:
                continue
            done.add(package)
            code = _STRIP_RE.sub(lambda m: '""' if m.group(0)[:1] in '"`' else "", source)
            for m in _INPUT_KEY_RE.finditer(code):
                if not m.group(1):
                    return None
                keys.add(m.group(1)[1:])
            found = self._types_in([code])
            if found is None:
                return None
            types |= found
            for m in _DATA_REF_RE.finditer(code):
                ref = m.group(1)[1:]
                if ref == "hipaa_scope" or ref.startswith("hipaa_scope."):
                    continue
                hits = [k for k in libs if ref == k or ref.startswith(k + ".") or k.startswith(ref + ".")]
                if any(ref == c or ref.startswith(c + ".") or c.startswith(ref + ".") for c in controls - {p.package}):
                    return None
                if not hits and not (ref == p.package or ref.startswith(p.package + ".")):
                    return None
                queue.extend((k, libs[k].source) for k in hits)
        return frozenset(keys), frozenset(types)

    def _eval_on(self, p: Policy, doc: dict) -> dict:
        on = getattr(self.engine, "eval_rules_on", None)
        if on is not None:
            return on(self._rules(p), doc)
        self.engine.set_input(doc)
        return {r: self.engine.eval_rule(r) for r in self._rules(p)}

    def _isolate(self, p: Policy, inventory: Document, exc: EngineError) -> Verdicts:
        resources = inventory.get("resources") or {}
        own = [r for r in resources.get(p.resource_type) or [] if isinstance(r, dict)]
        types = self._types_in([p.source])
        if types is not None and self._lib_types is not None:
            keep = types | self._lib_types | {p.resource_type, *p.reads}
            base_resources = {t: resources[t] for t in keep if t in resources}
        else:
            base_resources = dict(resources)
        base = {k: v for k, v in inventory.items() if k != "resources"}

        def run(subset: list[dict]) -> dict:
            return self._eval_on(p, dict(base, resources=dict(base_resources, **{p.resource_type: subset})))

        verdicts = Verdicts()
        try:
            run([])
        except EngineError as whole:  # fails with none of its own resources: not theirs to carry
            verdicts.failure = str(whole)
            return verdicts

        def bisect(items: list[dict]) -> None:
            try:
                part = self._read(p, run(items))
            except EngineError as err:
                if len(items) == 1:
                    verdicts.errors[str(items[0].get("id"))] = str(err)
                    return
                half = len(items) // 2
                bisect(items[:half])
                bisect(items[half:])
                return
            for rid, entries in part.denied.items():
                verdicts.denied[rid].extend(entries)
            for rid, reason in part.not_applicable.items():
                verdicts.not_applicable.setdefault(rid, reason)

        if own:
            bisect(own)
        if not verdicts.errors:  # it failed on the whole inventory only: never a silent pass
            verdicts.failure = str(exc)
        return verdicts

    def evaluate(self, inventory: Inventory, *, inventory_sha256: str = "", fail_on: str = "high",
                 scan_id: str | None = None, started_at: datetime | None = None,
                 pin: bool = False, phi_tags: tuple = (), phi_only: bool = False) -> Results:
        """Return the results document. ``pin`` fixes scan id and times for reproducibility.

        ``phi_tags`` ((key, value) pairs) and ``phi_only``: see :func:`mark_phi_scope`.
        """
        started: datetime | None = started_at or utcnow()
        denies = self.deny_sets(inventory)
        resources = inventory.get("resources", {})
        # A value of the wrong type, or null where its type's schema (collectors/<source>/schemas)
        # does not allow it, is an error for exactly that resource and the controls that read
        # the field: never judged as if it were data. (Missing fields are the policies' to deny.)
        errors: list[Any] = list(inventory.get("errors", []))
        errors += unrecorded(errors, schema_violations(inventory, complete=False))
        errors_by_type: dict[str, list[Any]] = defaultdict(list)
        for e in errors:
            errors_by_type[e["resource_type"]].append(e)

        findings: list[dict] = []
        # Per resource type, once (not once per control): the ids of its resources, the
        # resource each id names last (what mark_phi_scope looks up), and the finding's
        # resource reference of each resource object (shared by the type's controls' findings;
        # never mutated after evaluation: waivers and baselines only set top-level keys).
        known: dict[str, set] = {}
        last_by_id: dict[str, dict] = {}
        refs: dict[str, dict] = {}
        for p in self.policy_set.policies:
            all_of_type = resources.get(p.resource_type, [])
            if p.resource_type not in known:
                known[p.resource_type] = {r["id"] for r in all_of_type if isinstance(r, dict)}
                last_by_id[p.resource_type] = {r["id"]: r for r in all_of_type}
                refs[p.resource_type] = {}
            judged = in_scope(p, all_of_type)
            if phi_only and phi_tags:
                judged = [r for r in judged if in_phi_scope(r, phi_tags)]
            control_findings = self._control_findings(p, judged, errors_by_type, denies.pop(p.id),
                                                      known_ids=known[p.resource_type], refs=refs[p.resource_type])
            mark_phi_scope(control_findings, last_by_id[p.resource_type], phi_tags)
            findings.extend(control_findings)
        findings.sort(key=lambda f: (f["control_id"], f["resource"]["type"] if f["resource"] else "",
                                     f["resource"]["id"] if f["resource"] else "", f["status"]))
        finished: datetime | None = utcnow()
        if pin:
            scan_id = scan_id or str(uuid.uuid5(uuid.NAMESPACE_URL, f"hipaa-scan:{inventory_sha256}:{self.policy_set.sha256}"))
            started = finished = None
        doc = {
            "schema": RESULTS_SCHEMA,
            "scan": {
                "id": scan_id or str(uuid.uuid4()),
                "started_at": isoformat(started) if started else inventory.get("collected_at"),
                "finished_at": isoformat(finished) if finished else inventory.get("collected_at"),
                "collected_at": inventory.get("collected_at"),
                "scanner_version": __version__,
                "engine": self.engine.name,
                "policy_set_sha256": self.policy_set.sha256,
                "inventory_sha256": inventory_sha256,
                "targets": inventory.get("sources", []),
            },
            "controls": [self._control_entry(p, findings) for p in self.policy_set.policies],
            "findings": findings,
            "errors": errors,
        }
        finalize(doc, fail_on)
        return cast(Results, doc)

    def _control_findings(self, p: Policy, items: list[dict], errors_by_type, denied,
                          known_ids: set[str] | None = None, refs: dict[int, dict] | None = None) -> list[dict]:
        """The control's findings over ``items``. ``refs`` (resource object id → its
        :func:`_resource_ref`) caches references across the controls of one type."""
        base = {"control_id": p.id, "title": p.title, "severity": p.severity, "hipaa": list(p.hipaa)}
        cid, title, severity, remediation = p.id, p.title, p.severity, p.remediation
        hipaa = base["hipaa"]  # one list per control, shared by its findings (read-only)
        rtype = p.resource_type
        refs = {} if refs is None else refs
        relevant = [e for t in (p.resource_type, *p.reads) for e in errors_by_type.get(t, [])]
        # Errors about one resource are looked up by its id; the others are checked against
        # every resource (linear in resources + errors, not their product).
        about: dict[str, list[dict]] = defaultdict(list)
        general = []
        for e in relevant:
            if e.get("resource_id"):
                about[e["resource_id"]].append(e)
            else:
                general.append(e)
        out = []
        seen = set()
        evidence = p.evidence
        dotted = any("." in f for f in evidence)
        failure = denied.failure
        run_errors = denied.errors
        denied_ids = denied.denied
        na = denied.not_applicable
        for r in items:
            if not isinstance(r, dict):
                continue
            rid = r.get("id")
            if not isinstance(rid, str) or rid in seen:
                continue
            seen.add(rid)
            candidates = about.get(rid, []) + general if about or general else ()
            touching = [e for e in candidates if _error_touches(e, p, r)] if candidates else ()
            ref = refs.get(id(r))
            if ref is None:
                ref = refs[id(r)] = _resource_ref(rtype, r)
            if not evidence:
                ev = {k: v for k, v in r.items() if k not in _BASE_FIELDS}
            elif dotted:
                ev = {f: (r.get(f) if "." not in f else _get(r, f)) for f in evidence}
            else:
                get = r.get
                ev = {f: get(f) for f in evidence}
            waiver = None
            if touching:
                status, message = "error", _error_message(touching[0])
            elif failure is not None:
                status, message = "error", f"{_RUNTIME_ERROR}{failure}"
            elif rid in run_errors:
                status, message = "error", f"{_RUNTIME_ERROR}{run_errors[rid]}"
            elif (waiver := _waiver_of(r)) is not None:
                status, message = "waived", f"{r.get('name', rid)}: {title} (waived: {waiver['reason']})."
            elif rid in denied_ids:
                entries = denied_ids[rid]
                msgs = sorted({d["msg"] if isinstance(d.get("msg"), str) else f"{_label(r)} fails: {title}."
                               for d in entries})
                status, message = "fail", " ".join(msgs)
                for d in entries:
                    if isinstance(d.get("evidence"), dict):
                        ev.update(d["evidence"])
            elif rid in na:
                status, message = "not_applicable", f"{_label(r)}: {na[rid]}"
            else:
                status, message = "pass", f"{_label(r)}: {title}."
            out.append({"control_id": cid, "title": title, "severity": severity, "hipaa": hipaa, "resource": ref,
                        "evidence": ev, "remediation": remediation, "waiver": waiver, "status": status,
                        "message": message})
        # List-level errors of the control's own type (nothing of that type could be
        # listed there), and errors naming a resource that is not in the inventory at all
        # (e.g. a file the IaC scanner could not parse), become findings of their own, so
        # the gap is never silent.
        known_ids = {r["id"] for r in items} if known_ids is None else known_ids
        for e in errors_by_type.get(p.resource_type, []):
            if e.get("resource_id") and e["resource_id"] in known_ids:
                continue
            if e.get("field") and p.evidence and e["field"].split(".")[0] not in {f.split(".")[0] for f in p.evidence}:
                continue
            scope = "/".join(x for x in (e.get("account"), e.get("region")) if x) or e["collector"]
            ref = {"type": p.resource_type, "id": f"{scope}/{p.resource_type}", "name": f"{p.resource_type} in {scope}",
                   "account": e.get("account"), "region": e.get("region")}
            if e.get("resource_id"):
                ref.update(id=e["resource_id"], name=e["resource_id"])
            if ref["id"] in seen:
                continue
            seen.add(ref["id"])
            out.append(dict(base, resource=ref, evidence={}, remediation=p.remediation, waiver=None,
                            status="error", message=_error_message(e)))
        # A deny entry naming no resource of the control's type is a policy bug: never silent.
        named = set(denied.denied) | set(denied.not_applicable)
        for rid in sorted(named - known_ids - seen):
            seen.add(rid)
            ref = {"type": p.resource_type, "id": rid, "name": rid, "account": None, "region": None}
            out.append(dict(base, resource=ref, evidence={}, remediation=p.remediation, waiver=None, status="error",
                            message=f"{_RUNTIME_ERROR}the policy named {rid!r}, which is no {p.resource_type} "
                                    "resource of the inventory."))
        if not out:
            out.append(dict(base, resource=None, evidence={}, remediation=p.remediation, waiver=None,
                            status="not_applicable",
                            message=f"No {p.resource_type} resource{' in its scope' if p.custom.get('scope') else ''}"
                                    " was collected; the control does not apply."))
        return out

    @staticmethod
    def _control_entry(p: Policy, findings: Sequence[Any]) -> dict:
        return p.summary()


class Tally:
    """Counts of findings by (severity, status), (control, status) and (account, status):
    everything :func:`finalize` derives (summary, control statuses, coverage, gate), so that a
    merge of many shards can compute it while streaming the findings (scanner/merge.py)."""

    def __init__(self) -> None:
        self.total = 0
        self.by_severity: Counter = Counter()  # (severity, status) -> n
        self.by_control: dict[str, Counter] = defaultdict(Counter)  # control id -> status -> n
        self.by_account: Counter = Counter()  # (account, status) -> n

    def add(self, f: Any) -> None:
        status = f["status"]
        self.total += 1
        self.by_severity[(f["severity"], status)] += 1
        self.by_control[f["control_id"]][status] += 1
        self.by_account[((f.get("resource") or {}).get("account"), status)] += 1

    @classmethod
    def of(cls, findings: Sequence[Any]) -> Tally:
        t = cls()
        for f in findings:
            t.add(f)
        return t

    def summary(self) -> dict:
        by_status: Counter = Counter()
        by_severity: dict[str, dict[str, int]] = {s: {} for s in SEVERITIES}
        for (sev, status), n in self.by_severity.items():
            by_status[status] += n
            by_severity[sev][status] = n  # a severity outside SEVERITIES raises KeyError
        accounts: dict[str, Counter] = defaultdict(Counter)
        for (account, status), n in self.by_account.items():
            if account:
                accounts[account][status] += n
        return {
            "total": self.total,
            "by_status": {s: by_status.get(s, 0) for s in STATUSES},
            "by_severity": {s: dict(sorted(d.items(), key=lambda kv: _STATUS_RANK.get(kv[0], 99)))
                            for s, d in by_severity.items()},
            "by_account": {a: {"total": sum(c.values()), **dict(sorted(c.items(), key=lambda kv: _STATUS_RANK.get(kv[0], 99)))}
                           for a, c in sorted(accounts.items())},
        }

    def control_statuses(self) -> dict[str, str]:
        return {k: rollup(list(c)) for k, c in self.by_control.items()}

    def coverage(self, controls: list[dict], attestations: dict | None = None,
                 deselected: Sequence[Any] = ()) -> list[dict]:
        """For every catalogue citation: the controls mapped to it and the rolled-up status.

        ``attestations`` (the results' ``attestations`` section) turns citations with no
        automated control from ``manual`` into ``attested`` (scanner/attestations.py).
        ``deselected`` (the results' ``selection.deselected``, scanner/selection.py): a citation
        whose controls were all left out of the run is ``not_assessed``, never passing.
        """
        rows = []
        empty: Counter = Counter()
        for c in load_catalogue().citations:
            mapped = [ctl for ctl in controls if c.citation in ctl["hipaa"]]
            control_status = {ctl["id"]: rollup(list(self.by_control.get(ctl["id"], empty))) for ctl in mapped}
            statuses = list(control_status.values())
            counts: Counter = Counter()
            for ctl in mapped:
                counts.update(self.by_control.get(ctl["id"], empty))
            left_out = [d["id"] for d in deselected if c.citation in d.get("hipaa", ())]
            row = {
                "citation": c.citation, "name": c.name, "safeguard": c.safeguard,
                "requirement": c.requirement,
                "controls": [{"id": k, "status": v} for k, v in control_status.items()],
                "status": rollup(statuses) if mapped else ("not_assessed" if left_out else "manual"),
                "counts": {s: counts[s] for s in STATUSES if counts.get(s)},
            }
            if left_out:
                row["deselected_controls"] = left_out
            rows.append(row)
        if attestations is not None:
            from hipaa_scan.scanner.attestations import apply_to_coverage

            apply_to_coverage(rows, attestations)
        return rows

    def gate(self, fail_on: str, allow_incomplete: bool = False, collection_errors: int = 0) -> Gate:
        return gate_from_counts(self.by_severity, fail_on, allow_incomplete, collection_errors)


def summarize(findings: Sequence[Any]) -> dict:
    return Tally.of(findings).summary()


def rollup(statuses: list[str]) -> str:
    """Roll several statuses into one: any fail, else any error, else baseline, waived, pass, n/a."""
    if not statuses:
        return "manual"
    for s in ("fail", "error", "baseline", "waived", "pass"):
        if s in statuses:
            return s
    return "not_applicable"


def coverage(controls: list[dict], findings: Sequence[Any], attestations: dict | None = None) -> list[dict]:
    """For every catalogue citation: the controls mapped to it and the rolled-up status."""
    return Tally.of(findings).coverage(controls, attestations)


def control_statuses(findings: Sequence[Any]) -> dict[str, str]:
    return Tally.of(findings).control_statuses()


def finalize(doc: Any, fail_on: str, allow_incomplete: bool | None = None, tally: Tally | None = None) -> Any:
    """(Re)compute everything derived from the findings: summary, coverage, gate.

    ``allow_incomplete`` None keeps the value of the document's gate (False if none).
    ``tally``: the findings' counts when the document does not hold them (a streamed merge).
    """
    if allow_incomplete is None:
        allow_incomplete = bool((doc.get("gate") or {}).get("allow_incomplete", False))
    t = tally if tally is not None else Tally.of(doc["findings"])
    statuses = t.control_statuses()
    for ctl in doc["controls"]:
        ctl["status"] = statuses.get(ctl["id"], "not_applicable")
    doc["summary"] = t.summary()
    doc["coverage"] = t.coverage(doc["controls"], doc.get("attestations"),
                                 (doc.get("selection") or {}).get("deselected") or ())
    doc["gate"] = t.gate(fail_on, allow_incomplete, len(doc.get("errors") or []))
    return doc


def evaluate(inventory: Inventory, policy_set: PolicySet, **kwargs: Any) -> Results:
    return Evaluator(policy_set).evaluate(inventory, **kwargs)
