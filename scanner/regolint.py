"""``hipaa-scan policy lint``: the Rego style that means the same on regorus and on OPA.

The linter reads the parsed module (regorus's AST, through :meth:`EmbeddedEngine.ast_json`),
not the text, and checks the policy and library modules (never ``*_test.rego``). Every rule
below was checked on both engines (regorus and OPA v1.20's Go engine) with small modules
before it was enforced; where a form turned out to be safe on both, it is allowed.

R1  No reference inside ``not``. OPA's compiler hoists references (and calls) out of a
    negated expression: ``not r.x.y <= 20`` becomes ``__l = r.x.y; not __l <= 20``, which is
    undefined when ``r.x.y`` is missing, so the rule never fires and a missing field passes,
    while regorus fires (open-policy-agent/opa#1877, #4743, #8387). Safe on both engines, and
    allowed: a bare reference (``not r.enabled``), ``not <a> == <b>`` (or ``=``), whose
    operands stay in place when they are variables, literals or references whose indexes are
    variables or literals (``not r.x == true``, ``not r.a == r.b``; any other operand is
    judged as below), and a call whose arguments are all variables or literals
    (``not _ok(r)``, ``not _watched(h, "/x")``, ``not startswith(x, "a")``).
    Found unsafe and reported: ``!=`` (``not r.x != 5`` is hoisted, unlike ``==``), ``in``,
    ordering comparisons, arithmetic, a reference or composite holding a reference as a call
    argument (``not _ok(r.x)``, ``not is_array(r.x)``, ``not _ok(r, [r.x])``), a reference
    used as an index (``not data.m[r.x]``), a reference rooted at a call
    (``not _bucket(t).enabled``), and a helper call nested as an operand
    (``not _f(r) == 5``). Builtin calls nested with variable/literal arguments are fine.
    Not reported, because the hoisted value is always defined: a reference the same body
    already evaluated in a positive statement (``is_number(r.x)`` or ``x := r.x`` earlier),
    ``<v>.id`` of a resource ``v`` iterated from ``input.resources.<type>`` (the inventory
    schema guarantees a string id), and references rooted at ``data``, an import alias, a
    rule of the module or a variable holding a literal (the policy's own constants).
R2  The head of a multi-value rule (``deny``, ``not_applicable`` and every helper partial set
    or object) may reference only ``<var>.id``, body variables,
    literals and calls; any other reference (``r.name``, ``r.config.x``), also inside call
    arguments (``sprintf(.., [r.name])``, ``res.text(r.x)``), is reported: regorus raises or
    drops other resources' entries when a head formats a missing field. Not reported: a
    reference the body already evaluated in a positive statement (``is_string(i.public_ip)``
    in the body makes ``i.public_ip`` safe in the head; checked on both engines), and a
    lookup in the policy's own constants (rooted at ``data``, an import alias or a rule).
R3  An ordering comparison (``<``, ``<=``, ``>``, ``>=``) with a reference operand (or a
    variable assigned straight from one) needs ``is_number(<same ref>)`` earlier in the body
    or an enclosing body (``is_string`` also counts when the other operand is not a number):
    null and booleans order below every number, so ``r.days <= 90`` holds for null.
R4  ``some x in <ref>`` / ``some k, v in <ref>`` (also in comprehensions) needs
    ``is_array``, ``is_object`` or ``is_set`` of the same reference earlier: regorus raises
    on iteration over a scalar or null (OPA yields nothing). ``input.resources.<type>`` is
    exempt (the inventory schema guarantees lists). Narrowed: ``every x in <ref>`` is not
    checked, since both engines evaluate ``every`` over a scalar, null or missing value to
    false without an error; iteration over a call's result is not checked either.
R5  A string builtin (lower, upper, contains, startswith, endswith, split, trim*, replace,
    indexof, substring, regex.match, strings.*) given a reference needs ``is_string`` of it
    earlier (``strings.any_prefix_match``/``any_suffix_match`` also accept
    is_array/is_set); ``count(<ref>)`` needs is_array/is_object/is_set/is_string;
    ``concat(_, <ref>)`` is_array/is_set. sprintf's arguments are not checked.

A guard is a positive statement earlier in the same body or an enclosing one:
``is_<type>(<ref>)``, ``type_name(<ref>) == "<type>"`` or ``<ref> == <literal>``. References
are compared after resolving variables assigned straight from a reference (``x := r.a``),
and ``x["a"]`` equals ``x.a``. R3-R5 ignore references rooted at ``data``, an import alias,
a rule of the module, or a variable assigned a literal or comprehension.

Helpers are followed, in the module and in the modules linted with it plus the built-in
``lib/`` (``lib.f(..)`` through an import, or ``data.<pkg>.f(..)``), so that the style's own
idiom lints clean:
- a call of a helper guards what every body of that helper guards of its parameters
  (``_list(r)`` with ``_list(r) if is_array(r.list)`` guards ``r.list``; a ``default`` or an
  unguarded alternative body voids it);
- ``some x in _f(..)`` / ``some x in _rule``, where each definition is an array or set
  comprehension, gives ``x`` what the comprehension body guarded of its term;
- a private helper (``_name``) starts with what all of the module's call sites know of its
  arguments (a caller's ``is_array(b.list)`` reaches ``_perms(b) := [.. | some p in b.list]``),
  within its own module only;
- ``l := object.get(o, <"f" or ["a", "b"] or a parameter>, <literal default>)`` then
  ``is_T(l)`` guards ``o.f`` / ``o.a.b`` when the default is not a T, so
  ``lib.string_list(h, ["ssh", "ciphers"])`` guards ``h.ssh.ciphers``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hipaa_scan.scanner.engine import EmbeddedEngine
from hipaa_scan.scanner.errors import PolicyError
from hipaa_scan.scanner.policies import read_source

RULES = {
    "R1": "reference inside `not` (OPA hoists it: a missing field passes)",
    "R2": "deny/not_applicable head formats a field that may be missing",
    "R3": "ordering comparison without an is_number guard",
    "R4": "iteration over a reference without an is_array/is_object/is_set guard",
    "R5": "string builtin or count() without a type guard",
}

_SCALARS = {"String", "RawString", "Number", "Bool", "Null"}
_COMPOSITES = {"Array", "Set", "Object"}
_COMPRS = {"ArrayCompr", "SetCompr", "ObjectCompr"}
_REFS = {"RefDot", "RefBrack"}
_ORDER_OPS = {"Lt": "<", "Le": "<=", "Gt": ">", "Ge": ">="}
_TYPE_GUARDS = {"is_number": "number", "is_string": "string", "is_boolean": "boolean", "is_array": "array",
                "is_object": "object", "is_set": "set", "is_null": "null"}
_LITERAL_TYPE = {"String": "string", "RawString": "string", "Number": "number", "Bool": "boolean", "Null": "null"}
_IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_IDENT_RE_PREFIX = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*")
_INDEX_VAR_RE = re.compile(r"\[([A-Za-z_][A-Za-z0-9_]*)\]")
_COLLECTION = frozenset({"array", "object", "set"})
_STR = frozenset({"string"})
_STR_OR_LIST = frozenset({"string", "array", "set"})
# builtin -> {argument position: types that make it safe}; a position not listed is not checked.
_TYPED_ARGS: dict[str, dict[int, frozenset[str]]] = {
    **{f: {0: _STR} for f in ("lower", "upper", "split", "trim", "trim_left", "trim_right", "trim_prefix",
                               "trim_suffix", "trim_space", "replace", "indexof", "substring",
                               "strings.reverse", "strings.count")},
    **{f: {0: _STR, 1: _STR} for f in ("contains", "startswith", "endswith", "regex.match")},
    "strings.any_prefix_match": {0: _STR_OR_LIST, 1: _STR_OR_LIST},
    "strings.any_suffix_match": {0: _STR_OR_LIST, 1: _STR_OR_LIST},
    "strings.replace_n": {1: _STR},
    "count": {0: frozenset({"array", "object", "set", "string"})},
    "concat": {1: frozenset({"array", "set"})},
}


@dataclass(frozen=True, order=True)
class Violation:
    path: str
    line: int
    col: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.rule} {self.message}"


# ------------------------------------------------------------------ AST helpers
def _kind(node: Any) -> tuple[str | None, Any]:
    if isinstance(node, dict) and len(node) == 1:
        k, v = next(iter(node.items()))
        if k[:1].isupper() and isinstance(v, dict):
            return k, v
    return None, None


def _is_node(x) -> bool:
    return _kind(x)[0] is not None


def _children(node):
    """Direct sub-expressions, not descending into comprehension queries (nor their terms)."""
    k, v = _kind(node)
    if k is None or k in _COMPRS:
        return
    for key, val in v.items():
        if key in ("span", "eidx", "field", "op"):
            continue
        if k == "Call" and key == "fcn":
            continue
        if _is_node(val):
            yield val
        elif isinstance(val, list):
            for item in val:
                if _is_node(item):
                    yield item
                elif isinstance(item, list):  # Object fields: [span, key, value]
                    yield from (x for x in item if _is_node(x))


def _walk(node):
    """Every expression in ``node`` (itself included), not entering comprehensions."""
    yield node
    for c in _children(node):
        yield from _walk(c)


def _comprehensions(node):
    """The comprehensions in ``node`` (outermost ones only)."""
    k, _ = _kind(node)
    if k in _COMPRS:
        yield node
        return
    for c in _children(node):
        yield from _comprehensions(c)


def _call_name(call: dict) -> str | None:
    parts = []
    fcn = call["fcn"]
    while True:
        k, v = _kind(fcn)
        if k == "Var":
            parts.append(v["value"])
            return ".".join(reversed(parts))
        if k == "RefDot":
            parts.append(v["field"][1])
            fcn = v["refr"]
        else:
            return None


def _ref_root(node):
    """The root node of a reference chain."""
    k, v = _kind(node)
    while k in _REFS:
        node = v["refr"]
        k, v = _kind(node)
    return node


def _literal(node) -> bool:
    """A scalar literal, or a composite of literals and variables (no reference, no call)."""
    k, v = _kind(node)
    if k in _SCALARS:
        return True
    if k in _COMPOSITES:
        return all(_kind(c)[0] == "Var" or _literal(c) for c in _children(node))
    return False


_PATH = "\x02"  # an object.get path that is a function parameter, in a helper summary


def _literal_path(node) -> str | None:
    """``"a"`` or ``["a", "b"]`` (identifier strings) as a reference suffix ``.a.b``."""
    k, v = _kind(node)
    if k in ("String", "RawString") and _IDENT_RE.match(v["value"]):
        return "." + v["value"]
    if k == "Array" and v["items"]:
        parts = [_kind(i) for i in v["items"]]
        if all(pk in ("String", "RawString") and _IDENT_RE.match(pv["value"]) for pk, pv in parts):
            return "".join("." + pv["value"] for _, pv in parts)
    return None


def _root_name(key: str) -> str:
    m = _IDENT_RE_PREFIX.match(key)
    return m.group(0) if m else ""


# ------------------------------------------------------------------ scope
@dataclass
class _Scope:
    """What the statements before the current one established."""

    aliases: dict[str, str] = field(default_factory=dict)  # var -> canonical ref it was assigned
    guards: dict[str, set[str]] = field(default_factory=dict)  # canonical ref -> known types
    defined: set[str] = field(default_factory=set)  # canonical refs evaluated positively
    resource_vars: set[str] = field(default_factory=set)  # vars iterated from input.resources.<type>
    constant_vars: set[str] = field(default_factory=set)  # vars holding a literal/comprehension
    gets: dict[str, tuple[str, str]] = field(default_factory=dict)  # var := object.get(..): (path, default type)

    def copy(self) -> _Scope:
        return _Scope(dict(self.aliases), {k: set(v) for k, v in self.guards.items()}, set(self.defined),
                      set(self.resource_vars), set(self.constant_vars), dict(self.gets))

    def bind(self, name: str) -> None:
        """A fresh variable (some/every/function argument) shadows what was known of it."""
        self.aliases.pop(name, None)
        self.gets.pop(name, None)
        self.resource_vars.discard(name)
        self.constant_vars.discard(name)
        for key in [k for k in self.guards if _root_name(k) == name]:
            del self.guards[key]
        self.defined = {k for k in self.defined if _root_name(k) != name}


class _ModuleLinter:
    def __init__(self, path: str, source: str, module: dict, registry: dict | None = None):
        self.path = path
        self.raw = source.encode("utf-8")
        self.ast = module["ast"]
        self.registry: dict[str, _ModuleLinter] = registry if registry is not None else {}
        self.package = self._canon(self.ast["package"]["refr"], _Scope()) or ""
        self.import_map: dict[str, str] = {}  # alias -> package of the imported module
        for imp in self.ast.get("imports", []):
            target = self._canon(imp["refr"], _Scope()) or ""
            if target.startswith("data."):
                alias = self._text_span(imp["as"]) if imp.get("as") else target.rsplit(".", 1)[-1]
                self.import_map[alias] = target[len("data."):]
        self.out: list[Violation] = []
        self.rule_names = set()
        for rule in self.ast.get("rules", []):
            refr = rule["Spec"]["head"][next(iter(rule["Spec"]["head"]))]["refr"] if "Spec" in rule \
                else rule.get("Default", {}).get("refr")
            root = _kind(_ref_root(refr))[1] if refr else None
            if root:
                self.rule_names.add(root["value"])
        self.aliases_imported = set()
        for imp in self.ast.get("imports", []):
            if imp.get("as"):
                self.aliases_imported.add(self._text_span(imp["as"]))
            else:
                k, v = _kind(imp["refr"])
                if k == "RefDot":
                    self.aliases_imported.add(v["field"][1])
        # module functions, for what a positive call of one guarantees about its arguments
        self.functions: dict[str, list[tuple[list, list]]] = {}
        self.defaults: set[str] = set()
        for rule in self.ast.get("rules", []):
            if "Spec" in rule:
                hk, head = _kind(rule["Spec"]["head"])
                rk, rv = _kind(head["refr"])
                if hk == "Func" and rk == "Var":
                    self.functions.setdefault(rv["value"], []).append((head["args"], rule["Spec"]["bodies"] or []))
            elif "Default" in rule:
                rk, rv = _kind(rule["Default"]["refr"])
                if rk == "Var":
                    self.defaults.add(rv["value"])
        self._summaries: dict[str, tuple[dict, set] | None] = {}
        # rules whose value is a comprehension: what holds of each element
        self.values: dict[str, list[tuple[list, dict | None, dict | None]]] = {}
        for rule in self.ast.get("rules", []):
            if "Spec" not in rule:
                continue
            hk, head = _kind(rule["Spec"]["head"])
            rk, rv = _kind(head["refr"])
            if hk not in ("Func", "Compr") or rk != "Var":
                continue
            defs = self.values.setdefault(rv["value"], [])
            args = head.get("args", []) if hk == "Func" else []
            bodies = rule["Spec"]["bodies"] or [None]
            for body in bodies:
                assign = body["assign"] if body is not None and body.get("is_else") else head.get("assign")
                defs.append((args, body, assign["value"] if assign else None))
        self._elements: dict[str, tuple[dict, set] | None] = {}
        # private helpers (`_name`): what every call site of the module knows of each argument
        self._callers: dict[str, tuple[dict, set, set]] = {}
        self._collecting = False
        self._nested = 0
        self._silent = 0

    # ---------------------------------------------------------- text and positions
    def _text_span(self, span: dict) -> str:
        return self.raw[span["start"]:span["end"]].decode("utf-8", "replace")

    def _text(self, node) -> str:
        k, v = _kind(node)
        return " ".join(self._text_span(v["span"]).split()) if v and "span" in v else "?"

    def _report(self, node, rule: str, message: str) -> None:
        if self._silent:
            return
        k, v = _kind(node)
        start = v["span"]["start"] if v and "span" in v else 0
        before = self.raw[:start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        self.out.append(Violation(self.path, line, col, rule, message))

    # ---------------------------------------------------------- canonical references
    def _canon(self, node, scope: _Scope) -> str | None:
        """A canonical text for a variable or reference (aliases resolved), else None."""
        k, v = _kind(node)
        if k == "Var":
            return scope.aliases.get(v["value"], v["value"])
        if k == "RefDot":
            base = self._canon(v["refr"], scope)
            return None if base is None else f"{base}.{v['field'][1]}"
        if k == "RefBrack":
            base = self._canon(v["refr"], scope)
            if base is None:
                return None
            ik, iv = _kind(v["index"])
            if ik in ("String", "RawString") and _IDENT_RE.match(iv["value"]):
                return f"{base}.{iv['value']}"
            if ik == "Var":
                return f"{base}[{scope.aliases.get(iv['value'], iv['value'])}]"
            return f"{base}[{self._text(v['index'])}]"
        if k == "Call":
            return self._text(node).replace(" ", "")
        return None

    def _ref_key(self, node, scope: _Scope) -> str | None:
        """The canonical reference an operand denotes: a reference, or a variable aliasing one."""
        k, v = _kind(node)
        if k in _REFS:
            return self._canon(node, scope)
        if k == "Var" and v["value"] in scope.aliases:
            return scope.aliases[v["value"]]
        return None

    def _exempt(self, node, scope: _Scope) -> bool:
        """Rooted in the policy's own values (data, an import, a rule, a constant variable)."""
        k, v = _kind(node)
        if k == "Var" and v["value"] in scope.aliases:
            root_name = re.split(r"[.\[]", scope.aliases[v["value"]], maxsplit=1)[0]
        else:
            rk, rv = _kind(_ref_root(node))
            if rk != "Var":
                return False
            name = rv["value"]
            root_name = re.split(r"[.\[]", scope.aliases.get(name, name), maxsplit=1)[0]
            if name in scope.constant_vars:
                return True
        return (root_name == "data" or root_name in self.aliases_imported
                or root_name in self.rule_names or root_name in scope.constant_vars)

    def _guarded(self, key: str, types: frozenset[str], scope: _Scope) -> bool:
        known = scope.guards.get(key)
        return known is not None and bool(known) and known <= types

    # ---------------------------------------------------------- helper summaries
    _PARAM = "\x00"

    def _template(self, key: str, params: list[str | None]) -> str | None:
        """``key`` with the function's parameters replaced by placeholders, or None when it
        names anything but parameters (a local variable means nothing to the caller)."""
        m = _IDENT_RE_PREFIX.match(key)
        if not m or m.group(0) not in params:
            return None
        for var in _INDEX_VAR_RE.findall(key):
            if var not in params:
                return None
        out = f"{self._PARAM}{params.index(m.group(0))}{self._PARAM}" + key[m.end():]
        out = _INDEX_VAR_RE.sub(lambda x: f"[{self._PARAM}{params.index(x.group(1))}{self._PARAM}]", out)
        pieces = out.split(_PATH)  # object.get paths given as a parameter
        for i in range(1, len(pieces), 2):
            if pieces[i] not in params:
                return None
            pieces[i] = str(params.index(pieces[i]))
        return _PATH.join(pieces)

    def _summary(self, name: str) -> tuple[dict, set] | None:
        """(guards, defined) that hold on the arguments of ``name(...)`` whenever a call of it
        succeeds: what every one of its bodies establishes. None when nothing is known."""
        if name in self._summaries:
            return self._summaries[name]
        self._summaries[name] = None  # recursion: assume nothing
        if name in self.defaults or name not in self.functions:
            return None
        result: tuple[dict, set] | None = None
        for args, bodies in self.functions[name]:
            params = [(_kind(a)[1]["value"] if _kind(a)[0] == "Var" else None) for a in args]
            for body in bodies or [None]:
                scope = _Scope()
                if body is not None:
                    self._silent += 1
                    self._nested += 1
                    try:
                        self._query(body["query"], scope)
                    finally:
                        self._silent -= 1
                        self._nested -= 1
                guards = {t: types for k, types in scope.guards.items() if (t := self._template(k, params))}
                defined = {t for k in scope.defined if (t := self._template(k, params))}
                if result is None:
                    result = (guards, defined)
                else:
                    result = ({k: result[0][k] | guards[k] for k in result[0].keys() & guards.keys()},
                              result[1] & defined)
        self._summaries[name] = result
        return result

    def _resolve(self, name: str | None) -> tuple[_ModuleLinter, str] | None:
        """The module and rule a call or reference names: a rule of this module, or one of a
        module imported (``lib.f``) or named (``data.hipaa.lib.x.f``) that is being linted too."""
        if not name:
            return None
        if "." not in name:
            return (self, name) if name in self.rule_names else None
        head, _, rule = name.rpartition(".")
        root = head.split(".")[0]
        if root == "data":
            package = head[len("data."):]
        elif root in self.import_map:
            package = self.import_map[root] + head[len(root):]
        else:
            return None
        target = self.registry.get(package)
        return (target, rule) if target is not None and rule in target.rule_names else None

    def _apply_summary(self, call: dict, scope: _Scope) -> None:
        found = self._resolve(_call_name(call))
        if not found or found[1] not in found[0].functions:
            return
        summary = found[0]._summary(found[1])
        if not summary:
            return
        args = [self._canon(a, scope) if _kind(a)[0] in _REFS | {"Var"} else None for a in call["params"]]
        paths = [_literal_path(a) for a in call["params"]]

        def fill(template: str) -> str | None:
            parts = template.split(self._PARAM)
            for i in range(1, len(parts), 2):
                idx = int(parts[i])
                arg = args[idx] if idx < len(args) else None
                if arg is None:
                    return None
                parts[i] = arg
            out = "".join(parts)
            pieces = out.split(_PATH)
            for i in range(1, len(pieces), 2):
                idx = int(pieces[i]) if pieces[i].isdigit() else -1
                piece = paths[idx] if 0 <= idx < len(paths) else None
                if piece is None:
                    return None
                pieces[i] = piece
            return "".join(pieces)

        guards, defined = summary
        for template, types in guards.items():
            key = fill(template)
            if key:
                self._add_guard(scope, key, types)
        for template in defined:
            key = fill(template)
            if key:
                scope.defined.add(key)

    _ELEM = "\x01"

    def _element_summary(self, name: str) -> tuple[dict, set] | None:
        """(guards, defined) that hold of every element of ``name`` / ``name(...)`` when each of
        its definitions is an array or set comprehension ``[t | ...]`` (keys rooted at ``_ELEM``)."""
        if name in self._elements:
            return self._elements[name]
        self._elements[name] = None
        if name in self.defaults or name not in self.values:
            return None
        result: tuple[dict, set] | None = None
        for args, body, value in self.values[name]:
            vk, vv = _kind(value)
            if vk not in ("ArrayCompr", "SetCompr") or _kind(vv["term"])[0] != "Var":
                return None
            term = _kind(vv["term"])[1]["value"]
            scope = _Scope()
            for a in args:
                for n in _walk(a):
                    if _kind(n)[0] == "Var":
                        scope.bind(_kind(n)[1]["value"])
            self._silent += 1
            self._nested += 1
            try:
                if body is not None:
                    self._query(body["query"], scope)
                self._query(vv["query"], scope)
            finally:
                self._silent -= 1
                self._nested -= 1
            guards = {self._ELEM + k[len(term):]: t for k, t in scope.guards.items() if _root_name(k) == term}
            defined = {self._ELEM + k[len(term):] for k in scope.defined if _root_name(k) == term}
            if result is None:
                result = (guards, defined)
            else:
                result = ({k: result[0][k] | guards[k] for k in result[0].keys() & guards.keys()},
                          result[1] & defined)
        self._elements[name] = result
        return result

    def _apply_elements(self, coll, var: str, scope: _Scope) -> None:
        """``some var in _rule`` / ``some var in _f(..)``: what the comprehension guaranteed."""
        k, v = _kind(coll)
        if k == "Var":
            name = v["value"]
        elif k == "Call":
            name = _call_name(v)
        else:
            return
        found = self._resolve(name)
        summary = found[0]._element_summary(found[1]) if found else None
        if not summary:
            return
        for key, types in summary[0].items():
            self._add_guard(scope, var + key[1:], types)
        for key in summary[1]:
            scope.defined.add(var + key[1:])

    @staticmethod
    def _add_guard(scope: _Scope, key: str, types: set[str]) -> None:
        known = scope.guards.get(key)
        scope.guards[key] = ((known & types) or set(types)) if known else set(types)

    # ---------------------------------------------------------- rules
    def lint(self) -> list[Violation]:
        specs = [rule["Spec"] for rule in self.ast.get("rules", []) if "Spec" in rule]
        # first pass, silent: what the call sites of each private helper know of its arguments
        self._collecting = True
        self._silent += 1
        try:
            for spec in specs:
                self._rule(spec)
        finally:
            self._collecting = False
            self._silent -= 1
        for spec in specs:
            self._rule(spec)
        return self.out

    def _record_call(self, call: dict, scope: _Scope) -> None:
        """First pass: the guards that hold on the arguments at this call of a private helper."""
        if not self._collecting or self._nested:
            return
        name = _call_name(call)
        if not name or not name.startswith("_") or name not in self.functions:
            return
        guards: dict[str, set[str]] = {}
        defined: set[str] = set()
        resources: set[int] = set()
        for i, arg in enumerate(call["params"]):
            ak, av = _kind(arg)
            if ak not in _REFS and ak != "Var":
                continue
            key = self._canon(arg, scope)
            if not key:
                continue
            if ak == "Var" and av["value"] in scope.resource_vars:
                resources.add(i)
            ph = f"{self._PARAM}{i}{self._PARAM}"

            def rel(k: str, key: str = key, ph: str = ph) -> str | None:
                if _PATH in k:
                    return None
                if k == key or k.startswith((key + ".", key + "[")):
                    rest = k[len(key):]
                    return None if _INDEX_VAR_RE.search(rest) else ph + rest
                return None

            for k, types in scope.guards.items():
                if (t := rel(k)) is not None:
                    guards[t] = set(types)
            defined.update(t for k in scope.defined if (t := rel(k)) is not None)
        if name not in self._callers:
            self._callers[name] = (guards, defined, resources)
        else:
            g0, d0, r0 = self._callers[name]
            self._callers[name] = ({k: g0[k] | guards[k] for k in g0.keys() & guards.keys()}, d0 & defined,
                                   r0 & resources)

    def _seed(self, name: str | None, args: list, scope: _Scope) -> None:
        """Second pass: a private helper's body starts with what all its call sites know."""
        if self._collecting or not name or name not in self._callers:
            return
        params = [(_kind(a)[1]["value"] if _kind(a)[0] == "Var" else None) for a in args]

        def fill(template: str) -> str | None:
            parts = template.split(self._PARAM)
            for i in range(1, len(parts), 2):
                idx = int(parts[i])
                param = params[idx] if idx < len(params) else None
                if param is None:
                    return None
                parts[i] = param
            return "".join(parts)

        guards, defined, resources = self._callers[name]
        for template, types in guards.items():
            if key := fill(template):
                self._add_guard(scope, key, types)
        scope.defined.update(k for t in defined if (k := fill(t)))
        scope.resource_vars.update(params[i] for i in resources if i < len(params) and params[i])

    def _rule(self, spec: dict) -> None:
        hk, head = _kind(spec["head"])
        scope0 = _Scope()
        if hk == "Func":
            for arg in head.get("args", []):
                for n in _walk(arg):
                    if _kind(n)[0] == "Var":
                        scope0.bind(_kind(n)[1]["value"])
        name = _kind(_ref_root(head["refr"]))[1].get("value") if _kind(_ref_root(head["refr"]))[0] == "Var" else None
        if hk == "Func":
            self._seed(name, head.get("args", []), scope0)
        bodies = spec.get("bodies") or []
        head_exprs = []
        if hk == "Set":
            head_exprs.append(head["key"])
        rk, rv = _kind(head["refr"])
        if rk == "RefBrack":
            head_exprs.append(rv["index"])
        # every partial set / object: regorus drops a multi-value rule's other entries when one
        # entry's key is undefined, whether it is deny or a helper set built once
        judged = bool(head_exprs)
        if not bodies:
            values = [head["assign"]["value"]] if head.get("assign") else []
            if judged:
                for e in head_exprs:
                    self._r2(e, scope0)
            self._exprs(head_exprs + values, scope0)
            return
        for i, body in enumerate(bodies):
            scope = scope0.copy()
            self._query(body["query"], scope)
            if judged and not body.get("is_else"):
                for e in head_exprs:
                    self._r2(e, scope)
            values = []
            if body.get("is_else"):
                if body.get("assign"):
                    values.append(body["assign"]["value"])
            else:
                if head.get("assign"):
                    values.append(head["assign"]["value"])
                if i == 0:
                    values = head_exprs + values
            self._exprs(values, scope)

    def _exprs(self, exprs: list, scope: _Scope) -> None:
        for e in exprs:
            self._check_expr(e, scope)

    def _query(self, query: dict, scope: _Scope) -> None:
        """Lint the statements of one body in order, growing ``scope`` as it goes."""
        for stmt in query.get("stmts", []):
            self._stmt(stmt["literal"], scope)

    def _stmt(self, lit: dict, scope: _Scope) -> None:
        k, v = _kind(lit)
        if k == "Expr":
            self._check_expr(v["expr"], scope)
            self._learn(v["expr"], scope)
        elif k == "NotExpr":
            self._r1(v["expr"], scope)
            self._check_expr(v["expr"], scope)
        elif k == "SomeIn":
            coll = v["collection"]
            self._check_expr(coll, scope)
            self._r4(coll, scope)
            self._learn_defined(coll, scope)
            for var in (v.get("key"), v.get("value")):
                if var is not None:
                    for n in _walk(var):
                        if _kind(n)[0] == "Var":
                            scope.bind(_kind(n)[1]["value"])
            vk, vv = _kind(v["value"])
            if vk == "Var":
                if self._is_resource_list(coll):
                    scope.resource_vars.add(vv["value"])
                self._apply_elements(coll, vv["value"], scope)
        elif k == "SomeVars":
            for span in v.get("vars", []):
                scope.bind(self._text_span(span))
        elif k == "Every":
            self._check_expr(v["domain"], scope)
            inner = scope.copy()
            for span in (v.get("key"), v.get("value")):
                if span:
                    inner.bind(self._text_span(span))
            self._query(v["query"], inner)
            self._learn_defined(v["domain"], scope)

    def _is_resource_list(self, node) -> bool:
        """``input.resources.<type>``: a list by the inventory schema."""
        k, v = _kind(node)
        if k == "RefBrack":
            ik, iv = _kind(v["index"])
            if ik not in ("String", "RawString"):
                return False
        elif k != "RefDot":
            return False
        pk, pv = _kind(v["refr"])
        if pk != "RefDot" or pv["field"][1] != "resources":
            return False
        rk, rv = _kind(pv["refr"])
        return rk == "Var" and rv["value"] == "input"

    # what a positive statement establishes
    def _learn(self, expr, scope: _Scope) -> None:
        k, v = _kind(expr)
        if k == "Call":
            name = _call_name(v)
            if name in _TYPE_GUARDS and len(v["params"]) == 1:
                key = self._canon(v["params"][0], scope)
                if key:
                    self._add_guard(scope, key, {_TYPE_GUARDS[name]})
                pk, pv = _kind(v["params"][0])
                if pk == "Var" and pv["value"] in scope.gets:
                    # x := object.get(o, path, d); is_T(x) with d not a T: the field itself is a T
                    path, default = scope.gets[pv["value"]]
                    if default != _TYPE_GUARDS[name]:
                        self._add_guard(scope, path, {_TYPE_GUARDS[name]})
                        self._add_defined(scope, path)
        elif k in ("BoolExpr", "AssignExpr") and v["op"] == "Eq":
            for a, b in ((v["lhs"], v["rhs"]), (v["rhs"], v["lhs"])):
                ak, av = _kind(a)
                bk, bv = _kind(b)
                if bk in _LITERAL_TYPE and ak in _REFS | {"Var"}:
                    key = self._canon(a, scope)
                    if key:
                        self._add_guard(scope, key, {_LITERAL_TYPE[bk]})
                if ak == "Call" and _call_name(av) == "type_name" and len(av["params"]) == 1 \
                        and bk == "String":
                    key = self._canon(av["params"][0], scope)
                    if key:
                        self._add_guard(scope, key, {bv["value"]})
        self._learn_defined(expr, scope)
        if k == "AssignExpr" and _kind(v["lhs"])[0] == "Var":
            var = _kind(v["lhs"])[1]["value"]
            rhs = v["rhs"]
            rk, _ = _kind(rhs)
            scope.bind(var)
            if rk in _REFS or (rk == "Var" and _kind(rhs)[1]["value"] in scope.aliases):
                key = self._canon(rhs, scope)
                if key:
                    scope.aliases[var] = key
            elif rk == "Var" and _kind(rhs)[1]["value"] in scope.resource_vars:
                scope.resource_vars.add(var)
            elif _literal(rhs) or rk in _COMPRS:
                scope.constant_vars.add(var)
            elif rk == "Call" and _call_name(_kind(rhs)[1]) == "object.get" and len(_kind(rhs)[1]["params"]) == 3:
                obj, path, default = _kind(rhs)[1]["params"]
                base = self._canon(obj, scope) if _kind(obj)[0] in _REFS | {"Var"} else None
                suffix = _literal_path(path)
                if suffix is None and _kind(path)[0] == "Var":
                    suffix = f"{_PATH}{_kind(path)[1]['value']}{_PATH}"
                dk = _kind(default)[0]
                dtype = _LITERAL_TYPE.get(dk or "") or {"Array": "array", "Object": "object", "Set": "set"}.get(dk or "")
                if base and suffix is not None and dtype:
                    scope.gets[var] = (base + suffix, dtype)

    @staticmethod
    def _add_defined(scope: _Scope, key: str) -> None:
        while key:
            scope.defined.add(key)
            cut = max(key.rfind("."), key.rfind("["))
            key = key[:cut] if cut > 0 else ""

    def _learn_defined(self, expr, scope: _Scope) -> None:
        for n in _walk(expr):
            if _kind(n)[0] == "Call":
                self._apply_summary(_kind(n)[1], scope)
            if _kind(n)[0] in _REFS:
                key = self._canon(n, scope)
                while key:
                    scope.defined.add(key)
                    cut = max(key.rfind("."), key.rfind("["))
                    key = key[:cut] if cut > 0 else None

    # R3, R5 (and R4 inside comprehensions) on any expression
    def _check_expr(self, expr, scope: _Scope) -> None:
        for n in _walk(expr):
            k, v = _kind(n)
            if k == "BoolExpr" and v["op"] in _ORDER_OPS:
                self._r3(v, scope)
            elif k == "Call":
                self._r5(v, scope)
                self._record_call(v, scope)
        for compr in _comprehensions(expr):
            ck, cv = _kind(compr)
            inner = scope.copy()
            self._query(cv["query"], inner)
            self._exprs([cv[key] for key in ("term", "key", "value") if key in cv], inner)

    def _r3(self, v: dict, scope: _Scope) -> None:
        for side, other in ((v["lhs"], v["rhs"]), (v["rhs"], v["lhs"])):
            key = self._ref_key(side, scope)
            if not key or self._exempt(side, scope):
                continue
            ok = {"number"} if _kind(other)[0] == "Number" else {"number", "string"}
            if not self._guarded(key, frozenset(ok), scope):
                self._report(side, "R3", f"`{self._text(side)}` is compared with {_ORDER_OPS[v['op']]} without "
                             f"is_number({self._text(side)}) earlier in the body (null and booleans order below "
                             "every number)")

    def _r4(self, coll, scope: _Scope) -> None:
        key = self._ref_key(coll, scope)
        if not key or self._is_resource_list(coll) or self._exempt(coll, scope):
            return
        if not self._guarded(key, _COLLECTION, scope):
            t = self._text(coll)
            self._report(coll, "R4", f"iteration over `{t}` without is_array/is_object/is_set({t}) earlier in "
                         "the body (regorus raises on a scalar or null)")

    def _r5(self, call: dict, scope: _Scope) -> None:
        name = _call_name(call)
        positions = _TYPED_ARGS.get(name or "")
        if positions is None and name and name.startswith("strings."):
            positions = {0: _STR}
        if not positions:
            return
        for pos, types in positions.items():
            if pos >= len(call["params"]):
                continue
            arg = call["params"][pos]
            key = self._ref_key(arg, scope)
            if not key or self._exempt(arg, scope) or self._guarded(key, types, scope):
                continue
            t = self._text(arg)
            guards = "/".join(f"is_{x}" for x in sorted(types))
            self._report(arg, "R5", f"{name}() is given `{t}` without {guards}({t}) earlier in the body "
                         "(both engines raise on a wrong type)")

    # R1
    def _plain_ref(self, node) -> bool:
        k, v = _kind(node)
        while k in _REFS:
            if k == "RefBrack":
                ik, _ = _kind(v["index"])
                if ik != "Var" and ik not in _SCALARS:
                    return False
            node = v["refr"]
            k, v = _kind(node)
        return k == "Var"

    def _plain(self, node, scope: _Scope) -> bool:
        k, _ = _kind(node)
        return k == "Var" or _literal(node) or self._plain_ref(node) or k in _COMPRS

    def _safe_arg(self, node, scope: _Scope) -> bool:
        k, v = _kind(node)
        if k == "Var" or k in _SCALARS or k in _COMPRS:
            return True
        if k in _COMPOSITES:
            return all(self._safe_arg(c, scope) for c in _children(node))
        if k in _REFS:
            return self._always_defined(node, scope)
        return False

    def _always_defined(self, ref, scope: _Scope) -> bool:
        k, v = _kind(ref)
        if k == "RefDot" and v["field"][1] == "id":
            rk, rv = _kind(v["refr"])
            if rk == "Var" and rv["value"] in scope.resource_vars:
                return True
        key = self._canon(ref, scope)
        if key and key in scope.defined:
            return True
        return self._plain_ref(ref) and self._exempt(ref, scope)

    def _user_call(self, call: dict) -> bool:
        name = _call_name(call) or ""
        root = name.split(".")[0]
        return root == "data" or root in self.aliases_imported or root in self.rule_names

    def _r1(self, expr, scope: _Scope) -> None:
        k, v = _kind(expr)
        if self._plain_ref(expr) or k == "Var" or _literal(expr) or k in _COMPRS:
            return
        if k in ("BoolExpr", "AssignExpr") and v["op"] == "Eq":
            # `==` keeps its plain operands in place (checked on both engines): judge only the others
            nodes = [side for side in (v["lhs"], v["rhs"]) if not self._plain(side, scope)]
            self._r1_offenders(nodes, scope)
            return
        if k == "Call":
            if all(self._safe_arg(a, scope) for a in v["params"]):
                return
            nodes = v["params"]
        else:
            nodes = [expr]
        self._r1_offenders(nodes, scope)

    def _r1_offenders(self, nodes: list, scope: _Scope) -> None:
        for node in nodes:
            k, v = _kind(node)
            if k in _REFS:
                if self._always_defined(node, scope):
                    continue
                root = _ref_root(node)
                if _kind(root)[0] == "Call":
                    self._report(node, "R1", f"`{self._text(node)}` inside `not` is rooted at a call, which "
                                 "OPA hoists out of the negation (undefined → the rule never fires); test it "
                                 "in a helper rule and negate that")
                    continue
                self._report(node, "R1", f"`{self._text(node)}` inside `not`: OPA hoists the reference out of "
                             "the negation, so a missing field passes; move the test into a helper rule "
                             "(`not _ok(r)` with `_ok(r) if {...}`)")
                continue
            if k == "Call":
                if self._user_call(v):
                    self._report(node, "R1", f"helper call `{self._text(node)}` nested inside `not`: OPA "
                                 "hoists it (undefined → the rule never fires); negate the helper itself")
                    continue
                self._r1_offenders(v["params"], scope)
                continue
            if k in _COMPRS:
                continue
            self._r1_offenders(list(_children(node)), scope)

    # R2
    def _r2(self, node, scope: _Scope) -> None:
        k, v = _kind(node)
        if k in _REFS:
            rk, _ = _kind(v["refr"])
            if k == "RefDot" and v["field"][1] == "id" and rk == "Var":
                return
            if self._canon(node, scope) in scope.defined:  # the body evaluated it: never missing here
                return
            if self._exempt(node, scope):  # a lookup in the policy's own constants
                return
            t = self._text(node)
            self._report(node, "R2", f"`{t}` in a partial set/object head: regorus drops other entries "
                         "when it is missing; format only <var>.id, body variables or helpers such as "
                         "res.label(r) / res.text(v)")
            return
        if k in _COMPRS:
            return
        for c in _children(node):
            self._r2(c, scope)


