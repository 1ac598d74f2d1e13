"""Benchmark: the host collector over SSH (100 targets) and locally.

SSH: ``--sshd`` local sshd servers (tests/fixtures_sshd.py), each reached as several distinct
targets (bench-0 ... bench-N-1), read with ``--workers`` at once, in a fresh subprocess (its
own peak RSS). Prints the wall time, each host's probe time (connect + script round trip)
as min / median / p95 / max, and the slowest hosts. Local: ``collect host --local`` on this
machine. Then one timed run (a ``date`` around each probe) lists the slowest probes.

Because every target is THIS machine, the targets' probe scripts compete for the same CPUs as
the scanner. By default the ``apt-get -s upgrade`` probe is left out of the SSH run (on this
image apt keeps no package cache, so each run parses every package list: seconds of CPU per
target); ``--full`` includes it. The local figure is printed with and without it.

    .venv/bin/python bench/hosts.py [--targets 100] [--sshd 4] [--workers 20] [--full]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _facts(full: bool):
    from hipaa_scan.collectors.host.checks import FACTS

    return FACTS if full else tuple(f for f in FACTS if f.group != "patching")


def ssh_run(n: int, servers: list[dict], workers: int, full: bool) -> dict:
    from hipaa_scan.collectors.host import collect_hosts, ssh
    from hipaa_scan.collectors.host.targets import HostTarget
    from hipaa_scan.scanner.inventory import InventoryBuilder

    per_host: dict[str, float] = {}
    run = ssh.SSHRunner.run

    async def timed(self, probes):
        t0 = time.perf_counter()
        try:
            return await run(self, probes)
        finally:
            per_host[self.target.id] = time.perf_counter() - t0

    ssh.SSHRunner.run = timed  # type: ignore[method-assign]
    targets = [HostTarget(host="127.0.0.1", port=servers[i % len(servers)]["port"], user="root",
                          key=servers[i % len(servers)]["key"], agent=False, name=f"bench-{i}",
                          sshd_config=servers[i % len(servers)]["config"]) for i in range(n)]
    known = servers[0]["known_all"]
    b = InventoryBuilder()
    t0 = time.perf_counter()
    summary = collect_hosts(targets, b, known_hosts=known, concurrency=workers, connect_timeout=30,
                            command_timeout=60, facts=_facts(full))
    wall = time.perf_counter() - t0
    doc = b.document()
    times = sorted(per_host.values())
    return {"n": n, "wall_s": round(wall, 2), "ok": summary["ok"], "failed": summary["failed"],
            "host_errors": sorted({e["code"] for e in doc["errors"] if e["field"] is None}),
            "probe_s": {"min": round(times[0], 2), "median": round(statistics.median(times), 2),
                        "p95": round(times[int(0.95 * (len(times) - 1))], 2), "max": round(times[-1], 2)},
            "slowest_hosts": [(h, round(s, 2)) for h, s in sorted(per_host.items(), key=lambda kv: -kv[1])[:3]],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "scanner_cpu_s": round(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]), 2)}


def local_run(full: bool) -> float:
    from hipaa_scan.collectors.host import collect_hosts
    from hipaa_scan.scanner.inventory import InventoryBuilder

    t0 = time.perf_counter()
    collect_hosts([], InventoryBuilder(), local=True, facts=_facts(full))
    return time.perf_counter() - t0


def slowest_probes(top: int = 8) -> list[tuple[str, float]]:
    from hipaa_scan.collectors.host import runners
    from hipaa_scan.collectors.host.checks import probes_for

    runner = runners.ShellRunner(command_timeout=60)
    plain = runners.build_script
    runners.build_script = functools.partial(plain, timing=True)  # type: ignore[assignment]
    try:
        res = asyncio.run(runner.run(probes_for()))
    finally:
        runners.build_script = plain  # type: ignore[assignment]
    ranked = sorted(((n, r.elapsed_ms or 0.0) for n, r in res.items()), key=lambda kv: -kv[1])
    return [(n, round(ms, 1)) for n, ms in ranked[:top]]


def _children_cpu(pids: list[int]) -> float:
    """CPU seconds of the reaped children of these processes (the sshd sessions and their probe scripts)."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[13]) + int(fields[14])  # cutime, cstime
    return total / tick


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--targets", type=int, default=100)
    ap.add_argument("--sshd", type=int, default=4, help="local sshd servers the targets are spread over")
    ap.add_argument("--workers", type=int, default=20,
                    help="hosts read at once (every target is this box: more sessions at once cost more CPU each)")
    ap.add_argument("--full", action="store_true", help="include the apt-get -s upgrade probe over SSH")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--servers", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(ssh_run(args.one, json.loads(args.servers), args.workers, args.full)))
        return

    from fixtures_sshd import start_sshd

    base = Path(tempfile.mkdtemp(prefix="hipaa-bench-"))
    servers = [start_sshd(base / f"sshd{i}") for i in range(args.sshd)]
    try:
        known_all = base / "known_hosts"
        known_all.write_text("".join(s.known_hosts.read_text() for s in servers))
        info = json.dumps([{"port": s.port, "key": str(s.key), "config": str(s.config), "known_all": str(known_all)}
                           for s in servers])
        print(f"host collector over SSH: {args.targets} targets on {args.sshd} local sshd, workers={args.workers}, "
              f"probes={'all' if args.full else 'all but apt-get -s upgrade'}")
        cmd = [sys.executable, __file__, "--one", str(args.targets), "--servers", info, "--workers", str(args.workers)]
        if args.full:
            cmd.append("--full")
        pids = [s.proc.pid for s in servers if s.proc]
        cpu0 = _children_cpu(pids)
        row = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout
                         .strip().splitlines()[-1])
        target_cpu = _children_cpu(pids) - cpu0
        p = row["probe_s"]
        print(f"N={row['n']}  wall {row['wall_s']:.2f} s  ok {row['ok']}  failed {row['failed']} "
              f"{row['host_errors'] or ''}  peak RSS {row['peak_rss_mb']:.1f} MB  scanner CPU {row['scanner_cpu_s']:.2f} s")
        print(f"per-host probe time (connect + one script round trip): min {p['min']:.2f} s  median {p['median']:.2f} s"
              f"  p95 {p['p95']:.2f} s  max {p['max']:.2f} s")
        print("slowest hosts: " + ", ".join(f"{h} {s:.2f} s" for h, s in row["slowest_hosts"]))
        busy = target_cpu + row["scanner_cpu_s"]
        print(f"CPU: targets (sshd sessions + probe scripts) {target_cpu:.2f} s = {target_cpu / row['n']:.3f} s per host, "
              f"scanner {row['scanner_cpu_s']:.2f} s; all on this box: {busy:.1f} CPU-s, i.e. >= {busy / 2:.1f} s wall "
              f"on 2 idle cores")
    finally:
        for s in servers:
            s.stop()
    local_fast = min(local_run(False) for _ in range(3))
    local_full = local_run(True)
    print(f"local scan (collect host --local): {local_fast:.2f} s without apt-get -s upgrade (best of 3), "
          f"{local_full:.2f} s with it")
    print("slowest probes (local, timed run): " + ", ".join(f"{n} {ms:.0f} ms" for n, ms in slowest_probes()))


if __name__ == "__main__":
    main()
