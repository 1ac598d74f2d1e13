"""The Rego engine adapter — the only module that imports ``regorus``.

The embedded engine is regorus (the ``gordon-to-regorus`` wheel, import name
``regorus``). Keep every call to it here, so that switching to the upstream wheel is a
one-line change. Other engines (an OPA server) implement the same small interface.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from hipaa_scan.scanner.errors import EngineError, PolicyError

os.environ.setdefault("RUST_BACKTRACE", "0")

import regorus

UNDEFINED = object()
_UNDEFINED_JSON = '"<undefined>"'
_LOCATION_RE = re.compile(r"-->\s*(?P<file>[^\n:]+):(?P<line>\d+):(?P<col>\d+)")


class Engine(Protocol):
    name: str

    def add_module(self, path: str, source: str) -> None: ...

    def add_data(self, data: dict) -> None: ...

    def set_input(self, document: Mapping[str, Any]) -> None: ...

    def eval_rule(self, rule: str) -> Any: ...


def _clean(message: str) -> tuple[str, str | None]:
    """Turn a regorus error into (one-line message, 'file:line:col' or None)."""
    message = message.split("Stack backtrace:")[0]
    where = None
    m = _LOCATION_RE.search(message)
    if m:
        where = f"{m['file'].strip()}:{m['line']}:{m['col']}"
    lines = [ln.strip() for ln in message.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("error:")]
    text = errors[0][len("error:") :].strip() if errors else (lines[-1] if lines else "engine error")
    return text, where


class EmbeddedEngine:
    """Rego evaluated in-process by regorus."""

    name = "embedded"

    def __init__(self) -> None:
        self._engine = regorus.Engine()

    def add_module(self, path: str, source: str) -> None:
        try:
            self._engine.add_policy(path, source)
        except RuntimeError as exc:
            text, where = _clean(str(exc))
            raise PolicyError(f"Rego does not compile: {text}", where or path) from None

    def add_data(self, data: dict) -> None:
        try:
            self._engine.add_data_json(json.dumps(data))
        except RuntimeError as exc:
            raise EngineError(_clean(str(exc))[0]) from None

    def set_input(self, document: Mapping[str, Any]) -> None:
        self.set_input_json(json.dumps(document))

    def set_input_json(self, text: str) -> None:
        try:
            self._engine.set_input_json(text)
        except RuntimeError as exc:
            raise EngineError(f"input rejected by the engine: {_clean(str(exc))[0]}") from None

    def clear_input(self) -> None:
        """Drop the input. (regorus reuses the memory for later inputs; it is not returned to
        the OS, nor usable by Python objects: keep each input small rather than clear it.)"""
        self._engine.set_input_json("{}")

    def eval_rule(self, rule: str) -> Any:
        """Evaluate a rule path (``data.pkg.rule``); :data:`UNDEFINED` when undefined."""
        try:
            out = self._engine.eval_rule_as_json(rule)
        except RuntimeError as exc:
            text, where = _clean(str(exc))
            raise EngineError(f"evaluating {rule}: {text}", where) from None
        if out == _UNDEFINED_JSON:
            return UNDEFINED
        return json.loads(out)

    def clone(self) -> EmbeddedEngine:
        twin = EmbeddedEngine.__new__(EmbeddedEngine)
        twin._engine = self._engine.clone()
        return twin

    def packages(self) -> list[str]:
        return list(self._engine.get_packages())

    def ast_json(self) -> list[dict]:
        """The parsed modules as regorus's AST JSON (read by :mod:`scanner.regolint`)."""
        return json.loads(self._engine.get_ast_as_json())


def load_modules(engine: Engine, files: list[tuple[Path, str]]) -> None:
    for path, source in files:
        engine.add_module(str(path), source)
