"""Record and diff timings of the history store at 10k and 100k findings (SQLite; PostgreSQL with --store).

    .venv/bin/python bench/history.py                     # a temporary SQLite file
    .venv/bin/python bench/history.py --store postgresql://hs@127.0.0.1:5432/hipaa

Two synthetic scans per size (the second with 1 % of the findings' statuses flipped), recorded
through ``Store.recording`` exactly as ``--record`` does, then ``history diff`` between them (the
SQL join). Prints wall seconds per step, and the CPU seconds of this process (which a loaded
machine inflates less; for SQLite that is nearly all the work).
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hipaa_scan.scanner.history.store import Store, normalise_url

CONTROLS = 40


def synthetic(n: int, seed: str) -> dict:
    per = n // CONTROLS
    controls = [{"id": f"BENCH-{c:02d}", "title": f"Bench control {c}", "description": "", "severity": "high",
                 "hipaa": ["164.312(a)(2)(iv)" if c % 2 else "164.308(a)(1)(ii)(D)"], "resource_type": "aws_s3_bucket",
                 "remediation": "Fix it.", "status": "fail"} for c in range(CONTROLS)]
    findings = []
    for c in controls:
        for i in range(per):
            rid = f"arn:aws:s3:::bucket-{i:06d}"
            findings.append({"control_id": c["id"], "title": c["title"], "severity": "high", "hipaa": c["hipaa"],
                             "resource": {"type": "aws_s3_bucket", "id": rid, "name": f"bucket-{i:06d}",
                                          "account": "123456789012", "region": "us-east-1"},
                             "evidence": {"encryption": {"enabled": i % 7 != 0, "algorithm": "aws:kms"},
                                          "versioning": "Enabled" if i % 5 else "Suspended"},
                             "remediation": c["remediation"], "waiver": None,
                             "status": "fail" if i % 7 == 0 else "pass", "message": f"bucket-{i:06d}: checked."})
    coverage = [{"citation": "164.312(a)(2)(iv)", "safeguard": "technical", "status": "fail",
                 "counts": {"pass": n // 2, "fail": n // 14}},
                {"citation": "164.308(a)(1)(ii)(D)", "safeguard": "administrative", "status": "fail",
                 "counts": {"pass": n // 2, "fail": n // 14}}]
    return {"schema": "hipaa-scan/results/v1",
            "scan": {"id": f"{seed}-{uuid.uuid4()}", "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "targets": [{"collector": "aws", "account": "123456789012"}]},
            "controls": controls, "findings": findings, "errors": [],
            "summary": {"by_status": {"pass": sum(f["status"] == "pass" for f in findings),
                                      "fail": sum(f["status"] == "fail" for f in findings)}},
            "coverage": coverage, "gate": {"fail_on": "high", "verdict": "failed", "exit_code": 1}}


def changed(doc: dict) -> dict:
    new = copy.deepcopy(doc)
    new["scan"]["id"] = "b-" + str(uuid.uuid4())
    new["scan"]["started_at"] = doc["scan"]["started_at"].replace("Z", ".5Z")
    fs = new["findings"]
    for i in range(0, len(fs), 100):  # 1 %: flip
        fs[i]["status"] = "pass" if fs[i]["status"] == "fail" else "fail"
    return new


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default=None)
    ap.add_argument("--sizes", default="10000,100000")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            url = normalise_url(args.store) if args.store else normalise_url(str(Path(tmp) / f"bench-{n}.sqlite"))
            store = Store.open(url)
            a = synthetic(n, "a")
            b = changed(a)
            t0, c0 = time.perf_counter(), time.process_time()
            with store.recording(a):
                pass
            t1, c1 = time.perf_counter(), time.process_time()
            with store.recording(b) as rec:
                rec.diff()
            t2, c2 = time.perf_counter(), time.process_time()
            rows = store.list_scans()
            d = store.diff(rows[-2].pk, rows[-1].pk)
            t3, c3 = time.perf_counter(), time.process_time()
            store.results(rows[-1].pk)
            t4 = time.perf_counter()
            print(f"{n:>7} findings ({store.engine.dialect.name}): record {t1 - t0:.2f} s ({c1 - c0:.2f} s CPU in this "
                  f"process); record second scan + diff "
                  f"inside its transaction {t2 - t1:.2f} s; history diff {t3 - t2:.2f} s ({c3 - c2:.2f} s CPU) "
                  f"({len(d.new_failures)} new failures, {len(d.fixed)} fixed); rebuild results {t4 - t3:.2f} s")
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
