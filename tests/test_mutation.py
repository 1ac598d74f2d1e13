"""Mutation test over every control: one odd value never blinds the others, never passes, and
both engines agree.

For every built-in control and every field on its METADATA ``evidence`` list:
- start from an inventory with several resources of its type (copies of the control's pass
  variant from tests/generated_inventory.py, which the policies themselves drive towards
  compliance) plus the other types it reads;
- for one resource, set the field to null, remove it, give it a value of the wrong type, or
  make it an empty string, list or object;
- evaluate under regorus and under OPA's Go engine (opa-golib-python-bindings).

Three things must hold:
- every other resource's verdict is unchanged;
- the mutated resource is ``fail``, ``error`` or ``not_applicable`` (or out of the control's
  scope), never ``pass`` — unless the field is one the control declares in METADATA
  ``evidence_optional`` (absence or emptiness is a compliant state, with the reason) and the
  mutation is null, missing or empty;
- both engines give the same findings.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter

import pytest
from generated_inventory import _schema_types, generated_inventory

from hipaa_scan.scanner.engine_opa_embedded import OpaEmbeddedEngine
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.policies import PolicySet, load_policy_set
from hipaa_scan.scanner.resource_schemas import _json_type

#: Checked when the inventory is loaded (a missing or non-string id/name is exit 2, naming the
#: JSON path), so a control never sees them malformed: not mutated here.
ENVELOPE = ("id", "name")
COPIES = 3
MUTATED = 1  # index of the copy that is mutated
RUNTIME_ERROR = "The control could not be evaluated: "
_STATS: Counter = Counter()

POLICY_SET = load_policy_set()
CONTROLS = [p.id for p in POLICY_SET.policies]


@pytest.fixture(scope="module")
def generated():
    return generated_inventory(POLICY_SET)


def _get(doc, path):
    cur = doc
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return _ABSENT
        cur = cur[part]
    return cur


_ABSENT = object()


def _set(doc, path, value):
    parts = path.split(".")
    cur = doc
    for part in parts[:-1]:
        if not isinstance(cur.get(part), dict):
            cur[part] = {}
        cur = cur[part]
    cur[parts[-1]] = value


def _delete(doc, path):
    parts = path.split(".")
    cur = doc
    for part in parts[:-1]:
        cur = cur.get(part)
        if not isinstance(cur, dict):
            return
    cur.pop(parts[-1], None)


_WRONG = {"string": 12345, "integer": "not-a-number", "number": "not-a-number", "boolean": "true",
          "array": "not-a-list", "object": "not-an-object", "null": 12345}


def _wrong_for(allowed: set[str]):
    """A value of a JSON type the schema does not allow for the field."""
    for v in (12345, "not-a-value", True, ["not-a-value"], {"not": "a-value"}):
        t = _json_type(v)
        if t not in allowed and not (t == "integer" and "number" in allowed):
            return v
    return None


def mutations(value, allowed: set[str] | None = None):
    """(name, function) pairs for a field whose current value is ``value`` (``allowed``: the
    JSON types its schema admits, when the type has a schema)."""
    out = [("null", lambda d, f: _set(d, f, None)), ("missing", _delete)]
    if allowed is not None:
        wrong = _wrong_for(allowed)
    elif isinstance(value, str):
        wrong = 12345
    elif isinstance(value, bool):
        wrong = "true"
    elif isinstance(value, (int, float)):
        wrong = "not-a-number"
    elif isinstance(value, (list, dict)):
        wrong = "not-a-collection"
    else:
        wrong = 12345
    if allowed is None or wrong is not None:
        out.append(("wrong_type", lambda d, f: _set(d, f, wrong)))
    if isinstance(value, str):
        out.append(("empty_string", lambda d, f: _set(d, f, "")))
    elif isinstance(value, list):
        out.append(("empty_list", lambda d, f: _set(d, f, [])))
    elif isinstance(value, dict):
        out.append(("empty_object", lambda d, f: _set(d, f, {})))
    return out


def _base(policy, generated):
    """Copies of the control's pass variant (the group of its scope), and the types it reads."""
    rtype = policy.resource_type
    candidates = [r for r in generated["resources"][rtype] if r["id"].endswith("-pass")]
    scope = policy.custom.get("scope")
    if scope:
        candidates = [r for r in candidates if _get(r, scope["field"]) in scope["in"]] or candidates
    base = candidates[0]
    copies = []
    for i in range(COPIES):
        r = copy.deepcopy(base)
        r.update(id=f"{base['id']}#{i}", name=f"{base['name']}-{i}")
        copies.append(r)
    resources = {t: copy.deepcopy(v) for t, v in generated["resources"].items() if t in policy.reads}
    resources[rtype] = copies
    return {"schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z",
            "sources": generated["sources"], "resources": resources, "errors": []}


def _single(policy) -> PolicySet:
    return PolicySet([policy], POLICY_SET.modules, POLICY_SET.roots)


def _verdicts(doc, control):
    out = {}
    for f in doc["findings"]:
        if f["control_id"] == control and f["resource"]:
            msg = RUNTIME_ERROR if f["message"].startswith(RUNTIME_ERROR) else f["message"]
            out[f["resource"]["id"]] = (f["status"], msg)
    return out


