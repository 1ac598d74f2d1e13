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
import pickle
import uuid
from pathlib import Path
from typing import Any

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.evaluate import RESULTS_SCHEMA, finalize
from hipaa_scan.scanner.inventory import INVENTORY_SCHEMA, member_text, read_json, row_text, validate
from hipaa_scan.scanner.outputs import check_file, staged_file

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
    merged_scan = _merged_scan([d["scan"] for d in docs], paths)
    out: dict[str, Any] = {"schema": RESULTS_SCHEMA, "scan": merged_scan}
    # Keys the inputs carry beyond the core (e.g. governance sections) come from the first input.
    for k, v in docs[0].items():
        if k not in ("schema", "scan", "controls", "findings", "errors", "summary", "coverage", "gate"):
            out[k] = v
    out.update(controls=list(controls.values()), findings=findings,
               errors=sorted(_unique([e for d in docs for e in d.get("errors", [])]), key=_canon))
    finalize(out, fail_on, allow_incomplete)
    return out


def _merged_scan(scans: list[dict], sources: list[str]) -> dict:
    """The merged document's ``scan``: a stable id from the shards' ids, the earliest start and
    collection, the latest finish, the shards' targets once, and ``merged_from``."""

    def pick(name: str, fn: Any) -> Any:
        values = [t.get(name) for t in scans if t.get(name)]
        return fn(values) if values else None

    first = scans[0]
    inventories = sorted(t.get("inventory_sha256", "") for t in scans)
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "hipaa-scan:merge:" + ",".join(sorted(t["id"] for t in scans)))),
        "started_at": pick("started_at", min),
        "finished_at": pick("finished_at", max),
        "collected_at": pick("collected_at", min),
        "scanner_version": first["scanner_version"],
        "engine": first["engine"],
        "policy_set_sha256": first["policy_set_sha256"],
        "inventory_sha256": hashlib.sha256(",".join(inventories).encode()).hexdigest(),
        "targets": _unique([t for s in scans for t in s.get("targets", [])]),
        "merged_from": [{"scan_id": t["id"], "inventory_sha256": t.get("inventory_sha256"), "source": src}
                        for t, src in zip(scans, sources, strict=True)],
    }


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


# ----------------------------------------------------------------------------- streaming merge
_STATUSES = frozenset(("pass", "fail", "error", "waived", "baseline", "not_applicable", "manual", "attested"))
_SEVERITY_SET = frozenset(("critical", "high", "medium", "low"))


def _finding_ok(f: Any) -> bool:
    """A fast check equivalent to the results schema's ``$defs/finding`` (the common, valid case);
    a finding it refuses is checked again by jsonschema for the exact message."""
    if not isinstance(f, dict):
        return False
    r = f.get("resource", False)
    return (isinstance(f.get("control_id"), str) and isinstance(f.get("title"), str)
            and f.get("status") in _STATUSES and f.get("severity") in _SEVERITY_SET
            and isinstance(f.get("hipaa"), list) and len(f["hipaa"]) >= 1 and all(isinstance(h, str) for h in f["hipaa"])
            and isinstance(f.get("message"), str) and isinstance(f.get("evidence"), dict)
            and (r is None or (isinstance(r, dict) and isinstance(r.get("type"), str) and isinstance(r.get("id"), str)
                               and isinstance(r.get("name", ""), str)))
            and ("waiver" not in f or f["waiver"] is None or isinstance(f["waiver"], dict)))


def _load_results(path: Path, first: str) -> dict:
    doc, _ = read_json(path)
    if not isinstance(doc, dict):
        raise InputError("not a JSON object", str(path))
    schema = doc.get("schema")
    if schema == INVENTORY_SCHEMA or (schema is None and "resources" in doc):
        raise InputError(f"cannot merge a results document ({first}) with a inventory document; merge one kind "
                         "at a time", str(path))
    if schema != RESULTS_SCHEMA and not (schema is None and "findings" in doc):
        raise InputError(f"schema {schema!r} is not {RESULTS_SCHEMA!r}; documents of different schema versions "
                         "cannot be merged", str(path))
    findings = doc.get("findings")
    # The envelope by the schema; the findings by a fast check (jsonschema words the first bad one).
    validate({**doc, "findings": []}, "results", str(path))
    if not isinstance(findings, list) or not all(_finding_ok(f) for f in findings):
        validate(doc, "results", str(path))
    return doc


