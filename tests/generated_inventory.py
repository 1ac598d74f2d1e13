"""An inventory that exercises every resource type of the built-in policies, with pass and fail variants.

Generated from the policies themselves, so it follows new controls without hand-kept fixtures:

1. For each resource type, the fields to fill are the policies' METADATA ``evidence`` paths plus
   the nested paths their Rego reads below those roots (``b.encryption.enabled``), and the
   ``scope`` field of scoped controls (one group of resources per scoped control, for the
   first value of its scope).
2. Candidate values are generic (true/false/numbers/"Enabled"/[]) plus every string and number
   literal of those policies' sources.
3. Starting from "every field true", coordinate descent with the embedded engine as the oracle
   picks, field by field, the value that leaves the fewest deny entries for the policies reading
   that field: the "pass" variant (as compliant as one pass of the search gets; controls whose
   compliance needs a structure the search does not build get fail variants only).
4. Fail variants: the pass variant with one field removed (missing evidence must deny) and with
   one field set to false, one resource each.

The result is deterministic (no randomness; sorted iteration), so it is computed once per policy
set and kept in build/test-cache/ (keyed by the policy set, the resource schemas and this file):
pytest-xdist's workers and the several test modules that use it share one computation.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import hashlib
import json
import os
import re
from collections import defaultdict
from pathlib import Path

from hipaa_scan.scanner.engine import UNDEFINED, EmbeddedEngine
from hipaa_scan.scanner.errors import HipaaScanError
from hipaa_scan.scanner.policies import PolicySet
from hipaa_scan.scanner.resource_schemas import _json_type, example_resource, field_schema

ACCOUNT = "111122223333"
REGION = "us-east-1"
_GENERIC = [True, False, 0, 1, 7, 30, 90, 365, 4096, "Enabled", "enabled", "aws:kms", []]
_STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_NUMBER_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])")
_REF_RE = re.compile(r"\b[a-z_][a-z0-9_]*((?:\.[a-z_][a-z0-9_]*)+)")


def _set(doc: dict, path: str, value) -> None:
    parts = path.split(".")
    cur = doc
    for p in parts[:-1]:
        if not isinstance(cur.get(p), dict):
            cur[p] = {}
        cur = cur[p]
    cur[parts[-1]] = value


def _delete(doc: dict, path: str) -> None:
    parts = path.split(".")
    cur = doc
    for p in parts[:-1]:
        cur = cur.get(p)
        if not isinstance(cur, dict):
            return
    cur.pop(parts[-1], None)


def _holds(field: str, scope_field: str | None) -> bool:
    """The field is the scope field or holds it (``tags`` holds ``tags.audit-evidence``): left alone."""
    return bool(scope_field) and (field == scope_field or scope_field.startswith(field + "."))


def _literals(source: str) -> list:
    body = "\n".join(ln for ln in source.splitlines() if not ln.lstrip().startswith("#"))
    out: list = []
    for s in _STRING_RE.findall(body):
        if "%" not in s and len(s) < 80:
            out.append(s)
    for n in _NUMBER_RE.findall(body):
        out.append(float(n) if "." in n else int(n))
    return out


def _fields(policies, lib_sources: list[str]) -> list[str]:
    roots = {e.split(".")[0] for p in policies for e in p.evidence} - {"id", "name"}
    fields = {e for p in policies for e in p.evidence} - {"id", "name"}
    for src in [p.source for p in policies] + lib_sources:
        for m in _REF_RE.finditer(src):
            path = m.group(1).lstrip(".")
            if path.split(".")[0] in roots and not m.group(0).startswith(("input.", "data.")):
                fields.add(path)
    fields = {f for f in fields if f.split(".")[0] != "suppressed"}  # a waiver marker, not evidence
    # keep leaves only: a path that is a prefix of another is filled through the longer one
    return sorted(f for f in fields if not any(g.startswith(f + ".") for g in fields))


def _schema_types(rtype: str, path: str) -> set[str] | None:
    """The JSON types the type's schema allows for a field ("number" admits integers), or None."""
    node = field_schema(rtype, path)
    if not isinstance(node, dict) or "type" not in node:
        return None
    types = {node["type"]} if isinstance(node["type"], str) else set(node["type"])
    if "number" in types:
        types.add("integer")
    return types


class _Oracle:
    def __init__(self, policy_set: PolicySet):
        self.engine = EmbeddedEngine()
        for m in policy_set.modules:
            self.engine.add_module(str(m.path), m.source)
        for p in policy_set.policies:
            self.engine.add_module(str(p.path), p.source)

    def denials(self, rtype: str, resource: dict, policies, context: dict) -> int:
        doc = {"resources": dict(context, **{rtype: [resource]})}
        self.engine.set_input(doc)
        n = 0
        for p in policies:
            try:
                value = self.engine.eval_rule(p.deny_rule)
            except HipaaScanError:  # a value of the wrong type for the policy: never the pick
                return 1_000_000
            if value is not UNDEFINED:
                n += sum(1 for d in value if isinstance(d, dict) and d.get("id") == resource["id"])
        return n


