"""Nested mutations: every leaf of a resource (list items and nested objects included), not only
the fields a control lists as evidence, under both engines.

For every resource type the built-in controls judge or read, take the generated inventory
(tests/generated_inventory.py: schema-valid resources, a pass variant and fail variants) and,
for the pass variant and one fail variant, set each leaf path to null, remove it, or give it a
value of another JSON type. Evaluate the controls that judge or read the type. Must hold:
- regorus and OPA give the same findings;
- no other resource of the type changes verdict under a control of that type (one odd value
  never blinds the others);
- no finding of the mutated resource turns from fail (or, by a null or a removal, from error)
  into pass, unless the leaf is a field the control declares in ``evidence_optional`` or lies
  outside its evidence.

It found that a trail without ``account`` made regorus drop or raise on the helper set of
covered accounts in AWS-CT-01/04 (OPA did not): a partial set whose head formats a field the
body never read. ``hipaa-scan policy lint`` (R2) now checks every partial set's head.
"""

from __future__ import annotations

import copy
import functools
import re

import pytest
from generated_inventory import generated_inventory

from hipaa_scan.scanner.engine_opa_embedded import OpaEmbeddedEngine
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.policies import PolicySet, load_policy_set

RUNTIME_ERROR = "The control could not be evaluated: "
_COUNT = {"mutations": 0, "types": 0}
POLICY_SET = load_policy_set()
#: The types the controls judge (the generated inventory holds those; a type only read, such as
#: aws_backup_plan, comes in as its readers' context).
TYPES = sorted({p.resource_type for p in POLICY_SET.policies})


@pytest.fixture(scope="module")
def generated():
    return generated_inventory(POLICY_SET)


def leaves(value, path=()):
    """Every path below a resource: object members, the first list item, and the containers."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, path + (k,))
    elif isinstance(value, list) and value:
        yield from leaves(value[0], path + (0,))
    if path:
        yield path


def _at(doc, path):
    for p in path:
        doc = doc[p]
    return doc


def _other_type(v):
    if isinstance(v, bool):
        return "yes"
    if isinstance(v, (int, float)):
        return "12"
    if isinstance(v, str):
        return 12
    if isinstance(v, list):
        return {"not": "a list"}
    if isinstance(v, dict):
        return ["not an object"]
    return 7


def _mutate(resource, path, kind):
    parent = _at(resource, path[:-1])
    key = path[-1]
    if kind == "null":
        parent[key] = None
    elif kind == "missing":
        parent.pop(key) if isinstance(parent, list) else parent.pop(key, None)
    else:
        parent[key] = _other_type(parent[key])


def _verdicts(doc):
    return {(f["control_id"], f["resource"]["id"] if f["resource"] else None):
            (f["status"], RUNTIME_ERROR if f["message"].startswith(RUNTIME_ERROR) else f["message"])
            for f in doc["findings"]}


_IMPORT = re.compile(r"^import\s+data\.([\w.]+)", re.M)
_LIBS = {m.package: m.source for m in POLICY_SET.modules}


def _text(source: str, seen: frozenset = frozenset()) -> str:
    """A module's source with the library modules it imports, transitively."""
    out = [source]
    for pkg in _IMPORT.findall(source):
        if pkg in _LIBS and pkg not in seen:
            out.append(_text(_LIBS[pkg], seen | {pkg}))
    return "\n".join(out)


def _reads_field(policy, field: str) -> bool:
    """Whether the control (or a library it imports) names ``field`` at all: a control that never
    names a member cannot see its value, so a mutation of it cannot change its verdicts."""
    return re.search(rf"(?<![\w]){re.escape(field)}(?![\w])", _text(policy.source)) is not None


@functools.cache
def _evaluators(rtype: str, field: str, ids: tuple[str, ...]):
    chosen = [p for p in POLICY_SET.policies if p.id in ids and _reads_field(p, field)]
    sub = PolicySet(chosen, POLICY_SET.modules, POLICY_SET.roots)
    return (Evaluator(sub), Evaluator(sub, OpaEmbeddedEngine())) if chosen else (None, None)