def merge_results_stream(paths: list[Path], output: Path, *, fail_on: str | None = None,
                         allow_incomplete: bool | None = None) -> dict:
    """:func:`merge_results`, with memory bounded by the largest control rather than the whole
    organisation: each shard is read once and its findings are spilled to one file per control;
    then control by control the findings are de-duplicated, sorted, counted (:class:`Tally`) and
    written to ``output``. Returns the merged document without its findings (``summary`` and
    ``gate`` included). The output is the same JSON document as :func:`merge_results` gives (one
    finding per line; ``controls`` after the findings, as their statuses need every finding)."""
    import tempfile

    from hipaa_scan.scanner.evaluate import Tally

    if not paths:
        raise InputError("give the documents to merge", "merge")
    names = [str(p) for p in paths]
    first: dict | None = None
    fail_ons: set[str] = set()
    allow_all = True
    scans: list[dict] = []
    controls: dict[str, dict] = {}
    errors: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="hipaa-scan-merge-") as tmp:
        spill: dict[str, Any] = {}
        try:
            for path, name in zip(paths, names, strict=True):
                doc = _load_results(Path(path), names[0])
                scan = doc["scan"]
                if first is None:
                    first = scan
                    extras = {k: v for k, v in doc.items()
                              if k not in ("schema", "scan", "controls", "findings", "errors", "summary", "coverage",
                                           "gate")}
                elif scan["policy_set_sha256"] != first["policy_set_sha256"]:
                    raise InputError(f"policy set sha256 {scan['policy_set_sha256'][:12]}… differs from "
                                     f"{first['policy_set_sha256'][:12]}… of {names[0]}; re-run the shards with the "
                                     "same policies", name)
                fail_ons.add(doc["gate"]["fail_on"])
                allow_all = allow_all and bool(doc["gate"].get("allow_incomplete", False))
                scans.append({"scan": scan, "source": name})
                for c in doc["controls"]:
                    controls.setdefault(c["id"], dict(c))
                for e in doc.get("errors", []):
                    errors.setdefault(_canon(e), e)
                by_control: dict[str, list] = {}
                for f in doc["findings"]:
                    by_control.setdefault(f["control_id"], []).append(f)
                for cid, batch in by_control.items():  # one pickle per (shard, control): C speed
                    if cid not in spill:
                        spill[cid] = open(Path(tmp) / f"{len(spill)}.bin", "w+b")
                    pickle.dump(batch, spill[cid], protocol=pickle.HIGHEST_PROTOCOL)
                del doc, by_control
            if fail_on is None:
                if len(fail_ons) > 1:
                    raise InputError(f"the shards were gated with different --fail-on ({', '.join(sorted(fail_ons))}); "
                                     "give --fail-on", "merge")
                fail_on = fail_ons.pop()
            if allow_incomplete is None:
                allow_incomplete = allow_all
            assert first is not None
            merged_scan = _merged_scan([s["scan"] for s in scans], [s["source"] for s in scans])
            out: dict[str, Any] = {"schema": RESULTS_SCHEMA, "scan": merged_scan, **extras}
            out["errors"] = sorted(errors.values(), key=_canon)
            out["controls"] = list(controls.values())
            tally = Tally()
            with staged_file(Path(output), "--output") as part, open(part, "w", encoding="utf-8") as fh:
                fh.write("{\n")
                for key in ("schema", "scan", *extras):
                    fh.write(f"  {json.dumps(key)}: {member_text(out[key])},\n")
                fh.write('  "findings": [')
                sep = "\n"
                for cid in sorted(spill):
                    handle = spill[cid]
                    handle.seek(0)
                    best: dict[tuple, dict] = {}
                    for f in _batches(handle):
                        fkey = _finding_key(f)
                        if fkey not in best or _rank(f["status"]) < _rank(best[fkey]["status"]):
                            best[fkey] = f
                    real = any(f.get("resource") is not None for f in best.values())
                    for f in sorted((f for f in best.values() if f.get("resource") is not None or not real),
                                    key=_sort_key):
                        tally.add(f)
                        fh.write(sep + "    " + row_text(f))
                        sep = ",\n"
                fh.write("\n  ],\n" if sep != "\n" else "],\n")
                finalize(out, fail_on, allow_incomplete, tally=tally)
                tail = ("errors", "controls", "summary", "coverage", "gate")
                fh.write(",\n".join(f"  {json.dumps(k)}: {member_text(out[k])}" for k in tail) + "\n}\n")
        finally:
            for handle in spill.values():
                handle.close()
    return out


def _batches(handle: Any) -> Any:
    """Every finding of the batches pickled to a spill file (written by this process only)."""
    while True:
        try:
            batch = pickle.load(handle)
        except EOFError:
            return
        yield from batch


def merge_to(paths: list[Path], output: Path, *, fail_on: str | None = None,
             allow_incomplete: bool | None = None) -> tuple[str, dict]:
    """Merge the documents into ``output``; return (kind, the merged document — without its
    findings for results, which are streamed to the file: memory stays bounded per control)."""
    from hipaa_scan.scanner.inventory import write_json

    if not paths:
        raise InputError("give the documents to merge", "merge")
    check_file(Path(output), "--output")  # before reading any shard
    first, _ = read_json(paths[0])
    schema = first.get("schema") if isinstance(first, dict) else None
    is_inventory = schema == INVENTORY_SCHEMA or (schema is None and isinstance(first, dict) and "resources" in first)
    del first
    if is_inventory:
        kind, doc = merge_files(paths)
        write_json(doc, output, "--output")
        return kind, doc
    return "results", merge_results_stream(paths, output, fail_on=fail_on, allow_incomplete=allow_incomplete)
