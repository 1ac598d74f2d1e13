"""``hipaa-scan policy test``: run every ``test_*`` rule of every ``*_test.rego``.

regorus has no ``opa test``. Each test file is loaded into an engine together with every
policy and library module (so tests can import the policy they test); each ``test_*``
rule is evaluated: ``true`` passes, anything else (undefined, false) fails. The same tests
run under OPA's Go engine too (``engine="opa"``; ``hipaa-scan policy test --engine opa|both``).
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hipaa_scan.scanner.engine import UNDEFINED, EmbeddedEngine
from hipaa_scan.scanner.errors import HipaaScanError, PolicyError
from hipaa_scan.scanner.policies import PolicySet, discover, read_source

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
        from hipaa_scan.scanner.engine_opa_embedded import OpaEmbeddedEngine

        opa = _loaded(OpaEmbeddedEngine(), policy_set)
        for path, _, source in files:
            opa.add_module(str(path), source)
        opa.compile()
        opa.set_input({})
        for path, package, source in files:

            _run_file(opa, path, package, source, pattern, results,
                      functools.partial(_opa_explainer, policy_set, path, source))
        opa.close()
        return results
    base = _loaded(EmbeddedEngine(), policy_set)
    for path, package, source in files:
        one = base.clone()
        one.add_module(str(path), source)
        one.set_input({})

        _run_file(one, path, package, source, pattern, results, functools.partial(_embedded_explainer, one, path))
    return results


def _embedded_explainer(one: EmbeddedEngine, path: Path, extra: str) -> EmbeddedEngine:
    """regorus: the test file's engine with the explanation module added (a clone)."""
    twin = one.clone()
    twin.add_module(f"{path}.explain.rego", extra)
    twin.set_input({})
    return twin


def _opa_explainer(policy_set: PolicySet, path: Path, source: str, extra: str) -> Any:
    """OPA: an engine compiled with the policies, the test file and the explanation module."""
    from hipaa_scan.scanner.engine_opa_embedded import OpaEmbeddedEngine

    twin = _loaded(OpaEmbeddedEngine(), policy_set)
    twin.add_module(str(path), source)
    twin.add_module(f"{path}.explain.rego", extra)
    twin.compile()
    twin.set_input({})
    return twin


def _loaded(engine: Any, policy_set: PolicySet) -> Any:
    for m in policy_set.modules:
        engine.add_module(str(m.path), m.source)
    for p in policy_set.policies:
        engine.add_module(str(p.path), p.source)
    return engine


def _batch(engine: Any, package: str, names: list[str]) -> dict[str, Any]:
    """The values of a file's tests in one query where the engine answers many rules at once (OPA's
    Go engine: one query costs as much as one test); {} when the batch fails at run time, so that
    each test then runs alone and the failing one is named."""
    eval_rules = getattr(engine, "eval_rules", None)
    if eval_rules is None or len(names) < 2:
        return {}
    try:
        values = eval_rules([f"data.{package}.{n}" for n in names])
    except HipaaScanError:
        return {}
    return {n: values[f"data.{package}.{n}"] for n in names}


def _run_file(engine: Any, path: Path, package: str, source: str, pattern: str | None,
              results: list[RegoTestResult], explainer: Callable[[str], Any] | None = None) -> None:
    names = [n for n in rego_test_rules(source) if not pattern or re.search(pattern, f"{package}.{n}")]
    t0 = time.perf_counter()
    batch = _batch(engine, package, names)
    each = (time.perf_counter() - t0) / len(names) if batch and names else 0.0
    for name in names:
        t0 = time.perf_counter()
        try:
            value = batch[name] if name in batch else engine.eval_rule(f"data.{package}.{name}")
            passed = value is True
            detail = "" if passed else ("undefined" if value is UNDEFINED else f"got {value!r}")
            if not passed and explainer is not None:
                why = explain(explainer, package, name, source)
                detail = f"{detail}\n{why}" if why else detail
        except HipaaScanError as exc:
            passed, detail = False, str(exc)
        results.append(RegoTestResult(path, package, name, passed, detail, each + time.perf_counter() - t0))


def _test_files(policy_set: PolicySet) -> list[tuple[Path, str, str]]:
    out = []
    for root in policy_set.roots:
        for path in discover(root)[2]:
            try:
                source = read_source(path)
            except UnicodeDecodeError as exc:
                raise PolicyError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", str(path)) from None
            m = _PACKAGE_RE.search(source)
            if not m:
                raise PolicyError("no package declaration", f"{path}:1")
            out.append((path, m.group(1), source))
    return out


