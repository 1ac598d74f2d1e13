"""Benchmark the TLS collector against local fixture servers, and testssl.sh on one of them.

Starts every fixture server of tests/tls_servers.py plus N copies of the modern
(TLS 1.2+1.3, AEAD ECDHE) server, then:

1. scans them all in-process with ``collect_tls`` (concurrently) and prints seconds per
   endpoint and in total;
2. runs ``hipaa-scan collect tls`` as a subprocess over the same endpoints and prints its
   wall time and peak RSS (the scanner's own memory; the servers live in this process);
3. runs testssl.sh (Debian package ``testssl.sh``) on one modern server with the checks
   that match what the collector gathers (-p protocols, -E ciphers per protocol, -S
   certificate/server defaults, -h HTTP headers), and prints the ratio.

    .venv/bin/python bench/tls.py --copies 10
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from tls_servers import HSTS_YEAR, Fixtures  # noqa: E402

from hipaa_scan.collectors.tls import Endpoint, collect_tls  # noqa: E402
from hipaa_scan.scanner.inventory import InventoryBuilder  # noqa: E402


def _vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=10, help="extra copies of the modern server (default 10)")
    ap.add_argument("--workers", type=int, default=0, help="concurrent endpoints (default: all at once)")
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--no-testssl", action="store_true", help="skip the testssl.sh comparison")
    args = ap.parse_args()

    fx = Fixtures().start_all()
    modern = fx.servers["modern"]
    for i in range(args.copies):
        fx.add(f"modern_copy_{i}", modern.context, HSTS_YEAR)
    tls_names = [n for n in fx.servers if not n.startswith("http_")]
    endpoints = [Endpoint("localhost", fx.servers[n].port, starttls="smtp" if n == "smtp_starttls" else None)
                 for n in tls_names]
    workers = args.workers or len(endpoints)
    print(f"endpoints: {len(endpoints)} TLS servers ({len(tls_names) - args.copies} fixture configurations incl. SMTP STARTTLS + "
          f"{args.copies} copies of 'modern'), workers {workers}, cores {os.cpu_count()}")

    builder = InventoryBuilder()
    t0 = time.perf_counter()
    collect_tls(endpoints, builder, ca_bundle=fx.ca_bundle, workers=workers, timeout=args.timeout)
    total = time.perf_counter() - t0
    doc = builder.document()
    scanned = sum(1 for r in doc["resources"]["tls_endpoint"] if r.get("tls"))
    print(f"in-process collect_tls: {total:.2f} s total, {total / len(endpoints):.3f} s per endpoint "
          f"({scanned}/{len(endpoints)} scanned, {len(doc['errors'])} errors)")

    exe = str(Path(sys.executable).with_name("hipaa-scan"))
    out = Path(fx.dir) / "bench-inventory.json"
    eps_file = Path(fx.dir) / "bench-endpoints.yaml"
    eps_file.write_text("".join(f"- host: {e.host}\n  port: {e.port}\n" + (f"  starttls: {e.starttls}\n" if e.starttls else "")
                                for e in endpoints))
    t0 = time.perf_counter()
    proc = subprocess.Popen([exe, "collect", "tls", "--endpoints", str(eps_file), "--ca-bundle", str(fx.ca_bundle),
                             "--workers", str(workers), "--timeout", str(args.timeout), "-q", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The child's own high-water mark (VmHWM), polled: getrusage(RUSAGE_CHILDREN) would also
    # count the pages this (forking) process had at fork time.
    hwm_kb = 0
    while proc.poll() is None:
        hwm_kb = max(hwm_kb, _vm_hwm_kb(proc.pid))
        time.sleep(0.05)
    cli_total = time.perf_counter() - t0
    rss_mb = hwm_kb / 1024
    print(f"hipaa-scan collect tls (subprocess): {cli_total:.2f} s wall, exit {proc.returncode}, "
          f"peak RSS {rss_mb:.0f} MiB (VmHWM sampled every 50 ms)")
    print(f"bench process peak RSS (servers + in-process scan): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")

    if not args.no_testssl:
        testssl = shutil.which("testssl") or shutil.which("testssl.sh")
        if not testssl:
            print("testssl.sh: not installed (apt-get install testssl.sh); no ratio")
        else:
            cmd = [testssl, "--quiet", "--color", "0", "--warnings", "off", "--add-ca", str(fx.ca_bundle),
                   "-p", "-E", "-S", "-h", f"localhost:{modern.port}"]
            t0 = time.perf_counter()
            res = subprocess.run(cmd, capture_output=True, text=True)
            one = time.perf_counter() - t0
            print(f"testssl.sh -p -E -S -h on ONE endpoint: {one:.2f} s (exit {res.returncode})")
            print(f"ratio: testssl.sh for 1 endpoint / hipaa-scan for {len(endpoints)} endpoints = "
                  f"{one / total:.2f}x (in-process), {one / cli_total:.2f}x (CLI subprocess)")
            if res.returncode not in (0,) and "Done" not in res.stdout:
                print(res.stdout[-800:], res.stderr[-800:])
    fx.stop_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
