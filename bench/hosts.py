"""Benchmark: read N = 1, 20, 100 SSH targets with the host collector.

The targets are one local sshd (tests/fixtures_sshd.py) reached as N distinct targets
(names bench-0 ... bench-N-1). Each N runs in a fresh subprocess so that its peak RSS is
its own. Prints wall seconds and peak RSS per N.

Because every target is THIS machine, the targets' own work (the probe scripts: ~40
small commands each) competes for the same CPUs as the scanner; by default the
`apt-get -s upgrade` probe (seconds of CPU per run) is left out so that the figure
measures the collector's concurrency, not N copies of apt's solver on one box.
`--full` includes it.

    .venv/bin/python bench/hosts.py [--full] [--workers 100] [--sizes 1,20,100] [--facts os,ssh]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def one(n: int, port: int, key: str, known: str, config: str, workers: int, full: bool, groups: str) -> dict:
    from hipaa_scan.collectors.host import collect_hosts
    from hipaa_scan.collectors.host.checks import FACTS
    from hipaa_scan.collectors.host.targets import HostTarget
    from hipaa_scan.scanner.inventory import InventoryBuilder

    facts = FACTS if full else tuple(f for f in FACTS if f.group != "patching")
    if groups:
        facts = tuple(f for f in facts if f.group in groups.split(","))
    targets = [HostTarget(host="127.0.0.1", port=port, user="root", key=key, agent=False, name=f"bench-{i}",
                          sshd_config=config) for i in range(n)]
    b = InventoryBuilder()
    t0 = time.perf_counter()
    summary = collect_hosts(targets, b, known_hosts=known, concurrency=workers, connect_timeout=30,
                            command_timeout=60, facts=facts)
    wall = time.perf_counter() - t0
    doc = b.document()
    host_errors = [e for e in doc["errors"] if e["field"] is None]
    return {"n": n, "wall_s": round(wall, 2), "ok": summary["ok"], "failed": summary["failed"],
            "host_errors": sorted({e["code"] for e in host_errors}),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "scanner_cpu_s": round(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]), 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,20,100")
    ap.add_argument("--workers", type=int, default=100)
    ap.add_argument("--full", action="store_true", help="include the apt-get -s upgrade probe")
    ap.add_argument("--facts", default="", help="only these fact groups (e.g. os,ssh): isolates connection cost")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--server", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        s = json.loads(args.server)
        print(json.dumps(one(args.one, s["port"], s["key"], s["known"], s["config"], args.workers, args.full,
                             args.facts)))
        return

    from fixtures_sshd import start_sshd

    server = start_sshd(Path(tempfile.mkdtemp(prefix="hipaa-bench-")) / "sshd")
    try:
        info = json.dumps({"port": server.port, "key": str(server.key), "known": str(server.known_hosts),
                           "config": str(server.config)})
        print(f"host collector over SSH: one local sshd as N targets, workers={args.workers}, "
              f"probes={'all' if args.full else 'all but apt-get -s upgrade'}"
              f"{' of facts ' + args.facts if args.facts else ''}")
        rows = []
        for n in [int(x) for x in args.sizes.split(",")]:
            cmd = [sys.executable, __file__, "--one", str(n), "--server", info, "--workers", str(args.workers),
                   "--facts", args.facts]
            if args.full:
                cmd.append("--full")
            out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout
            row = json.loads(out.strip().splitlines()[-1])
            rows.append(row)
            print(f"N={row['n']:>4}  wall {row['wall_s']:>7.2f} s  peak RSS {row['peak_rss_mb']:>6.1f} MB  "
                  f"scanner CPU {row['scanner_cpu_s']:>6.2f} s  ok {row['ok']}  failed {row['failed']} "
                  f"{row['host_errors'] or ''}")
        base = rows[0]["wall_s"]
        if len(rows) > 1 and base > 0:
            print(f"N={rows[-1]['n']} took {rows[-1]['wall_s'] / base:.1f}x the time of N={rows[0]['n']}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