# ----------------------------------------------------------------------------- expected vs got
def _scan(text: str):
    """Yield (index, char, depth) outside strings and comments; depth counts (), [] and {}."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "`":
            i = text.find("`", i + 1) + 1 or n
            continue
        if c == "#":
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        yield i, c, depth
        i += 1


def _rule_body(source: str, name: str) -> str | None:
    """The text between the braces of ``name if { ... }`` (its first definition)."""
    m = re.search(rf"^{re.escape(name)}\b[^\n{{]*\{{", source, re.M)
    if not m:
        return None
    start = m.end()
    for i, c, depth in _scan(source[start:]):
        if c == "}" and depth < 0:
            return source[start:start + i]
    return None


def _statements(body: str) -> list[str]:
    """The body's expressions: split at depth-0 newlines and semicolons; a line that starts
    with ``with`` continues the expression before it."""
    out: list[str] = []
    last = 0
    for i, c, depth in _scan(body + "\n"):
        if c in "\n;" and depth == 0:
            text = (body + "\n")[last:i].strip()
            last = i + 1
            if not text:
                continue
            if text.startswith("with ") and out:
                out[-1] += " " + text
            else:
                out.append(text)
    return out


def _split_comparison(stmt: str) -> tuple[str, str, str] | None:
    """``lhs == rhs with …`` → (lhs, rhs, "with …"); None for any other expression."""
    eq = with_at = None
    for i, c, depth in _scan(stmt):
        if depth != 0:
            continue
        if c == "=" and stmt[i:i + 2] == "==" and eq is None and stmt[i - 1:i] not in "!<>=":
            eq = i
        if c == "w" and stmt[i:i + 5] == "with " and (i == 0 or stmt[i - 1].isspace()) and with_at is None:
            with_at = i
    if eq is None or (with_at is not None and with_at < eq):
        return None
    end = with_at if with_at is not None else len(stmt)
    return stmt[:eq].strip(), stmt[eq + 2:end].strip(), stmt[end:].strip()


def _explain_module(package: str, source: str, stmts: list[str]) -> str:
    imports = [line for line in source.splitlines() if line.startswith("import ")]
    rules = []
    for i, stmt in enumerate(stmts):
        before = "".join(f"\t{s}\n" for s in stmts[:i])
        rules.append(f"hipaa_explain_holds_{i} if {{\n{before}\t{stmt}\n}}")
        cmp = _split_comparison(stmt)
        if cmp:
            lhs, rhs, mods = cmp
            rules.append(f"hipaa_explain_sides_{i} := [{{\"type\": type_name(hipaa_l), \"value\": hipaa_l}}, "
                         f"{{\"type\": type_name(hipaa_r), \"value\": hipaa_r}}] if {{\n{before}"
                         f"\thipaa_l := {lhs} {mods}\n\thipaa_r := {rhs} {mods}\n}}")
    return f"package {package}\n\n" + "\n".join(imports) + "\n\n" + "\n\n".join(rules) + "\n"


def _show(side: dict) -> str:
    import json

    value = side.get("value")
    if side.get("type") == "set" and isinstance(value, list):
        return "{" + ", ".join(json.dumps(v, sort_keys=True) for v in value) + "}" if value else "set()"
    return json.dumps(value, sort_keys=True)


def explain(make_engine, package: str, name: str, source: str) -> str:
    """Why ``package.name`` failed: the first expression of its body that does not hold, and
    for a comparison ``got <left>, expected <right>`` (tests compare the actual value on the
    left with the expected one on the right). ``make_engine(extra_module)`` returns an engine
    holding the policies, the test file and ``extra_module``. Empty when it cannot tell."""
    body = _rule_body(source, name)
    if body is None:
        return ""
    stmts = _statements(body)
    if not stmts:
        return ""
    try:
        engine = make_engine(_explain_module(package, source, stmts))
        for i, stmt in enumerate(stmts):
            if engine.eval_rule(f"data.{package}.hipaa_explain_holds_{i}") is True:
                continue
            line = f"failed: {' '.join(stmt.split())}"
            if _split_comparison(stmt):
                sides = engine.eval_rule(f"data.{package}.hipaa_explain_sides_{i}")
                if isinstance(sides, list) and len(sides) == 2:
                    line += f"\ngot:      {_show(sides[0])}\nexpected: {_show(sides[1])}"
            return line
    except HipaaScanError as exc:
        return f"(no explanation: {exc})"
    return ""
