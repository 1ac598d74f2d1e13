"""Join the documents of sharded runs: results into one results, inventories into one inventory.

Results must come from the same policy set (``scan.policy_set_sha256``) and schema;
otherwise the verdicts are not comparable and the merge is refused. Findings are
de-duplicated by (control, resource type, resource id) — a global resource read by two
shards counts once, with the more severe outcome if the shards disagree — and a
``not_applicable`` finding is dropped for a control that has real findings in another
shard, exactly as one scan of all the accounts would have it. Summary, coverage and gate
are recomputed from the merged findings (:func:`hipaa_scan.scanner.evaluate.finalize`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.evaluate import RESULTS_SCHEMA, finalize
from hipaa_scan.scanner.inventory import INVENTORY_SCHEMA, read_json, validate

#: The order in which a disagreement between shards is settled (first wins).
_OUTCOME_ORDER = ("fail", "error", "baseline", "waived", "attested", "manual", "pass", "not_applicable")


def _rank(status: str) -> int:
    return _OUTCOME_ORDER.index(status) if status in _OUTCOME_ORDER else len(_OUTCOME_ORDER)


def _canon(obj) -> str:
    return json.dumps(obj, sort_keys=True)  # the order InventoryBuilder.document() sorts errors in


def _unique(items: list) -> list:
    seen, out = set(), []
    for item in items:
        key = _canon(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def load_documents(paths: list[Path]) -> tuple[str, list[dict]]:
    """Read every document; return ("results" | "inventory", docs). Mixed kinds are refused."""
    if not paths:
        raise InputError("give the documents to merge", "merge")
    kinds, docs = [], []
    for path in paths:
        doc, _ = read_json(path)
        schema = doc.get("schema")
        if schema == RESULTS_SCHEMA or (schema is None and "findings" in doc):
            kind = "results"
        elif schema == INVENTORY_SCHEMA or (schema is None and "resources" in doc):
            kind = "inventory"
        else:
            raise InputError(f"schema {schema!r} is neither {RESULTS_SCHEMA!r} nor {INVENTORY_SCHEMA!r}; "
                             "documents of different schema versions cannot be merged", str(path))
        validate(doc, kind, str(path))
        kinds.append(kind)
        docs.append(doc)
    if len(set(kinds)) > 1:
        odd = paths[next(i for i, k in enumerate(kinds) if k != kinds[0])]
        raise InputError(f"cannot merge a {kinds[0]} document ({paths[0]}) with a "
                         f"{'results' if kinds[0] == 'inventory' else 'inventory'} document; merge one kind at a time",
                         str(odd))
    return kinds[0], docs


def _finding_key(f: dict) -> tuple:
    r = f.get("resource") or {}
    return (f["control_id"], r.get("type"), r.get("id"))


def _sort_key(f: dict) -> tuple:
    r = f.get("resource")
    return (f["control_id"], r["type"] if r else "", r["id"] if r else "", f["status"])


def merge_results(docs: list[dict], *, paths: list[str] | None = None, fail_on: str | None = None,
                  allow_incomplete: bool | None = None) -> dict:
    """One results document from several of the same policy set (see the module docstring).

    ``fail_on`` defaults to the inputs' (which must agree); ``allow_incomplete`` defaults
    to True only if every input allowed an incomplete scan.
    """
    paths = paths or [f"document {i + 1}" for i in range(len(docs))]
    first = docs[0]["scan"]
    for doc, path in zip(docs[1:], paths[1:], strict=True):
        if doc["scan"]["policy_set_sha256"] != first["policy_set_sha256"]:
            raise InputError(f"policy set sha256 {doc['scan']['policy_set_sha256'][:12]}… differs from "
                             f"{first['policy_set_sha256'][:12]}… of {paths[0]}; re-run the shards with the same "
                             "policies", path)
    if fail_on is None:
        fail_ons = {d["gate"]["fail_on"] for d in docs}
        if len(fail_ons) > 1:
            raise InputError(f"the shards were gated with different --fail-on ({', '.join(sorted(fail_ons))}); "
                             "give --fail-on", "merge")
        fail_on = fail_ons.pop()
    if allow_incomplete is None:
        allow_incomplete = all(d["gate"].get("allow_incomplete", False) for d in docs)

    best: dict[tuple, dict] = {}
    for doc in docs:
        for f in doc["findings"]:
            key = _finding_key(f)
            if key not in best or _rank(f["status"]) < _rank(best[key]["status"]):
                best[key] = f
    has_real = {k[0] for k, f in best.items() if f.get("resource") is not None}
    findings = sorted((f for k, f in best.items() if f.get("resource") is not None or k[0] not in has_real),
                      key=_sort_key)

    controls: dict[str, dict] = {}
    for doc in docs:
        for c in doc["controls"]:
            controls.setdefault(c["id"], dict(c))
    times = [d["scan"] for d in docs]

    def pick(name, fn):
        values = [t.get(name) for t in times if t.get(name)]
        return fn(values) if values else None

    inventories = sorted(d["scan"].get("inventory_sha256", "") for d in docs)
    merged_scan = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "hipaa-scan:merge:" + ",".join(sorted(t["id"] for t in times)))),
        "started_at": pick("started_at", min),
        "finished_at": pick("finished_at", max),
        "collected_at": pick("collected_at", min),
        "scanner_version": first["scanner_version"],
        "engine": first["engine"],
        "policy_set_sha256": first["policy_set_sha256"],
        "inventory_sha256": hashlib.sha256(",".join(inventories).encode()).hexdigest(),
        "targets": _unique([t for d in docs for t in d["scan"].get("targets", [])]),
        "merged_from": [{"scan_id": d["scan"]["id"], "inventory_sha256": d["scan"].get("inventory_sha256"),
                         "source": p} for d, p in zip(docs, paths, strict=True)],
    }
    out: dict[str, Any] = {"schema": RESULTS_SCHEMA, "scan": merged_scan}
    # Keys the inputs carry beyond the core (e.g. governance sections) come from the first input.
    for k, v in docs[0].items():
        if k not in ("schema", "scan", "controls", "findings", "errors", "summary", "coverage", "gate"):
            out[k] = v
    out.update(controls=list(controls.values()), findings=findings,
               errors=sorted(_unique([e for d in docs for e in d.get("errors", [])]), key=_canon))
    finalize(out, fail_on, allow_incomplete)
    return out


def merge_inventories(docs: list[dict]) -> dict:
    """One inventory: sources and errors joined (exact duplicates once), resources by (type, id) once."""
    resources: dict[str, dict[str, dict]] = {}
    for doc in docs:
        for rtype, items in doc.get("resources", {}).items():
            bucket = resources.setdefault(rtype, {})
            for r in items:
                bucket.setdefault(r["id"], r)
    return {
        "schema": INVENTORY_SCHEMA,
        "collected_at": min(d["collected_at"] for d in docs),
        "scanner_version": docs[0].get("scanner_version"),
        "sources": _unique([s for d in docs for s in d.get("sources", [])]),
        "resources": {t: [items[i] for i in sorted(items)] for t, items in sorted(resources.items())},
        "errors": sorted(_unique([e for d in docs for e in d.get("errors", [])]), key=_canon),
    }


def merge_files(paths: list[Path], *, fail_on: str | None = None,
                allow_incomplete: bool | None = None) -> tuple[str, dict]:
    """Load and merge; return (kind, merged document)."""
    kind, docs = load_documents(paths)
    if kind == "results":
        return kind, merge_results(docs, paths=[str(p) for p in paths], fail_on=fail_on,
                                   allow_incomplete=allow_incomplete)
    return kind, merge_inventories(docs)
