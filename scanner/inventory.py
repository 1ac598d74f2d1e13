"""The inventory document: build it (collectors), load and validate it (evaluate).

Collectors add resources and errors through :class:`InventoryBuilder`, which is
thread-safe because AWS regions and hosts are collected concurrently.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from hipaa_scan.scanner import __version__, strictjson
from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.types import Document, Inventory

INVENTORY_SCHEMA = "hipaa-scan/inventory/v1"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def isoformat(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@functools.cache
def load_schema(name: str) -> dict:
    return json.loads(resources.files("hipaa_scan.scanner").joinpath("schemas", f"{name}.schema.json").read_text())


def json_pointer(path) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def validate(document: Mapping[str, Any], schema_name: str, where: str) -> None:
    """Validate against a shipped schema; the error names the path inside the document."""
    validator = jsonschema.Draft202012Validator(load_schema(schema_name))
    errors = sorted(validator.iter_errors(document), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        err = errors[0]
        raise InputError(f"{json_pointer(err.absolute_path)}: {err.message} (schema {schema_name})", where)


def _resource_ok(r) -> bool:
    """A fast check equivalent to the schema's ``$defs/resource`` (the common, valid case)."""
    if not isinstance(r, dict) or not isinstance(r.get("id"), str) or not r["id"] or not isinstance(r.get("name"), str):
        return False
    for k in ("account", "region"):
        if k in r and r[k] is not None and not isinstance(r[k], str):
            return False
    tags = r.get("tags")
    if tags is not None and not (isinstance(tags, dict) and all(isinstance(v, str) for v in tags.values())):
        return False
    return "tags" not in r or tags is not None


def validate_inventory(doc: Document, where: str) -> None:
    """Validate an inventory against its schema, fast for large inventories.

    The envelope is validated with jsonschema; each resource is checked with a fast
    equivalent of ``$defs/resource`` and, only when that check fails, validated with
    jsonschema to report the exact schema error and its path.
    """
    res = doc.get("resources")
    if not isinstance(res, dict) or not all(isinstance(v, list) for v in res.values()):
        validate(doc, "inventory", where)
        return
    validate(dict(doc, resources={k: [] for k in res}), "inventory", where)
    schema = load_schema("inventory")
    item = jsonschema.Draft202012Validator({**schema["$defs"]["resource"], "$defs": schema["$defs"]})
    for rtype, items in res.items():
        for i, r in enumerate(items):
            if _resource_ok(r):
                continue
            errs = sorted(item.iter_errors(r), key=lambda e: len(e.absolute_path))
            if errs:
                path = ["resources", rtype, i, *errs[0].absolute_path]
                raise InputError(f"{json_pointer(path)}: {errs[0].message} (schema inventory)", where)


