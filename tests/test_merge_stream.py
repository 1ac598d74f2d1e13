"""The streamed results merge (hipaa-scan merge) equals the in-memory one, with bounded memory."""

from __future__ import annotations

import copy
import json

import pytest

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.merge import merge_results, merge_results_stream
from hipaa_scan.scanner.policies import load_policy_set
from tests.generated_inventory import generated_inventory


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    """Three shards of one generated inventory (every second resource in shard a, the rest in b,
    shard c repeats part of a with some verdicts changed), evaluated with the same policies."""
    ps = load_policy_set()
    inv = generated_inventory(ps)
    a = copy.deepcopy(inv)
    b = copy.deepcopy(inv)
    for t, items in inv["resources"].items():
        a["resources"][t] = items[0::2]
        b["resources"][t] = items[1::2]
    ev = Evaluator(ps)
    docs = [ev.evaluate(a, pin=True, inventory_sha256="a"), ev.evaluate(b, pin=True, inventory_sha256="b")]
    c = copy.deepcopy(docs[0])
    c["scan"]["id"] = "c"
    flipped = [f for f in c["findings"] if f["status"] == "pass" and f["resource"]][:5]
    for f in flipped:
        f["status"], f["message"] = "error", "Could not read it."
    docs.append(c)
    folder = tmp_path_factory.mktemp("shards")
    paths = []
    for i, d in enumerate(docs):
        path = folder / f"shard-{i}.json"
        path.write_text(json.dumps(d, indent=2))
        paths.append(path)
    return {"docs": docs, "paths": paths, "dir": folder, "flipped": flipped}


def test_streamed_merge_equals_the_in_memory_merge(shards):
    out = shards["dir"] / "merged.json"
    returned = merge_results_stream(shards["paths"], out)
    streamed = json.loads(out.read_text())
    in_memory = merge_results(copy.deepcopy(shards["docs"]), paths=[str(p) for p in shards["paths"]])
    assert set(streamed) == set(in_memory)
    for key in in_memory:
        assert streamed[key] == in_memory[key], key
    assert "findings" not in returned and returned["gate"] == in_memory["gate"]
    # the shard c disagreement: the worse outcome wins, each finding once
    keys = [(f["control_id"], (f["resource"] or {}).get("id")) for f in streamed["findings"]]
    assert len(keys) == len(set(keys))
    flipped = {(f["control_id"], f["resource"]["id"]) for f in shards["flipped"]}
    assert {(f["control_id"], f["resource"]["id"]): f["status"] for f in streamed["findings"]
            if f["resource"] and (f["control_id"], f["resource"]["id"]) in flipped} == dict.fromkeys(flipped, "error")
    # deterministic bytes
    again = shards["dir"] / "again.json"
    merge_results_stream(shards["paths"], again)
    assert again.read_bytes() == out.read_bytes()


def test_a_malformed_finding_is_named_by_its_path(shards, tmp_path):
    doc = copy.deepcopy(shards["docs"][1])
    doc["findings"][3]["status"] = "passed"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    with pytest.raises(InputError) as exc:
        merge_results_stream([shards["paths"][0], bad], tmp_path / "m.json")
    assert str(exc.value).startswith(f"{bad}: $.findings[3].status: 'passed' is not one of")
    assert not (tmp_path / "m.json").exists()
