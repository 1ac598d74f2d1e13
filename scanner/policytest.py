"""``hipaa-scan policy test``: run every ``test_*`` rule of every ``*_test.rego``.

regorus has no ``opa test``. Each test file is loaded into an engine together with every
policy and library module (so tests can import the policy they test); each ``test_*``
rule is evaluated: ``true`` passes, anything else (undefined, false) fails.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from scanner.engine import UNDEFINED, EmbeddedEngine
from scanner.errors import HipaaScanError, PolicyError
from scanner.policies import PolicySet, discover

_TEST_RULE_RE = re.compile(r"^(test_[A-Za-z0-9_]*)\b(?=[^\n]*?(\bif\b|\{|:?=))", re.M)
_PACKAGE_RE = re.compile(r"^package\s+([A-Za-z_][\w.]*)", re.M)


@dataclass(frozen=True)
class RegoTestResult:
    file: Path
    package: str
    name: str
    passed: bool
    detail: str = ""
    seconds: float = 0.0


def rego_test_rules(source: str) -> list[str]:
    names: list[str] = []
    for m in _TEST_RULE_RE.finditer(source):
        if m.group(1) not in names:
            names.append(m.group(1))
    return names


def run_tests(policy_set: PolicySet, pattern: str | None = None) -> list[RegoTestResult]:
    base = EmbeddedEngine()
    for m in policy_set.modules:
        base.add_module(str(m.path), m.source)
    for p in policy_set.policies:
        base.add_module(str(p.path), p.source)
    results: list[RegoTestResult] = []
    for root in policy_set.roots:
        for path in discover(root)[2]:
            source = path.read_text(encoding="utf-8")
            m = _PACKAGE_RE.search(source)
            if not m:
                raise PolicyError("no package declaration", f"{path}:1")
            package = m.group(1)
            engine = base.clone()
            engine.add_module(str(path), source)
            engine.set_input({})
            for name in rego_test_rules(source):
                if pattern and not re.search(pattern, f"{package}.{name}"):
                    continue
                t0 = time.perf_counter()
                try:
                    value = engine.eval_rule(f"data.{package}.{name}")
                    passed = value is True
                    detail = "" if passed else ("undefined" if value is UNDEFINED else f"got {value!r}")
                except HipaaScanError as exc:
                    passed, detail = False, str(exc)
                results.append(RegoTestResult(path, package, name, passed, detail, time.perf_counter() - t0))
    return results
