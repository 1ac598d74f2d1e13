"""Benchmark: render every report format for a small and a 10k-finding results document.

The small document is the pinned test fixture (126 findings, 111 controls). The large one
repeats its findings over distinct resources until it has ``--findings`` (default 10,000)
findings — a realistic mix: mostly pass and not applicable, about 10 % fail, a few errors
and waivers — then recomputes summary, coverage and gate. Each (document, format) renders
in a fresh subprocess, so the peak RSS printed is that writer's own (it includes loading
the document and Python itself). Also times ``hipaa-scan verify`` over the written files.

Usage: python bench/reports.py [--findings 10000] [--formats json,junit,html,...] [--results demo-out/results.json]
(``--results`` adds a run over that document, e.g. the one ``make demo`` writes.)
"""

from __future__ import annotations

import argparse
import copy
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


def large_results(n: int, seed: int = 7) -> dict:
    from hipaa_scan.scanner.evaluate import finalize
    from tests.reports_data import fixture_results

    base = fixture_results()
    rng = random.Random(seed)
    templates = [f for f in base["findings"] if f.get("resource")]
    out = []
    i = 0
    while len(out) < n:
        t = templates[i % len(templates)]
        f = copy.deepcopy(t)
        r = f["resource"]
        k = i // len(templates)
        r["id"] = f"{r['id']}-{k:05d}"
        r["name"] = f"{r['name']}-{k:05d}"
        r["account"] = f"{100000000000 + k % 25}"
        r["region"] = ("us-east-1", "eu-west-1", "us-west-2")[k % 3]
        roll = rng.random()
        if roll < 0.10:
            f["status"], f["message"] = "fail", f"{r['name']}: {f['title']} does not hold."
        elif roll < 0.12:
            f["status"], f["message"] = "error", f"Could not read {r['id']}: AccessDenied: not authorized."
        elif roll < 0.13:
            f["status"] = "waived"
            f["waiver"] = {"id": "W-BENCH", "reason": "Accepted for the benchmark.", "approver": "bench@example.com",
                           "ticket": "SEC-1", "expires": "2027-01-01"}
        else:
            f["status"] = "pass"
            f["waiver"] = None
        out.append(f)
        i += 1
    base["findings"] = out
    return finalize(base, "high")


def child(doc_path: str, fmt: str, out_dir: str) -> None:
    from hipaa_scan import reports

    doc = json.loads(Path(doc_path).read_text(encoding="utf-8"))
    name, _, group = fmt.partition(":")
    mod = reports.writer(name)
    path = Path(out_dir) / (f"citation-{mod.FILENAME}" if group else mod.FILENAME)
    t0 = time.perf_counter()
    mod.write(doc, path, **({"group": group} if group else {}))
    wall = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"format": fmt, "seconds": round(wall, 3), "bytes": path.stat().st_size, "rss_mb": round(rss, 1)}))


def run(doc: dict, label: str, formats: list[str]) -> None:
    from hipaa_scan.reports import manifest

    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        doc_path = Path(tmp) / "input.json"
        doc_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        out = Path(tmp) / "out"
        out.mkdir()
        print(f"\n{label}: {len(doc['findings'])} findings, {len(doc['controls'])} controls, "
              f"input {doc_path.stat().st_size / 1e6:.1f} MB")
        print(f"  {'format':<18}{'render s':>10}{'size':>12}{'peak RSS':>12}")
        for fmt in formats:
            proc = subprocess.run([sys.executable, __file__, "--child", str(doc_path), fmt, str(out)],
                                  capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(f"  {fmt:<18}failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            size = r["bytes"]
            shown = f"{size / 1e6:.2f} MB" if size >= 1e5 else f"{size / 1e3:.1f} kB"
            print(f"  {fmt:<18}{r['seconds']:>10.2f}{shown:>12}{r['rss_mb']:>9.0f} MB")
        files = [p for p in out.iterdir() if p.is_file()]
        t0 = time.perf_counter()
        manifest.write(out, files, results=doc)
        t1 = time.perf_counter()
        rep = manifest.verify(out)
        t2 = time.perf_counter()
        total = sum(p.stat().st_size for p in files)
        print(f"  manifest.json over {len(files)} files ({total / 1e6:.1f} MB): write {t1 - t0:.3f} s, "
              f"verify {t2 - t1:.3f} s ({'ok' if rep.ok else 'FAILED'})")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--findings", type=int, default=10_000, help="Size of the large document (0: skip it).")
    ap.add_argument("--formats", default="json,junit,junit:citation,html,sarif,markdown,csv,pdf")
    ap.add_argument("--results", type=Path, default=None, help="Also render this results document.")
    args = ap.parse_args()
    from hipaa_scan.reports.pdf import find_chromium
    from tests.reports_data import fixture_results

    formats = [f for f in args.formats.split(",") if f and (f != "pdf" or find_chromium())]
    if "pdf" in args.formats.split(",") and "pdf" not in formats:
        print("pdf: skipped (no Chromium)")
    run(fixture_results(), "Test fixture", formats)
    if args.results:
        run(json.loads(args.results.read_text(encoding="utf-8")), str(args.results), formats)
    if args.findings <= 0:
        return
    t0 = time.perf_counter()
    big = large_results(args.findings)
    print(f"\n(built the {args.findings}-finding document in {time.perf_counter() - t0:.1f} s)")
    run(big, f"{args.findings}-finding document", formats)


if __name__ == "__main__":
    main()
