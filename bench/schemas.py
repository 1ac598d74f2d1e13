"""Benchmark: the resource-schema check (hipaa_scan.scanner.resource_schemas.violations) on a big inventory.

Builds N resources (default 100,000) spread over every resource type that has a schema,
each with every declared field written (``example_resource``), then times
``violations()`` on the valid inventory (the fast path every healthy scan takes), on the
same inventory with 1% of the resources broken (a null, a wrong type, a nested wrong type:
those go through jsonschema for the exact messages), and, for comparison, jsonschema
alone on a sample, extrapolated to N. Usage: python bench/schemas.py [--n 100000]
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hipaa_scan.scanner import resource_schemas as rs


def build(n: int) -> dict:
    types = sorted(rs.load_schemas())
    templates = {t: rs.example_resource(t) for t in types}
    resources: dict[str, list] = {t: [] for t in types}
    for i in range(n):
        t = types[i % len(types)]
        r = copy.deepcopy(templates[t])
        r["id"] = f"{t}/{i}"
        resources[t].append(r)
    return {"schema": "hipaa-scan/inventory/v1", "resources": resources, "errors": []}


def corrupt(inventory: dict, every: int = 100) -> int:
    """Break one resource in ``every``: name null, then a wrong-typed field, then a nested one."""
    n = 0
    for items in inventory["resources"].values():
        for i, r in enumerate(items):
            if i % every:
                continue
            kind = (i // every) % 3
            if kind == 0:
                r["name"] = None
            elif kind == 1:
                r["name"] = 42
            else:
                nested = next((k for k, v in r.items() if isinstance(v, dict) and v and k != "tags"), None)
                if nested is None:
                    r["name"] = None
                else:
                    key = next(iter(r[nested]))
                    r[nested][key] = {"unexpected": "object"}
            n += 1
    return n


def timed(fn, *args):
    """(wall seconds, CPU seconds, result): CPU time is the steadier figure on a shared machine."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn(*args)
    return time.perf_counter() - t0, time.process_time() - c0, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="number of resources (default 100000)")
    args = ap.parse_args(argv)
    rs.load_schemas()
    inv = build(args.n)
    types = len(inv["resources"])
    secs, cpu, found = timed(rs.violations, inv)
    print(f"{args.n:,} valid resources over {types} types: violations() {secs:.2f} s wall, {cpu:.2f} s CPU "
          f"({cpu / args.n * 1e6:.1f} us/resource), {len(found)} violations")
    broken = corrupt(inv)
    secs, cpu, found = timed(rs.violations, inv)
    print(f"{args.n:,} resources, {broken:,} broken (1%): violations() {secs:.2f} s wall, {cpu:.2f} s CPU, "
          f"{len(found):,} violations")
    sample = [(t, r) for t, items in inv["resources"].items() for r in items[1:40]]
    c0 = time.process_time()
    for t, r in sample:
        list(rs._validator(t).iter_errors(r))
    per = (time.process_time() - c0) / len(sample)
    print(f"jsonschema alone (no fast path): {per * 1e6:.0f} us/resource CPU, about {per * args.n:.1f} s for "
          f"{args.n:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