# ------------------------------------------------------------------ public API
def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def parse(path: str, source: str) -> dict:
    """The AST JSON of one module (raises PolicyError when it does not parse)."""
    engine = EmbeddedEngine()
    engine.add_module(path, source)
    return engine.ast_json()[0]


def lint_source(path: str, source: str, library: Sequence[tuple[str, str]] = ()) -> list[Violation]:
    """Lint one module's text; ``path`` is only used in the violations. ``library`` modules
    (path, source) are parsed so that calls of their helpers are followed, not linted."""
    registry: dict[str, _ModuleLinter] = {}
    for lib_path, lib_source in library:
        lib = _ModuleLinter(lib_path, lib_source, parse(lib_path, lib_source), registry)
        registry.setdefault(lib.package, lib)
    linter = _ModuleLinter(path, source, parse(path, source), registry)
    registry.setdefault(linter.package, linter)
    return sorted(set(linter.lint()))


def lintable_files(dirs: list[Path]) -> list[Path]:
    """Every policy and library module (``*.rego`` but not ``*_test.rego``) under ``dirs``, sorted."""
    out: list[Path] = []
    for d in dirs:
        if not Path(d).is_dir():
            raise PolicyError("policy directory does not exist", str(d))
        out.extend(p for p in sorted(Path(d).rglob("*.rego")) if not p.name.endswith("_test.rego"))
    return out


