"""Baselines: gate only on failures that are new since a known state.

``hipaa-scan baseline create results.json -o baseline.json`` stores a stable fingerprint of
every current failure: sha256 of control id, resource type, resource id, account and region
(nothing that changes between runs: no message, no timestamp, no scan id).
``--baseline baseline.json`` on ``evaluate``/``scan`` turns the failures it lists into
``baseline`` (reported, never gating) and lists the ones fixed since.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from hipaa_scan.scanner import strictjson
from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.types import Document
from hipaa_scan.scanner.yamlfile import YamlDoc, _walk, display, validate_doc

BASELINE_SCHEMA = "hipaa-scan/baseline/v1"
#: statuses a baseline records: current failures (and failures a previous baseline already knew)
BASELINE_STATUSES = ("fail", "baseline")


def fingerprint(control_id: str, resource_type: str, resource_id: str, account: str | None,
                region: str | None) -> str:
    parts = (control_id, resource_type, resource_id, account or "", region or "")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def finding_fingerprint(finding: dict) -> str | None:
    r = finding.get("resource")
    if not r:
        return None
    return fingerprint(finding["control_id"], r.get("type") or "", r.get("id") or "", r.get("account"),
                       r.get("region"))


def create_baseline(results: Document, results_name: str | None = None) -> dict:
    """The baseline document of a results document (deterministic: same results, same bytes)."""
    entries = {}
    for f in results.get("findings", []):
        if f.get("status") not in BASELINE_STATUSES or not f.get("resource"):
            continue
        fp = finding_fingerprint(f)
        r = f["resource"]
        entries[fp] = {"fingerprint": fp, "control_id": f["control_id"], "resource_type": r.get("type") or "",
                       "resource_id": r.get("id") or "", "account": r.get("account"), "region": r.get("region"),
                       "severity": f["severity"], "message": f.get("message", "")}
    scan = results.get("scan", {})
    return {
        "schema": BASELINE_SCHEMA,
        "created_at": scan.get("finished_at"),
        "created_from": {"scan_id": scan.get("id"), "policy_set_sha256": scan.get("policy_set_sha256"),
                         "results": results_name},
        "entries": sorted(entries.values(), key=lambda e: (e["control_id"], e["resource_type"], e["resource_id"],
                                                          e["account"] or "", e["region"] or "")),
    }


@dataclass(frozen=True)
class Baseline:
    file: str
    entries: tuple[dict, ...]

    @property
    def fingerprints(self) -> frozenset[str]:
        return frozenset(e["fingerprint"] for e in self.entries)


def load_baseline(path: Path) -> Baseline:
    """Read and validate a baseline file; errors name file:line:col (exit 2)."""
    path = Path(path)
    name = display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("baseline file not found", name) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read baseline file: {exc}", name) from None
    data = strictjson.loads(text, name)
    doc = YamlDoc(path, data)
    _mark_json(text, doc)
    if not isinstance(data, dict):
        raise InputError("a baseline is a JSON object (create one with 'hipaa-scan baseline create')", f"{name}:1:1")
    if data.get("schema") != BASELINE_SCHEMA:
        raise doc.error(("schema",), f"not a hipaa-scan baseline (expected schema {BASELINE_SCHEMA!r})")
    validate_doc(doc, "baseline")
    for i, e in enumerate(data["entries"]):
        fp = fingerprint(e["control_id"], e["resource_type"], e["resource_id"], e.get("account"), e.get("region"))
        if fp != e["fingerprint"]:
            raise doc.error(("entries", i, "fingerprint"),
                            "fingerprint does not match control_id/resource_type/resource_id/account/region")
    return Baseline(name, tuple(data["entries"]))


def _mark_json(text: str, doc: YamlDoc) -> None:
    """Record node marks of a JSON document (JSON is YAML's flow style) for error positions."""
    import yaml

    from hipaa_scan.scanner.yamlfile import MarkedLoader

    loader = MarkedLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _walk(node, (), doc)
    except (yaml.YAMLError, InputError):
        pass  # positions are a convenience here; json.loads already proved the syntax
    finally:
        loader.dispose()


def apply_baseline(results: Document, baseline: Baseline) -> dict:
    """Return a copy of ``results`` with known failures marked ``baseline`` and a ``baseline`` section."""
    doc = dict(results)
    doc["findings"] = [dict(f) for f in results["findings"]]  # the input document is not modified
    known_fps = baseline.fingerprints
    now: dict[str, str] = {}
    for f in doc["findings"]:
        fp = finding_fingerprint(f)
        if fp is None:
            continue
        if f["status"] == "fail" and fp in known_fps:
            f["status"] = "baseline"
            f["baseline"] = {"fingerprint": fp, "file": baseline.file}
        now[fp] = f["status"]
    fixed, unverified = [], []
    for e in baseline.entries:
        status = now.get(e["fingerprint"])
        row = {k: e.get(k) for k in ("fingerprint", "control_id", "resource_type", "resource_id", "account", "region")}
        if status is None or status in ("pass", "not_applicable"):
            fixed.append(dict(row, now=status or "absent"))
        elif status == "error":
            unverified.append(dict(row, now=status))
    doc["baseline"] = {
        "file": baseline.file,
        "entries": len(baseline.entries),
        "new": sum(1 for f in doc["findings"] if f["status"] == "fail"),
        "known": sum(1 for f in doc["findings"] if f["status"] == "baseline"),
        "fixed": fixed,
        "unverified": unverified,
    }
    return doc
