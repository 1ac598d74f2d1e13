"""The real OPA Go engine, in process: ``opa-golib-python-bindings`` (OPA v1.20 as a C library).

This is the second engine every Rego test and the OPA-equivalence tests run under, so that
"both engines give the same verdicts" compares regorus with OPA itself, not regorus with
itself. It implements the :class:`hipaa_scan.scanner.engine.Engine` interface.

The package (import name ``opa_bindings``) is not a dependency of hipaa-scan: its metadata
asks for Python >= 3.14 although it runs on 3.11, so it is installed on its own with
``pip install --ignore-requires-python opa-golib-python-bindings==0.4.4`` (``make test`` does).

The bridge compiles every module again for each new query text (about 0.15 s for the built-in
set), so rules are never queried by their own path. One generated dispatch module answers a
fixed query: the rule paths to evaluate and the input travel in the input document
(``{"rules": [...], "doc": <input>}``), and each entry evaluates its rule ``with input as
input.doc``. Modules are compiled once per module set.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hipaa_scan.scanner.engine import UNDEFINED
from hipaa_scan.scanner.errors import EngineError, HipaaScanError, PolicyError

try:  # the optional engine: a one-line hint when it is missing
    from opa_bindings import OpaEngine as _GoEngine
    from opa_bindings import OpaError
except ImportError:  # pragma: no cover - exercised only without the package
    _GoEngine = None
    OpaError = Exception

INSTALL_HINT = ("the OPA Go engine is not installed: "
                "pip install --ignore-requires-python opa-golib-python-bindings==0.4.4")
DISPATCH_PACKAGE = "hipaa_scan_dispatch"
DISPATCH_PATH = f"{DISPATCH_PACKAGE}/results"
_PACKAGE_RE = re.compile(r"^\s*package\s+([A-Za-z_][\w.]*)\s*$", re.M)
# A rule head at the start of a line that can be read as a value: `name contains`, `name :=`,
# `name if`, `name {`, `name =`, `name[` (not functions `name(`, not `_helpers`, not keywords).
_RULE_RE = re.compile(r"^([a-z][A-Za-z0-9_]*)\s*(?:contains\b|:=|=|if\b|\{|\[)", re.M)
_KEYWORDS = {"package", "import", "default", "not", "some", "every", "with", "else"}
_WHERE_RE = re.compile(r"^(?P<file>[^\s:]+\.rego):(?P<line>\d+):\s*(?P<rest>.*)$", re.S)


def available() -> bool:
    return _GoEngine is not None


def rule_paths(source: str) -> list[str]:
    """``data.<package>.<rule>`` for every value rule a module defines (deny, test_*, ...)."""
    m = _PACKAGE_RE.search(source)
    if not m:
        return []
    out: list[str] = []
    for name in _RULE_RE.findall(source):
        if name not in _KEYWORDS and f"data.{m.group(1)}.{name}" not in out:
            out.append(f"data.{m.group(1)}.{name}")
    return out


def dispatch_module(paths: list[str]) -> str:
    lines = [f"package {DISPATCH_PACKAGE}", "", "import rego.v1", ""]
    for p in paths:
        lines.append(f'results[{json.dumps(p)}] := x if {{\n\t{json.dumps(p)} in input.rules\n'
                     f"\tx := {p} with input as input.doc\n}}\n")
    return "\n".join(lines)


def split_error(message: str) -> tuple[str, str | None]:
    """OPA's ``file.rego:12: eval_type_error: ...`` → (message, 'file.rego:12')."""
    m = _WHERE_RE.match(message.strip())
    if not m:
        return message.strip(), None
    return m["rest"].strip(), f"{m['file']}:{m['line']}"


class OpaEmbeddedEngine:
    """Rego evaluated in process by OPA's Go engine (see the module docstring)."""

    name = "opa-embedded"

    def __init__(self) -> None:
        if _GoEngine is None:
            raise EngineError(INSTALL_HINT)
        self._modules: dict[str, str] = {}
        self._data: list[dict] = []
        self._input: Any = None
        self._engine = None

    # -- Engine interface ------------------------------------------------------------
    def add_module(self, path: str, source: str) -> None:
        self._modules[path] = source
        self._engine = None

    def add_data(self, data: dict) -> None:
        self._data.append(data)
        self._engine = None

    def set_input(self, document: Any) -> None:
        self._input = document

    def set_input_json(self, text: str) -> None:
        self._input = json.loads(text)

    def eval_rule(self, rule: str) -> Any:
        """Evaluate one rule path (``data.pkg.rule``); :data:`UNDEFINED` when undefined."""
        return self.eval_rules([rule])[rule]

    def eval_rules(self, rules: list[str]) -> dict[str, Any]:
        """Evaluate several rule paths in one query; a run-time error raises :class:`EngineError`."""
        engine = self._compiled()
        try:
            value = engine.eval_document(DISPATCH_PATH.replace("/", "."), {"rules": list(rules), "doc": self._input})
        except OpaError as exc:
            if getattr(exc, "code", "") == "undefined":
                value = {}
            else:
                text, where = split_error(getattr(exc, "message", str(exc)))
                raise EngineError(f"evaluating {', '.join(rules[:3])}{' …' if len(rules) > 3 else ''}: {text}",
                                  where) from None
        missing = [r for r in rules if r not in self._known]
        if missing:
            # A rule the dispatcher does not know (a path no module defines as a value rule):
            # ask OPA for it directly (one compile per such path).
            for r in missing:
                value[r] = self._direct(engine, r)
        return {r: value.get(r, UNDEFINED) for r in rules}

    # -- internals -------------------------------------------------------------------
    def _direct(self, engine, rule: str) -> Any:
        try:
            return engine.eval_document(rule[len("data."):], self._input)
        except OpaError as exc:
            if getattr(exc, "code", "") == "undefined":
                return UNDEFINED
            text, where = split_error(getattr(exc, "message", str(exc)))
            raise EngineError(f"evaluating {rule}: {text}", where) from None

    def _compiled(self):
        if self._engine is not None:
            return self._engine
        engine = _GoEngine()
        paths: list[str] = []
        for source in self._modules.values():
            paths.extend(rule_paths(source))
        self._known = set(paths)
        try:
            for path, source in self._modules.items():
                engine.add_policy(path, source)
            for data in self._data:
                engine.add_data(data)
            engine.add_policy(f"{DISPATCH_PACKAGE}.rego", dispatch_module(paths))
        except OpaError as exc:
            text, where = split_error(getattr(exc, "message", str(exc)))
            raise PolicyError(f"Rego does not compile under OPA: {text}", where) from None
        self._engine = engine
        return engine

    def compile(self) -> None:
        """Compile the modules now (a compile error raises :class:`PolicyError`)."""
        self._compiled()

    def clone(self) -> OpaEmbeddedEngine:
        twin = OpaEmbeddedEngine()
        twin._modules = dict(self._modules)
        twin._data = list(self._data)
        return twin

    def close(self) -> None:
        if self._engine is not None:
            try:
                self._engine.close()
            except HipaaScanError:  # pragma: no cover
                pass
            self._engine = None