@pytest.mark.parametrize("control", CONTROLS)
def test_mutations_of_every_evidence_field(control, generated):
    policy = next(p for p in POLICY_SET.policies if p.id == control)
    ps = _single(policy)
    embedded = Evaluator(ps)
    opa = Evaluator(ps, OpaEmbeddedEngine())
    base = _base(policy, generated)

    def both(inv):
        a = _verdicts(embedded.evaluate(inv, pin=True), control)
        b = _verdicts(opa.evaluate(inv, pin=True), control)
        return a, b

    a, b = both(base)
    assert a == b, f"{control}: the engines disagree on the unmutated inventory"
    baseline = {rid: v[0] for rid, v in a.items()}
    mutated_id = base["resources"][policy.resource_type][MUTATED]["id"]
    optional = policy.evidence_optional
    problems = []
    for field in policy.evidence:
        if field in ENVELOPE:
            continue
        value = _get(base["resources"][policy.resource_type][MUTATED], field)
        allowed = _schema_types(policy.resource_type, field)
        for name, mutate in mutations(None if value is _ABSENT else value, allowed):
            inv = copy.deepcopy(base)
            mutate(inv["resources"][policy.resource_type][MUTATED], field)
            a, b = both(inv)
            _STATS["mutations"] += 1
            where = f"{control} {field} {name}"
            if a != b:
                diff = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
                problems.append(f"{where}: regorus and OPA disagree: {diff}")
            for rid, status in baseline.items():
                if rid != mutated_id and a.get(rid, (None,))[0] != status:
                    problems.append(f"{where}: {rid} changed {status} -> {a.get(rid)}")
            got = a.get(mutated_id, ("out of scope",))[0]
            allowed = name != "wrong_type" and any(field == k or field.startswith(k + ".") for k in optional)
            if got == "pass" and not allowed:
                problems.append(f"{where}: the mutated resource passes")
    _STATS["controls"] += 1
    _STATS["fields"] += len([f for f in policy.evidence if f not in ENVELOPE])
    _STATS["passing_base"] += baseline.get(mutated_id) == "pass"
    opa.engine.close()
    assert problems == []


_READERS = [p.id for p in POLICY_SET.policies if p.reads]
_LIB_SOURCE = "\n".join(m.source for m in POLICY_SET.modules)


def _read_fields(policy, rtype: str) -> list[str]:
    """Top-level fields of a read type that the control's Rego (or a library) names."""
    from hipaa_scan.scanner.resource_schemas import schema_for

    schema = schema_for(rtype) or {}
    names = set(re.findall(r"\.([a-z_][a-z0-9_]*)", policy.source + "\n" + _LIB_SOURCE))
    return sorted(f for f in (schema.get("properties") or {}) if f in names and f not in ENVELOPE)


@pytest.mark.parametrize("control", _READERS)
def test_mutations_of_the_types_a_control_reads(control, generated):
    """A control that reads other types (trails for an account, the KMS keys for a bucket):
    one odd value in one of those never turns a verdict into a pass, and both engines agree."""
    policy = next(p for p in POLICY_SET.policies if p.id == control)
    ps = _single(policy)
    embedded = Evaluator(ps)
    opa = Evaluator(ps, OpaEmbeddedEngine())
    base = _base(policy, generated)
    for rtype in policy.reads:  # the read types' pass variants, so a mutation can only take away
        base["resources"][rtype] = [r for r in generated["resources"].get(rtype, []) if r["id"].endswith("-pass")]

    def both(inv):
        return (_verdicts(embedded.evaluate(inv, pin=True), control),
                _verdicts(opa.evaluate(inv, pin=True), control))

    a, b = both(base)
    assert a == b
    baseline = {rid: v[0] for rid, v in a.items()}
    problems = []
    for rtype in policy.reads:
        for index, target in enumerate(base["resources"][rtype]):
            for field in _read_fields(policy, rtype):
                allowed = _schema_types(rtype, field)
                value = target.get(field)
                for name, mutate in mutations(value, allowed):
                    inv = copy.deepcopy(base)
                    mutate(inv["resources"][rtype][index], field)
                    a, b = both(inv)
                    _STATS["read_mutations"] += 1
                    where = f"{control} {rtype}.{field} {name}"
                    if a != b:
                        diff = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
                        problems.append(f"{where}: regorus and OPA disagree: {diff}")
                    for rid, status in baseline.items():
                        if status != "pass" and a.get(rid, (None,))[0] == "pass":
                            problems.append(f"{where}: {rid} went from {status} to pass")
    opa.engine.close()
    assert problems == []


def test_zz_mutation_summary(capsys):
    """Prints how much the mutation test covered (run last in its file)."""
    if not (_STATS["controls"] or _STATS["read_mutations"]):
        pytest.skip("the mutation tests did not run in this worker")
    with capsys.disabled():
        print(f"\nmutation test: {_STATS['read_mutations']} mutations of the types controls read; "
              f"{_STATS['mutations']} mutations over {_STATS['fields']} evidence fields "
              f"of {_STATS['controls']} controls ({_STATS['passing_base']} starting from a passing "
              "resource), each under regorus and OPA")
    assert _STATS["mutations"] >= _STATS["fields"]


def test_every_control_declares_its_evidence():
    """A control with no evidence list escapes the mutation test: every built-in one has one."""
    assert [p.id for p in POLICY_SET.policies if not p.evidence] == []


def test_mutations_cover_null_missing_wrong_type_and_empty():
    names = {n for v in ("s", 1, True, [1], {"a": 1}) for n, _ in mutations(v)}
    assert names == {"null", "missing", "wrong_type", "empty_string", "empty_list", "empty_object"}
    doc = {"a": {"b": "x"}}
    for n, m in mutations("x"):
        d = json.loads(json.dumps(doc))
        m(d, "a.b")
        assert d != doc, n


def test_wrong_type_follows_the_schema():
    assert _wrong_for({"string", "null"}) == 12345
    assert _wrong_for({"integer"}) == "not-a-value"
    assert _wrong_for({"number", "null"}) == "not-a-value"
    assert _wrong_for({"integer", "string", "boolean", "array", "object"}) is None
