"""Benchmark: `evaluate` over synthetic inventories of 1k, 10k and 100k resources.

Each size runs in a fresh subprocess (so peak RSS is that size's own) and prints wall
seconds for loading the inventory, evaluating every policy, and in total, plus peak RSS.
Resources are spread across the resource types the built-in policies read, half of
them compliant. Usage: python bench/evaluate.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_resource(rtype: str, i: int, evidence: list[str], rng: random.Random) -> dict:
    r = {"id": f"{rtype}/{i}", "name": f"{rtype}-{i}", "account": f"{100000000000 + i % 20}",
         "region": ["us-east-1", "eu-west-1"][i % 2], "tags": {"phi": "true"} if i % 3 == 0 else {}}
    good = rng.random() < 0.5
    for path in evidence:
        cur = r
        parts = path.split(".")
        for p in parts[:-1]:
            nxt = cur.setdefault(p, {})
            if not isinstance(nxt, dict):
                break
            cur = nxt
        if not isinstance(cur, dict) or parts[-1] in ("id", "name") or parts[0] == "tags":
            continue
        cur.setdefault(parts[-1], {"enabled": good, "present": good} if parts[-1] in ("encryption", "logging", "policy", "password_policy") else good)
    return r


def synthetic_inventory(n: int, seed: int = 7) -> dict:
    from scanner.policies import load_policy_set

    rng = random.Random(seed)
    ps = load_policy_set()
    evidence: dict[str, list[str]] = {}
    for p in ps.policies:
        evidence.setdefault(p.resource_type, [])
        evidence[p.resource_type].extend(e for e in p.evidence if e not in evidence[p.resource_type])
    types = sorted(evidence)
    resources: dict[str, list] = {t: [] for t in types}
    for i in range(n):
        t = types[i % len(types)]
        resources[t].append(make_resource(t, i, evidence[t], rng))
    return {"schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z", "scanner_version": "bench",
            "sources": [{"collector": "bench"}], "resources": resources, "errors": []}


def run_one(path: str, engine: str) -> None:
    from scanner.evaluate import Evaluator
    from scanner.inventory import load_inventory
    from scanner.policies import load_policy_set

    t0 = time.perf_counter()
    doc, sha = load_inventory(Path(path))
    t1 = time.perf_counter()
    ps = load_policy_set()
    ev = Evaluator(ps)
    res = ev.evaluate(doc, inventory_sha256=sha)
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"load_s": t1 - t0, "evaluate_s": t2 - t1, "total_s": t2 - t0, "peak_rss_mib": rss,
                      "findings": len(res["findings"]), "controls": len(ps.policies)}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--engine", default="embedded")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run:
        run_one(args._run, args.engine)
        return
    print(f"{'resources':>10} {'controls':>8} {'findings':>9} {'load s':>8} {'eval s':>8} {'total s':>8} {'peak RSS MiB':>13} {'s per 1k':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.sizes.split(",")]:
            path = Path(tmp) / f"inv-{n}.json"
            path.write_text(json.dumps(synthetic_inventory(n)))
            out = subprocess.run([sys.executable, __file__, "--_run", str(path), "--engine", args.engine],
                                 capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"bench: size {n} failed: {out.stderr.strip().splitlines()[-1]}")
            m = json.loads(out.stdout)
            print(f"{n:>10} {m['controls']:>8} {m['findings']:>9} {m['load_s']:>8.2f} {m['evaluate_s']:>8.2f} "
                  f"{m['total_s']:>8.2f} {m['peak_rss_mib']:>13.0f} {m['total_s'] / n * 1000:>9.3f}")


if __name__ == "__main__":
    main()