def read_json(path: Path) -> tuple[Any, bytes]:
    """Read a JSON file strictly (:mod:`scanner.strictjson`: no duplicate keys, NaN, lone
    surrogates, huge integers or deep nesting); an error names the file, line, column and path."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a JSON file", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(path)) from None
    doc = strictjson.loads(raw, str(path))
    if not isinstance(doc, dict):
        raise InputError("expected a JSON object at the top level", f"{path}:1:1")
    return doc, raw


def load_inventory(path: Path) -> tuple[Inventory, str]:
    """Return the validated inventory and the sha256 of its bytes."""
    doc, raw = read_json(path)
    if doc.get("schema") != INVENTORY_SCHEMA and "resources" not in doc:
        raise InputError(f"not a hipaa-scan inventory (expected schema {INVENTORY_SCHEMA!r})", str(path))
    validate_inventory(doc, str(path))
    return doc, hashlib.sha256(raw).hexdigest()


def _sort_key(resource) -> tuple:
    """Resources by id; one without a string id (a collector bug, reported) sorts last, never crashes."""
    rid = resource.get("id") if isinstance(resource, dict) else None
    return (0, rid) if isinstance(rid, str) else (1, json.dumps(resource, sort_keys=True, default=str))


class InventoryBuilder:
    """Collects resources and errors from one or many collectors (thread-safe)."""

    def __init__(self, collected_at: datetime | None = None):
        self._lock = threading.Lock()
        self.collected_at = collected_at or utcnow()
        self.sources: list[dict] = []
        self.resources: dict[str, list[dict]] = {}
        self.errors: list[dict] = []

    def add_source(self, source: dict) -> None:
        with self._lock:
            self.sources.append(source)

    def add(self, resource_type: str, resource: dict) -> None:
        with self._lock:
            self.resources.setdefault(resource_type, []).append(resource)

    def error(
        self,
        collector: str,
        resource_type: str,
        code: str,
        message: str,
        *,
        account: str | None = None,
        region: str | None = None,
        resource_id: str | None = None,
        field: str | None = None,
        operation: str | None = None,
    ) -> None:
        err = {"collector": collector, "resource_type": resource_type, "account": account, "region": region,
               "resource_id": resource_id, "field": field, "operation": operation, "code": code,
               "message": " ".join(str(message).split())}
        with self._lock:
            self.errors.append(err)

    def merge(self, other: dict) -> None:
        """Add another inventory document's sources, resources and errors."""
        with self._lock:
            self.sources.extend(other.get("sources", []))
            for rtype, items in other.get("resources", {}).items():
                self.resources.setdefault(rtype, []).extend(items)
            self.errors.extend(other.get("errors", []))

    def _sorted_resources(self) -> dict[str, list[dict]]:
        with self._lock:
            return {t: sorted(items, key=_sort_key) for t, items in sorted(self.resources.items())}

    def check_schemas(self, resources_: dict[str, list] | None = None) -> list[dict]:
        """Record every resource's violations of its type's schema as inventory errors.

        A collector bug (a wrong type, a null where none is allowed, a missing id) becomes an
        error on exactly that resource and field, so its controls are ``error`` (fail closed),
        never a crash and never a judgement on a malformed value. A violation already
        recorded is not recorded again. Returns the errors added."""
        from hipaa_scan.scanner import resource_schemas

        if resources_ is None:
            resources_ = self._sorted_resources()
        try:
            found = resource_schemas.violations({"resources": resources_})
        except Exception as exc:
            found = [{"collector": resource_schemas.COLLECTOR, "resource_type": t, "account": None, "region": None,
                      "resource_id": None, "field": None, "operation": resource_schemas.OPERATION,
                      "code": "SchemaCheckFailed", "message": f"the resources could not be checked: {exc!r}"}
                     for t in sorted(resources_)]
        with self._lock:
            added = resource_schemas.unrecorded(self.errors, found)
            self.errors.extend(added)
        return added

    def document(self) -> Inventory:
        """The inventory, in a deterministic order (sorted types, ids and errors), its
        resources checked against their types' schemas (:meth:`check_schemas`)."""
        resources_ = self._sorted_resources()
        self.check_schemas(resources_)
        with self._lock:
            errors: list[Any] = sorted(self.errors, key=lambda e: json.dumps(e, sort_keys=True))
            return {
                "schema": INVENTORY_SCHEMA,
                "collected_at": isoformat(self.collected_at),
                "scanner_version": __version__,
                "sources": list(self.sources),
                "resources": resources_,
                "errors": errors,
            }


def _row_encoder() -> Any:
    """json's C encoder, made once (json.dumps builds a new one for every call, which costs
    more than encoding a small object); json.dumps where the C accelerator is missing."""
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:
        return lambda item: json.dumps(item, ensure_ascii=False, allow_nan=False)
    # allow_nan=False: NaN and Infinity are not JSON; writing one raises instead of emitting it
    c = make(None, json.JSONEncoder().default, encoder.encode_basestring, None, ": ", ", ", False, False, False)
    return lambda item: "".join(c(item, 0))


_encode = _row_encoder()


def _rows(items: list, indent: str) -> str:
    """A list of objects, one compact object per line (json's C encoder: a big inventory or
    results document is written several times faster than with ``indent``)."""
    inner = indent + "  "
    return "[\n" + ",\n".join(inner + _encode(item) for item in items) + "\n" + indent + "]"


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def document_text(document: Mapping[str, Any]) -> str:
    """The JSON text hipaa-scan writes: the top level and small values indented (json
    ``indent=2``), every list of objects (findings, resources of a type, controls, coverage) one
    object per line. Deterministic; field order as in the document."""
    parts = [f"  {json.dumps(key, ensure_ascii=False)}: {member_text(value)}" for key, value in document.items()]
    return "{\n" + ",\n".join(parts) + "\n}\n" if parts else "{}\n"


def member_text(value: Any) -> str:
    """One top-level member's value as :func:`document_text` writes it."""
    if _is_rows(value):
        return _rows(value, "  ")
    if isinstance(value, dict) and value and all(_is_rows(v) or v == [] for v in value.values()):
        return "{\n" + ",\n".join(f"    {json.dumps(k, ensure_ascii=False)}: " + (_rows(v, "    ") if v else "[]")
                                   for k, v in value.items()) + "\n  }"
    return json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False).replace("\n", "\n  ")


def row_text(item: Any) -> str:
    """One object of a list as :func:`document_text` writes it (compact, one line)."""
    return _encode(item)


def write_json(document: Mapping[str, Any], path: Path, flag: str | None = None) -> bytes:
    """Write JSON deterministically (sorted keys off: contracts keep their field order), through a
    hidden sibling renamed into place (scanner/outputs.py); ``flag`` names the option in errors."""
    from hipaa_scan.scanner.outputs import write_file

    try:
        data = document_text(document).encode("utf-8")
    except ValueError as exc:  # NaN or Infinity: not JSON, never written
        raise InputError(f"refusing to write a value JSON cannot hold ({exc})", str(path)) from None
    write_file(Path(path), data, flag)
    return data
