"""Benchmark: `evaluate` over synthetic inventories of 1k, 10k and 100k resources.

Each size runs in a fresh subprocess (so peak RSS is that size's own) and prints wall
seconds for loading the inventory, evaluating every policy, and in total, plus peak RSS.
Resources are spread across the resource types the built-in policies read, each
schema-valid (collectors/<source>/schemas), half with every boolean evidence field true.
Usage: python bench/evaluate.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import json
import os
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
    """A resource as a collector writes it: schema-valid (every declared field, typed, from the
    type's schema), with the boolean evidence fields all true (compliant) or all false."""
    from hipaa_scan.scanner.resource_schemas import example_resource, field_schema

    r = example_resource(rtype, i) if field_schema(rtype, "id") else {}
    r.update({"id": f"{rtype}/{i}", "name": f"{rtype}-{i}", "account": f"{100000000000 + i % 20}",
              "region": ["us-east-1", "eu-west-1"][i % 2], "tags": {"phi": "true"} if i % 3 == 0 else {}})
    good = rng.random() < 0.5
    for path in evidence:
        node = field_schema(rtype, path)
        types = node.get("type") if isinstance(node, dict) else None
        if types is None or "boolean" not in ([types] if isinstance(types, str) else types):
            continue
        cur = r
        parts = path.split(".")
        for p in parts[:-1]:
            cur = cur.get(p) if isinstance(cur, dict) else None
        if isinstance(cur, dict):
            cur[parts[-1]] = good
    return r


def synthetic_inventory(n: int, seed: int = 7) -> dict:
    from hipaa_scan.scanner.policies import load_policy_set

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
    from hipaa_scan.scanner.evaluate import Evaluator
    from hipaa_scan.scanner.inventory import load_inventory
    from hipaa_scan.scanner.policies import load_policy_set

    t0 = time.perf_counter()
    doc, sha = load_inventory(Path(path))
    t1 = time.perf_counter()
    ps = load_policy_set()
    if engine == "opa":  # OPA's REST API, served by the local fixture in a process of its own
        from hipaa_scan.scanner.engine_opa import OpaEngine

        fixture = subprocess.Popen([sys.executable, str(ROOT / "tests" / "opa_fixture.py")], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            url = fixture.stdout.readline().strip()
            t1 = time.perf_counter()
            with OpaEngine(url, push=True, policy_set_sha256=ps.sha256, timeout=600) as opa:
                res = Evaluator(ps, opa).evaluate(doc, inventory_sha256=sha)
        finally:
            fixture.stdin.close()
            fixture.wait(timeout=60)
    else:
        ev = Evaluator(ps)
        res = ev.evaluate(doc, inventory_sha256=sha)
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest worker
    print(json.dumps({"load_s": t1 - t0, "evaluate_s": t2 - t1, "total_s": t2 - t0, "peak_rss_mib": rss,
                      "worker_rss_mib": worker_rss,
                      "findings": len(res["findings"]), "controls": len(ps.policies)}))


def write_shards(folder: Path, accounts: int, per_account: int) -> list[Path]:
    """One inventory per account (as `scan aws --accounts-file` per account group would write),
    each ``per_account`` resources: the synthetic inventory with the account's own ids and account."""
    import re

    template = json.dumps(synthetic_inventory(per_account))
    paths = []
    for k in range(accounts):
        account = f"{200000000000 + k}"
        text = re.sub(r'"account": "\d{12}"', f'"account": "{account}"', template)
        text = text.replace('"id": "', f'"id": "{account}:')
        path = folder / f"shard-{k:04d}.json"
        path.write_text(text)
        paths.append(path)
    return paths


def run_shard_worker(listing: str, out_dir: str) -> None:
    """Evaluate each listed shard with one Evaluator (policies compiled once); write its results
    as the CLI does (scanner.inventory.write_json)."""
    from hipaa_scan.scanner.evaluate import Evaluator
    from hipaa_scan.scanner.inventory import load_inventory, write_json
    from hipaa_scan.scanner.policies import load_policy_set

    ev = Evaluator(load_policy_set())
    for line in Path(listing).read_text().split():
        doc, sha = load_inventory(Path(line))
        res = ev.evaluate(doc, inventory_sha256=sha)
        write_json(res, Path(out_dir) / (Path(line).stem + ".results.json"))


#: sizes from this many resources run sharded (one inventory per account, then merge)
SHARDED_FROM = 1_000_000


def run_sharded(accounts: int, per_account: int, workers: int) -> None:
    """The organisation-scale run as a user would run it: one inventory per account, evaluated
    shard by shard by ``workers`` processes (each reusing one Evaluator), then ``hipaa-scan
    merge`` of the results (scanner.merge.merge_to: streamed, memory bounded per control).
    Peak RSS: this process (the merge) and the largest worker (RUSAGE_CHILDREN)."""
    from hipaa_scan.scanner.merge import merge_to

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        shards = write_shards(folder, accounts, per_account)
        print(f"wrote {accounts} shards of {per_account} resources in {time.perf_counter() - t:.1f} s (not timed)")
        t0 = time.perf_counter()
        procs = []
        for w in range(workers):
            listing = folder / f"worker-{w}.txt"
            listing.write_text("\n".join(str(p) for p in shards[w::workers]))
            procs.append(subprocess.Popen([sys.executable, __file__, "--_shards", str(listing), "--_out", tmp]))
        for p in procs:
            if p.wait() != 0:
                sys.exit("bench: a shard worker failed")
        t1 = time.perf_counter()
        kind, merged = merge_to(sorted(folder.glob("*.results.json")), folder / "merged-results.json")
        t2 = time.perf_counter()
        self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        n = accounts * per_account
        print(f"{'resources':>10} {'shards':>7} {'workers':>7} {'findings':>9} {'eval s':>8} {'merge s':>8} {'total s':>8} "
              f"{'RSS self':>9} {'RSS child':>10} {'RSS sum':>8}")
        print(f"{n:>10} {accounts:>7} {workers:>7} {merged['summary']['total']:>9} {t1 - t0:>8.1f} {t2 - t1:>8.1f} "
              f"{t2 - t0:>8.1f} {self_rss:>9.0f} {child_rss:>10.0f} {self_rss + child_rss:>8.0f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--engine", default="embedded")
    ap.add_argument("--opa-sizes", default="1000,10000",
                    help="Sizes also run through --engine opa (OPA REST API of the local fixture); '' to skip.")
    ap.add_argument("--sharded", metavar="ACCOUNTS[xPER]",
                    help="Organisation scale: ACCOUNTS inventories of PER resources (default 1000), evaluated "
                         "shard by shard and merged, e.g. --sharded 1000x1000 for 1M resources.")
    ap.add_argument("--workers", type=int, default=2, help="Shard worker processes for --sharded.")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    ap.add_argument("--_shards", help=argparse.SUPPRESS)
    ap.add_argument("--_out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run:
        run_one(args._run, args.engine)
        return
    if args._shards:
        run_shard_worker(args._shards, args._out)
        return
    if args.sharded:
        accounts, _, per = args.sharded.partition("x")
        run_sharded(int(accounts), int(per or 1000), args.workers)
        return
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    for n in [n for n in sizes if n >= SHARDED_FROM]:  # organisation scale: one shard per account of 1,000
        print(f"{n} resources, sharded as a user runs it: {n // 1000} account inventories of 1,000 resources, "
              f"evaluated by {args.workers} worker processes, then merged")
        run_sharded(n // 1000, 1000, args.workers)
    args.sizes = ",".join(str(n) for n in sizes if n < SHARDED_FROM)
    if not args.sizes:
        return
    print(f"{'resources':>10} {'controls':>8} {'findings':>9} {'load s':>8} {'eval s':>8} {'total s':>8} "
          f"{'peak RSS MiB':>13} {'worker MiB':>11} {'s per 1k':>9}")
    embedded: dict[int, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.sizes.split(",") if x.strip()]:
            path = Path(tmp) / f"inv-{n}.json"
            path.write_text(json.dumps(synthetic_inventory(n)))
            out = subprocess.run([sys.executable, __file__, "--_run", str(path), "--engine", args.engine],
                                 capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"bench: size {n} failed: {out.stderr.strip().splitlines()[-1]}")
            m = json.loads(out.stdout)
            print(f"{n:>10} {m['controls']:>8} {m['findings']:>9} {m['load_s']:>8.2f} {m['evaluate_s']:>8.2f} "
                  f"{m['total_s']:>8.2f} {m['peak_rss_mib']:>13.0f} {m['worker_rss_mib']:>11.0f} "
                  f"{m['total_s'] / n * 1000:>9.3f}")
            embedded[n] = m
        opa_sizes = [int(x) for x in args.opa_sizes.split(",") if x.strip()]
        if opa_sizes:
            print("\nOPA engine (pushed; deny sets through the Query API) against tests/opa_fixture.py, a local server of OPA's "
                  "REST API that evaluates with regorus: the figures measure the client, HTTP and JSON overhead, "
                  "not a real OPA's speed.")
            print(f"{'resources':>10} {'embedded eval s':>16} {'opa eval s':>11} {'ratio':>7}")
        for n in opa_sizes:
            path = Path(tmp) / f"inv-{n}.json"
            if not path.exists():
                path.write_text(json.dumps(synthetic_inventory(n)))
            if n not in embedded:
                out = subprocess.run([sys.executable, __file__, "--_run", str(path)], capture_output=True, text=True,
                                     check=True)
                embedded[n] = json.loads(out.stdout)
            out = subprocess.run([sys.executable, __file__, "--_run", str(path), "--engine", "opa"],
                                 capture_output=True, text=True, check=True)
            m = json.loads(out.stdout)
            e = embedded[n]["evaluate_s"]
            print(f"{n:>10} {e:>16.2f} {m['evaluate_s']:>11.2f} {m['evaluate_s'] / e:>6.1f}x")


if __name__ == "__main__":
    main()