def _judged(policy, path) -> bool:
    """Whether the control judges this leaf (it lies on or under an evidence path not declared optional)."""
    dotted = ".".join(str(p) for p in path if not isinstance(p, int))
    for e in policy.evidence:
        if dotted == e or dotted.startswith(e + ".") or e.startswith(dotted + "."):
            return not any(dotted == k or dotted.startswith(k + ".") for k in policy.evidence_optional)
    return False


@pytest.mark.parametrize("rtype", TYPES)
def test_nested_mutations(rtype, generated):
    policies = [p for p in POLICY_SET.policies if p.resource_type == rtype or rtype in p.reads]
    sub = PolicySet(policies, POLICY_SET.modules, POLICY_SET.roots)
    embedded = Evaluator(sub)
    # A small inventory: of this type the pass variant, one fail variant and two more resources
    # (that must keep their verdicts); of the types the controls read, their pass variants.
    everything = generated["resources"]
    own = everything[rtype]
    chosen = [r for r in own if r["id"].endswith("-pass")][:1] + [r for r in own if "-false-" in r["id"]][:1]
    chosen += [r for r in own if r not in chosen][:2]
    resources = {t: [r for r in everything[t] if r["id"].endswith("-pass")]
                 for t in {*(t for p in policies for t in p.reads), *(p.resource_type for p in policies)}
                 if t in everything and t != rtype}
    resources[rtype] = copy.deepcopy(chosen)
    inventory = {k: v for k, v in generated.items() if k != "resources"}
    inventory["resources"] = resources
    items = resources[rtype]
    targets = [i for i, r in enumerate(items) if r["id"].endswith("-pass") or "-false-" in r["id"]]
    baseline = _verdicts(embedded.evaluate(inventory, pin=True))
    own = {p.id: p for p in policies if p.resource_type == rtype}
    problems, count = [], 0
    ids = tuple(sorted(p.id for p in policies))
    for index in targets:
        target_id = items[index]["id"]
        for path in list(leaves(items[index])):
            if path[0] in ("id", "name"):
                continue
            # only the controls that name the mutated member are evaluated: the others cannot see it
            # (their verdicts are the baseline's by construction)
            emb, opa_field = _evaluators(rtype, str(path[0]), ids)
            if emb is None:
                continue
            for kind in ("null", "missing", "other_type"):
                inv = copy.deepcopy(inventory)
                _mutate(inv["resources"][rtype][index], path, kind)
                a = _verdicts(emb.evaluate(inv, pin=True))
                b = _verdicts(opa_field.evaluate(inv, pin=True))
                count += 1
                where = f"{rtype}[{target_id}] {'.'.join(map(str, path))} {kind}"
                if a != b:
                    diff = sorted((k, a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k))
                    problems.append(f"{where}: regorus and OPA disagree: {diff[:2]}")
                for (cid, rid), (status, _) in baseline.items():
                    if not any(c == cid for c, _ in a):
                        continue  # not evaluated for this member (see above)
                    new = a.get((cid, rid), (None,))[0]
                    if cid not in own or new == status:
                        continue
                    if rid != target_id:
                        problems.append(f"{where}: {cid} {rid} changed {status} -> {new}")
                    elif new == "pass" and _judged(own[cid], path) and (
                            status == "fail" or (status == "error" and kind != "other_type")):
                        # (an `error` for a malformed value may rightly pass once the value is well typed)
                        problems.append(f"{where}: {cid} {status} -> pass")
    _COUNT["mutations"] += count
    _COUNT["types"] += 1
    assert count > 0 and problems == []


def test_zz_nested_summary(capsys):
    """Prints how many nested mutations ran in this worker (run last in its file)."""
    if not _COUNT["types"]:
        pytest.skip("the nested mutation tests did not run in this worker")
    with capsys.disabled():
        print(f"\nnested mutation test: {_COUNT['mutations']} mutations over {_COUNT['types']} resource types, "
              "each under regorus and OPA")