@dataclass
class LintReport:
    files: int = 0
    violations: list[Violation] = field(default_factory=list)
    errors: list[PolicyError] = field(default_factory=list)  # files that do not parse


def lint_paths(dirs: list[Path]) -> LintReport:
    """Lint every module under ``dirs``; a file that does not parse is recorded, not fatal.

    Helpers are followed across the modules linted and the built-in ``lib/`` modules."""
    from hipaa_scan.scanner.policies import builtin_policy_dir

    report = LintReport()
    registry: dict[str, _ModuleLinter] = {}
    linters: list[_ModuleLinter] = []
    files = lintable_files(dirs)
    for path in files:
        report.files += 1
        try:
            source = read_source(path)
            linter = _ModuleLinter(_display(path), source, parse(_display(path), source), registry)
        except PolicyError as exc:
            report.errors.append(exc)
            continue
        linters.append(linter)
        registry.setdefault(linter.package, linter)
    lib_dir = builtin_policy_dir() / "lib"
    resolved = {p.resolve() for p in files}
    for path in sorted(lib_dir.glob("*.rego")) if lib_dir.is_dir() else []:
        if path.resolve() in resolved or path.name.endswith("_test.rego"):
            continue
        try:
            source = read_source(path)
            lib = _ModuleLinter(str(path), source, parse(str(path), source), registry)
        except PolicyError:
            continue  # not linted here: a broken built-in library only loses its summaries
        registry.setdefault(lib.package, lib)
    for linter in linters:
        report.violations.extend(sorted(set(linter.lint())))
    return report
