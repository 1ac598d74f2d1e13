"""YAML governance files loaded with their marks, validated against a shipped JSON Schema.

Every error about a YAML file (config, waivers, attestations) names ``file:line:col``:
the loader keeps the start mark of every mapping key and value, and a JSON Schema error
path is mapped back to the mark of the node it is about. Dates stay strings (the
timestamp resolver is off), so ``expires: 2027-01-31`` is validated and parsed here, with
its own mark, instead of turning into a ``datetime.date`` the schema cannot check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.inventory import load_schema


class MarkedLoader(yaml.SafeLoader):
    """SafeLoader without the YAML 1.1 timestamp resolver (dates stay strings)."""


MarkedLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


#: a governance file is small; a larger expansion is an alias bomb, refused before validation
MAX_NODES = 200_000


def _pos(mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


@dataclass
class YamlDoc:
    """A loaded YAML document and the marks of its nodes, by path (keys and list indexes)."""

    path: Path
    data: Any
    marks: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return display(self.path)

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def where(self, path: tuple | list = (), key: bool = False) -> str:
        """``file:line:col`` of the node at ``path`` (its key when ``key``), or its nearest parent."""
        p = tuple(path)
        while True:
            table = self.key_marks if key and p in self.key_marks else self.marks
            if p in table:
                line, col = table[p]
                return f"{self.name}:{line}:{col}"
            if not p:
                return f"{self.name}:1:1"
            p = p[:-1]
            key = False

    def error(self, path: tuple | list, message: str, key: bool = False) -> InputError:
        return InputError(f"{dotted(path)}: {message}" if path else message, self.where(path, key))


def display(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def dotted(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _walk(node, path: tuple, doc: YamlDoc, stack: frozenset = frozenset()) -> None:
    doc.marks[path] = _pos(node.start_mark)
    if len(doc.marks) > MAX_NODES:
        raise InputError(f"more than {MAX_NODES} YAML nodes (aliases expanding without bound?)", doc.where(path))
    if id(node) in stack:  # a recursive alias (&a [*a]): its marks are already recorded
        return
    stack = stack | {id(node)}
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in seen:
                line, col = _pos(key_node.start_mark)
                raise InputError(f"{dotted(path + (key,))}: duplicate key (first at line {seen[key][0]})",
                                 f"{doc.name}:{line}:{col}")
            seen[key] = _pos(key_node.start_mark)
            doc.key_marks[path + (key,)] = seen[key]
            _walk(value_node, path + (key,), doc, stack)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), doc, stack)


def load_yaml(path: Path, what: str) -> YamlDoc:
    """Read a YAML file; a syntax error, a missing file or a non-mapping names file:line:col."""
    path = Path(path)
    name = display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{what} file not found", name) from None
    except UnicodeDecodeError:
        raise InputError(f"{what} file is not UTF-8 text", name) from None
    except OSError as exc:
        raise InputError(f"cannot read {what} file: {exc.strerror}", name) from None
    loader = MarkedLoader(text)
    try:
        node = loader.get_single_node()
        doc = YamlDoc(path, None)
        if node is None:
            return doc
        doc.data = loader.construct_document(node)
        _walk(node, (), doc)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        problem = exc.problem or exc.context or "invalid YAML"
        raise InputError(f"invalid YAML: {problem}", where) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {str(exc).splitlines()[0]}", name) from None
    finally:
        loader.dispose()
    return doc


def _error_key(doc: YamlDoc, err: jsonschema.ValidationError):
    line, col = doc.marks.get(tuple(err.absolute_path), (0, 0))
    return (line, col, -len(err.absolute_path))


_KIND = {"object": "a mapping", "array": "a list", "string": "a string", "integer": "an integer",
         "number": "a number", "boolean": "true or false", "null": "nothing (null)"}


def _kind_of(value: object) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"the string {str(value)[:40]!r}" + ("…" if len(str(value)) > 40 else "")


def _describe(doc: YamlDoc, err: jsonschema.ValidationError) -> InputError:
    path = tuple(err.absolute_path)
    if err.validator in ("anyOf", "oneOf") and isinstance(err.schema, dict) and err.schema.get("description"):
        return doc.error(path, f"{err.instance!r} is not valid: {err.schema['description']}")
    if err.validator in ("anyOf", "oneOf") and err.context:
        # Point at the most specific alternative's complaint.
        inner = jsonschema.exceptions.best_match(err.context)
        if inner is not None and inner.validator not in ("anyOf", "oneOf"):
            err = inner
            path = path + tuple(inner.path)
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        allowed = set(err.schema.get("properties", {}))
        patterns = list(err.schema.get("patternProperties", {}))
        extra = sorted(k for k in err.instance if k not in allowed and not any(re.search(p, k) for p in patterns))
        if extra:
            known = ", ".join(sorted(allowed))
            return doc.error(path + (extra[0],), f"unknown key (expected one of: {known})", key=True)
    if err.validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return doc.error(path, f"missing required key '{missing}'")
    if err.validator == "type":  # name the kinds, never dump the value (a whole file for the top level)
        expected = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        wanted = " or ".join(_KIND.get(str(x), str(x)) for x in expected if x != "null") or "null"
        hint = err.schema.get("x-hint") if isinstance(err.schema, dict) else None
        where = "the file holds" if not path else "the value is"
        return doc.error(path, f"{where} {_kind_of(err.instance)}; expected {wanted}" + (f" ({hint})" if hint else ""))
    description = err.schema.get("description") if isinstance(err.schema, dict) else None
    message = err.message
    if err.validator == "pattern" and description:
        message = f"{err.instance!r} is not valid: {description}"
    elif err.validator in ("type", "enum", "const", "format", "minLength", "minItems", "minimum", "maximum"):
        message = err.message
    return doc.error(path, message)


def validate_doc(doc: YamlDoc, schema_name: str) -> None:
    """Validate against ``scanner/schemas/<schema_name>.schema.json``; raise on the first error in file order."""
    validator = jsonschema.Draft202012Validator(load_schema(schema_name),
                                                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(doc.data), key=lambda e: _error_key(doc, e))
    if errors:
        raise _describe(doc, errors[0])


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(doc: YamlDoc, path: tuple, value) -> date:
    """A ``YYYY-MM-DD`` string → date, or an error at its mark."""
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise doc.error(path, f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise doc.error(path, f"{value!r} is not a valid date ({exc})") from None


def compose_file(path: Path) -> yaml.Node | None:
    """Read a YAML file into its node tree (marks kept), for loaders that walk nodes.

    A missing or unreadable file, or a syntax error, raises :class:`InputError` naming
    the file (and line). ``None`` for an empty document.
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("file not found", where) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", where) from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"invalid YAML: {problem}", f"{where}:{mark.line + 1 if mark else 1}") from None
