"""The inventory contract per resource type: one JSON Schema (draft 2020-12) per type.

Each collector ships the schemas of the types it produces beside its code,
``collectors/<source>/schemas/<resource_type>.json``: every field it writes (nested
objects and list items too), its JSON type, whether it may be null, and whether it is
always written (``required``; most fields are optional because a field a collector could
not read is left out and an inventory error names it). ``additionalProperties`` stays
open, so an older scanner reads a newer inventory.

:func:`violations` checks an inventory against them and returns one inventory error per
(resource, top-level field) that breaks its type's schema, so that evaluation can mark
exactly the controls reading that field ``error`` (fail closed) instead of letting a
policy judge a value of the wrong shape. Types without a schema (custom collectors) are
not checked.

``python -m hipaa_scan.scanner.resource_schemas --markdown`` prints the field reference
(docs/resources.md).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from types import MappingProxyType

import jsonschema

from hipaa_scan.scanner.types import Document

COLLECTOR = "schema"
CODE = "SchemaViolation"
OPERATION = "schema"
#: The collector packages that ship schemas (``collectors/<source>/schemas``).
SOURCES = ("aws", "host", "tls", "iac", "db")


# --- loading -----------------------------------------------------------------------------

@functools.cache
def load_schemas() -> Mapping[str, dict]:
    """Every shipped resource schema, by resource type (read once; do not mutate)."""
    out: dict[str, dict] = {}
    base = resources.files("hipaa_scan.collectors")
    for source in SOURCES:
        folder = base.joinpath(source, "schemas")
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".json"):
                continue
            schema = json.loads(entry.read_text(encoding="utf-8"))
            rtype = entry.name[: -len(".json")]
            if schema.get("title") != rtype:
                raise ValueError(f"collectors/{source}/schemas/{entry.name}: title must be {rtype!r}")
            if rtype in out:
                raise ValueError(f"resource type {rtype} has two schemas")
            schema["x-source"] = source
            out[rtype] = schema
    return MappingProxyType(out)


def schema_for(resource_type: str) -> dict | None:
    """The schema of ``resource_type``, or None for a type no built-in collector produces."""
    return load_schemas().get(resource_type)


@functools.cache
def _validator(resource_type: str) -> jsonschema.Draft202012Validator | None:
    schema = schema_for(resource_type)
    return None if schema is None else jsonschema.Draft202012Validator(schema)


def field_schema(resource_type: str, path: str) -> dict | None:
    """The schema of a dotted field path (``encryption.kms_key_id``, ``listeners.port``), or None.

    The path walks ``properties``, goes through arrays' ``items`` without naming an index,
    and accepts any key of a map (an object whose ``additionalProperties`` is a schema,
    such as ``tags``)."""
    node = schema_for(resource_type)
    if node is None:
        return None
    for part in path.split("."):
        while isinstance(node.get("items"), dict) and "properties" not in node:
            node = node["items"]
        props = node.get("properties") or {}
        if part in props:
            node = props[part]
        elif isinstance(node.get("additionalProperties"), dict):
            node = node["additionalProperties"]
        else:
            return None
    return node


# --- a fast pre-check ---------------------------------------------------------------------
# jsonschema takes ~50-100 µs per resource; 100k resources would cost seconds. Each schema
# is compiled once into a plain-Python predicate that is exact for the keywords our schemas
# use and conservative otherwise: True means valid, False means "ask jsonschema", which
# then decides and words the errors. Nearly every resource of a healthy inventory takes the
# fast path only.

_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "x-source", "$comment", "examples", "format"})
_CHECKS: dict[str, Callable[[object], bool]] = {
    "string": lambda v: type(v) is str,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) is int or type(v) is float,
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
    "array": lambda v: type(v) is list,
    "object": lambda v: type(v) is dict,
}


def _never(_v) -> bool:
    return False


def _compile(node, complete: bool = True) -> Callable[[object], bool]:
    """A predicate for ``node``; :func:`_never` for anything it does not understand.
    ``complete`` False leaves ``required`` out (types and nullability only)."""
    if node is True or node == {}:
        return lambda _v: True
    if not isinstance(node, dict) or set(node) - _ANNOTATIONS - {
            "type", "properties", "required", "items", "additionalProperties", "minLength"}:
        return _never
    types = node.get("type")
    if types is None:
        return _never
    types = [types] if isinstance(types, str) else list(types)
    if any(t not in _CHECKS for t in types):
        return _never
    allow_null = "null" in types
    kinds = [t for t in types if t != "null"]
    if len(kinds) != 1:
        return _never if kinds else (lambda v: v is None)
    kind = kinds[0]
    if kind == "object":
        props = {k: _compile(v, complete) for k, v in (node.get("properties") or {}).items()}
        required = tuple(node.get("required") or ()) if complete else ()
        extra = node.get("additionalProperties", True)
        extra_check = None if extra is True else _compile(extra, complete) if isinstance(extra, dict) else _never
        if extra is False:
            return _never

        def check_object(v):
            if type(v) is not dict:
                return allow_null and v is None
            for k in required:
                if k not in v:
                    return False
            for k, x in v.items():
                c = props.get(k)
                if c is not None:
                    if not c(x):
                        return False
                elif extra_check is not None and not extra_check(x):
                    return False
            return True
        return check_object
    if kind == "array":
        item = _compile(node["items"], complete) if "items" in node else (lambda _v: True)

        def check_array(v):
            if type(v) is not list:
                return allow_null and v is None
            for x in v:
                if not item(x):
                    return False
            return True
        return check_array
    if kind == "string" and "minLength" in node:
        n = node["minLength"]
        return lambda v: (type(v) is str and len(v) >= n) or (allow_null and v is None)
    if "minLength" in node:
        return _never
    base = _CHECKS[kind]
    if allow_null:
        return lambda v: v is None or base(v)
    return base


@functools.cache
def _fast(resource_type: str, complete: bool = True) -> Callable[[object], bool]:
    schema = schema_for(resource_type)
    return _never if schema is None else _compile(schema, complete)


# --- violations --------------------------------------------------------------------------

def _json_type(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return type(v).__name__


def _path_text(parts: Iterable) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _describe(err: jsonschema.ValidationError) -> list[tuple[list, str]]:
    """(path, what is wrong) for one jsonschema error."""
    path = list(err.absolute_path)
    if err.validator == "required":
        inst = err.instance if isinstance(err.instance, dict) else {}
        return [(path + [name], "missing (the field is always written)")
                for name in err.validator_value if name not in inst]
    if err.validator == "type":
        expected = err.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        if err.instance is None:
            return [(path, f"null is not allowed (expected {expected})")]
        return [(path, f"{_json_type(err.instance)} is not allowed (expected {expected})")]
    if err.validator == "minLength" and err.instance == "":
        return [(path, "must not be empty")]
    return [(path, err.message)]


def _error(rtype: str, resource: dict | None, rid, field, message: str) -> dict:
    def text(key):
        v = resource.get(key) if isinstance(resource, dict) else None
        return v if isinstance(v, str) else None
    return {"collector": COLLECTOR, "resource_type": rtype, "account": text("account"), "region": text("region"),
            "resource_id": rid, "field": field, "operation": OPERATION, "code": CODE, "message": message}


def _resource_errors(rtype: str, index: int, resource, complete: bool = True) -> list[dict]:
    rid = resource.get("id") if isinstance(resource, dict) else None
    if not isinstance(resource, dict):
        return [_error(rtype, None, None, None,
                       f"resources.{rtype}[{index}]: {_json_type(resource)} is not allowed (expected object)")]
    if not isinstance(rid, str) or not rid:
        what = ("missing" if "id" not in resource else "must not be empty" if rid == ""
                else f"{_json_type(rid)} is not allowed (expected a non-empty string)")
        return [_error(rtype, resource, None, "id", f"resources.{rtype}[{index}].id: {what}")]
    by_field: dict[str | None, list[str]] = {}
    validator = _validator(rtype)
    if validator is None:  # no schema: nothing to check
        return []
    for err in validator.iter_errors(resource):
        if not complete and err.validator == "required":
            continue
        for path, what in _describe(err):
            field = str(path[0]) if path else None
            msg = f"{_path_text(path) or '(resource)'}: {what}"
            msgs = by_field.setdefault(field, [])
            if msg not in msgs:
                msgs.append(msg)
    return [_error(rtype, resource, rid, field, "; ".join(sorted(msgs)))
            for field, msgs in sorted(by_field.items(), key=lambda kv: kv[0] or "")]


def violations(inventory: Document, *, complete: bool = True) -> list[dict]:
    """One inventory error per (resource, top-level field) that violates its type's schema.

    Each error: ``{"collector": "schema", "resource_type", "resource_id", "account",
    "region", "field": <top-level field>, "operation": "schema", "code":
    "SchemaViolation", "message": "<field path>: <what is wrong>"}`` (all violations of one
    top-level field in one message). A resource without a non-empty string ``id`` gets one
    error with ``resource_id`` null and ``field`` "id" whose message names its index.
    Types without a schema are not checked. Never raises on any JSON document.

    ``complete`` (collect side): a field the schema says is always written must be there.
    Evaluation reads with ``complete=False``: only types and nullability count, since a
    missing field is for the policies to deny (and an older or hand-written inventory may
    lack fields a newer collector writes)."""
    res = inventory.get("resources") if isinstance(inventory, dict) else None
    if not isinstance(res, dict):
        return []
    out: list[dict] = []
    for rtype in sorted(k for k in res if isinstance(k, str)):
        items = res[rtype]
        if not isinstance(items, list) or schema_for(rtype) is None:
            continue
        fast = _fast(rtype, complete)
        for i, r in enumerate(items):
            if not fast(r):
                out.extend(_resource_errors(rtype, i, r, complete))
    return out


def _key(err: dict) -> tuple:
    rid = err.get("resource_id")
    return (err.get("collector"), err.get("resource_type"), err.get("account"), err.get("region"), rid,
            err.get("field"), err.get("code"), err.get("message") if rid is None else None)


def unrecorded(errors: Iterable[dict], found: Iterable[dict]) -> list[dict]:
    """The errors of ``found`` not already in ``errors`` (the same schema violation of the
    same resource and field, e.g. recorded when the inventory was written)."""
    seen = {_key(e) for e in errors if isinstance(e, dict)}
    out = []
    for e in found:
        k = _key(e)
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def _example(node: dict, name: str):
    t = node.get("type")
    kind = next((x for x in ([t] if isinstance(t, str) else t or []) if x != "null"), "null")
    if kind == "object":
        props = node.get("properties") or {}
        if not props and isinstance(node.get("additionalProperties"), dict):
            return {"example": _example(node["additionalProperties"], name)}
        return {k: _example(v, k) for k, v in props.items()}
    if kind == "array":
        return [_example(node["items"], name)] if isinstance(node.get("items"), dict) else []
    return {"string": f"example-{name}", "integer": 1, "number": 1.5, "boolean": True, "null": None}[kind]


def example_resource(resource_type: str, n: int = 0) -> dict:
    """A valid resource of the type with every declared field written (tests, benchmarks)."""
    schema = schema_for(resource_type)
    if schema is None:
        raise KeyError(f"no schema for resource type {resource_type!r}")
    res = _example(schema, resource_type)
    res["id"] = f"{resource_type}/{n}"
    return res


# --- the field reference -----------------------------------------------------------------

def _type_text(node: dict) -> tuple[str, bool]:
    t = node.get("type", "any")
    types = [t] if isinstance(t, str) else list(t)
    nullable = "null" in types
    types = [x for x in types if x != "null"] or ["null"]
    kind = " or ".join(types)
    if kind == "array" and isinstance(node.get("items"), dict):
        inner, _ = _type_text(node["items"])
        kind = f"array of {inner}"
    elif kind == "object" and isinstance(node.get("additionalProperties"), dict) and not node.get("properties"):
        inner, inner_null = _type_text(node["additionalProperties"])
        kind = f"map of {inner}{' or null' if inner_null else ''}"
    return kind, nullable


def _rows(node: dict, prefix: str, required: bool, rows: list) -> None:
    kind, nullable = _type_text(node)
    desc = " ".join(str(node.get("description", "")).split()).replace("|", "\\|")
    rows.append((prefix, kind, nullable, required, desc))
    target = node
    value = node.get("additionalProperties")
    if not node.get("properties") and isinstance(value, dict) and (value.get("properties") or value.get("items")):
        target, prefix = value, f"{prefix}.<key>"  # a map whose values are structured: one row per value field
        if isinstance(target.get("items"), dict):
            rows.append((prefix, *_type_text(target), False, " ".join(str(target.get("description", "")).split())))
    if isinstance(target.get("items"), dict) and target["items"].get("properties"):
        target = target["items"]
        prefix += "[]"
    req = set(target.get("required") or ())
    for name, sub in (target.get("properties") or {}).items():
        _rows(sub, f"{prefix}.{name}", name in req, rows)


def markdown() -> str:
    """The per-type field reference (docs/resources.md)."""
    schemas = load_schemas()
    lines = ["# Resource types and their fields", "",
             "Generated from the resource schemas (`collectors/<source>/schemas/<type>.json`) by",
             "`python -m hipaa_scan.scanner.resource_schemas --markdown > docs/resources.md`; do not edit by hand.", "",
             "- **Nullable**: the collector may write `null` for the field.",
             "- **Always**: the collector always writes the field (when its parent is written). Any other",
             "  field may be absent: a field a collector could not read is left out and an inventory error",
             "  names it.",
             "- `a.b` is a field of an object, `a[].b` a field of each item of a list; a map's keys are free",
             "  (e.g. `tags`).",
             "- A value that breaks its schema becomes a `SchemaViolation` inventory error for that resource",
             "  and field, so the controls reading the field are `error`.", ""]
    by_source: dict[str, list[str]] = {}
    for rtype, schema in schemas.items():
        by_source.setdefault(schema.get("x-source", "other"), []).append(rtype)
    lines.append("| Source | Resource types |")
    lines.append("|---|---|")
    for source in SOURCES:
        if source in by_source:
            lines.append(f"| {source} | " + ", ".join(f"[`{t}`](#{t})" for t in by_source[source]) + " |")
    lines.append("")
    for source in SOURCES:
        for rtype in by_source.get(source, []):
            schema = schemas[rtype]
            lines += [f"## {rtype}", "", " ".join(schema.get("description", "").split()), "",
                      f"Schema: `collectors/{source}/schemas/{rtype}.json`", "",
                      "| Field | JSON type | Nullable | Always | Description |", "|---|---|---|---|---|"]
            rows: list = []
            req = set(schema.get("required") or ())
            for name, sub in schema.get("properties", {}).items():
                _rows(sub, name, name in req, rows)
            for field, kind, nullable, always, desc in rows:
                lines.append(f"| `{field}` | {kind} | {'yes' if nullable else ''} | {'yes' if always else ''} "
                             f"| {desc} |")
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hipaa_scan.scanner.resource_schemas", description=__doc__.splitlines()[0])
    ap.add_argument("--markdown", action="store_true", help="print the field reference (docs/resources.md)")
    ap.add_argument("--check", metavar="INVENTORY", help="print the schema violations of an inventory file")
    args = ap.parse_args(argv)
    if args.markdown:
        sys.stdout.write(markdown() + "\n")
        return 0
    if args.check:
        with open(args.check, encoding="utf-8") as fh:
            found = violations(json.load(fh))
        for e in found:
            print(f"{e['resource_type']} {e['resource_id']}: {e['message']}")
        return 1 if found else 0
    ap.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