CACHE = Path(os.environ.get("HIPAA_TEST_CACHE") or Path(__file__).resolve().parent.parent / "build" / "test-cache")


def _cache_key(policy_set: PolicySet) -> str:
    h = hashlib.sha256(policy_set.sha256.encode())
    h.update(Path(__file__).read_bytes())
    root = Path(__file__).resolve().parent.parent / "collectors"
    for schema in sorted(root.glob("*/schemas/*.json")):
        h.update(schema.name.encode() + schema.read_bytes())
    return h.hexdigest()[:32]


def generated_inventory(policy_set: PolicySet) -> dict:
    """The generated inventory of ``policy_set`` (a fresh copy; computed once, see the docstring)."""
    key = _cache_key(policy_set)
    path = CACHE / f"generated-{key}.json"
    with contextlib.suppress(OSError):
        return json.loads(path.read_text(encoding="utf-8"))
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"generated-{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one worker computes; the others wait, then read it
        with contextlib.suppress(OSError):
            return json.loads(path.read_text(encoding="utf-8"))
        doc = _generate(policy_set)
        tmp = path.with_name(path.name + f".{os.getpid()}")
        tmp.write_text(json.dumps(doc), encoding="utf-8")
        tmp.replace(path)
        return json.loads(json.dumps(doc))


def _generate(policy_set: PolicySet) -> dict:
    oracle = _Oracle(policy_set)
    lib_sources = [m.source for m in policy_set.modules]
    by_type = defaultdict(list)
    for p in policy_set.policies:
        by_type[p.resource_type].append(p)
    resources: dict[str, list] = {}
    for rtype in sorted(by_type):
        policies = by_type[rtype]
        fields = _fields(policies, lib_sources)
        scoped: dict[tuple[str, object], list] = defaultdict(list)
        for p in policies:  # a scoped control: one group, for the first value of its scope
            scope = p.custom.get("scope")
            if scope:
                scoped[(scope["field"], scope["in"][0])].append(p)
        groups = sorted(scoped.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))) or [((None, None), policies)]
        out = []
        for gi, ((sfield, svalue), group) in enumerate(groups):
            cands = list(_GENERIC)
            tests = [p.path.with_name(p.path.stem + "_test.rego") for p in group]
            test_sources = [t.read_text(encoding="utf-8") for t in tests if t.exists()]
            for src in [p.source for p in group] + lib_sources + test_sources:
                for lit in _literals(src):
                    if lit not in cands:
                        cands.append(lit)
            # Start from a schema-valid resource (every declared field, typed) where the type has
            # a schema; fields the schema does not declare start as true.
            base = example_resource(rtype) if field_schema(rtype, "id") else {}
            base.update({"id": f"{rtype}/{gi}-pass", "name": f"{rtype}-{gi}-pass", "account": ACCOUNT,
                         "region": REGION, "tags": {"phi": "true"}})
            for f in fields:
                if _schema_types(rtype, f) is None:
                    _set(base, f, True)
            if sfield:
                _set(base, sfield, svalue)
            readers = {f: [p for p in group if not p.evidence or f.split(".")[0] in {e.split(".")[0] for e in p.evidence}
                           or f in p.source] for f in fields}
            for _round in range(1):
                for f in fields:
                    if _holds(f, sfield) or not readers[f]:
                        continue
                    best, best_n = None, None
                    allowed = _schema_types(rtype, f)
                    typed = [c for c in cands if allowed is None or _json_type(c) in allowed]
                    for c in typed:
                        trial = copy.deepcopy(base)
                        _set(trial, f, c)
                        n = oracle.denials(rtype, trial, readers[f], {})
                        if best_n is None or n < best_n:
                            best, best_n = c, n
                            if n == 0:
                                break
                    if best is not None:
                        _set(base, f, best)
            out.append(base)
            for f in fields:
                if _holds(f, sfield):
                    continue
                missing = copy.deepcopy(base)
                _delete(missing, f)
                missing.update(id=f"{rtype}/{gi}-missing-{f}", name=f"{rtype}-{gi}-missing-{f}")
                out.append(missing)
                false = copy.deepcopy(base)
                _set(false, f, False)
                false.update(id=f"{rtype}/{gi}-false-{f}", name=f"{rtype}-{gi}-false-{f}")
                out.append(false)
        resources[rtype] = out
    return {
        "schema": "hipaa-scan/inventory/v1",
        "collected_at": "2026-11-22T10:00:00Z",
        "scanner_version": "0.1.0",
        "sources": [{"collector": "generated", "account": ACCOUNT, "regions": [REGION]}],
        "resources": resources,
        "errors": [],
    }
