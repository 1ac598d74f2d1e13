"""``hipaa-scan policy test``: run every ``test_*`` rule of every ``*_test.rego``.

regorus has no ``opa test``. Each test file is loaded into an engine together with every
policy and library module (so tests can import the policy they test); each ``test_*``
rule is evaluated: ``true`` passes, anything else (undefined, false) fails. The same tests
run under OPA's Go engine too (``engine="opa"``; ``hipaa-scan policy test --engine opa|both``).
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


def run_tests(policy_set: PolicySet, pattern: str | None = None, engine: str = "embedded") -> list[RegoTestResult]:
    """Run the tests under regorus (``embedded``) or under OPA's Go engine (``opa``).

    regorus: each test file in a clone of an engine holding every policy and library module.
    OPA: every module and test compiled once, then one evaluation per test through the
    engine's fixed dispatch query (the bridge recompiles for each new query text)."""
    files = _test_files(policy_set)
    results: list[RegoTestResult] = []
    if engine == "opa":
        from scanner.engine_opa_embedded import OpaEmbeddedEngine

        opa = _loaded(OpaEmbeddedEngine(), policy_set)
        for path, _, source in files:
            opa.add_module(str(path), source)
        opa.compile()
        opa.set_input({})
        for path, package, source in files:
            _run_file(opa, path, package, source, pattern, results)
        opa.close()
        return results
    base = _loaded(EmbeddedEngine(), policy_set)
    for path, package, source in files:
        one = base.clone()
        one.add_module(str(path), source)
        one.set_input({})
        _run_file(one, path, package, source, pattern, results)
    return results


def _loaded(engine, policy_set: PolicySet):
    for m in policy_set.modules:
        engine.add_module(str(m.path), m.source)
    for p in policy_set.policies:
        engine.add_module(str(p.path), p.source)
    return engine


def _run_file(engine, path: Path, package: str, source: str, pattern: str | None,
              results: list[RegoTestResult]) -> None:
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


def _test_files(policy_set: PolicySet) -> list[tuple[Path, str, str]]:
    out = []
    for root in policy_set.roots:
        for path in discover(root)[2]:
            try:
                source = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise PolicyError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", str(path)) from None
            m = _PACKAGE_RE.search(source)
            if not m:
                raise PolicyError("no package declaration", f"{path}:1")
            out.append((path, m.group(1), source))
    return out
