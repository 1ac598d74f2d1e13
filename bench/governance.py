"""Benchmark: waivers + baseline + attestations over a large results document.

Builds a synthetic results document (N buckets × the S3 controls, evaluated with the real
engine), 200 waivers (globs and tag selectors) and a baseline of half the failures, then
times apply_governance. Prints wall seconds and peak RSS.

    .venv/bin/python bench/governance.py [N]
"""

from __future__ import annotations

import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hipaa_scan.scanner.attestations import Attestation, AttestationSet
from hipaa_scan.scanner.baseline import Baseline, create_baseline
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.governance import Governance, apply_governance
from hipaa_scan.scanner.policies import load_policy_set
from hipaa_scan.scanner.waivers import Waiver, WaiverSet
from tests.helpers import bucket, inventory


def main(n: int) -> None:
    buckets = [bucket(f"b{i:06d}", encrypted=i % 3 != 0, versioning="Enabled" if i % 2 else "Suspended",
                      tags={"team": f"t{i % 50}"}) for i in range(n)]
    t0 = time.perf_counter()
    results = Evaluator(load_policy_set()).evaluate(inventory({"aws_s3_bucket": buckets}), pin=True)
    t_eval = time.perf_counter() - t0
    fails = [f for f in results["findings"] if f["status"] == "fail"]
    half = dict(results, findings=fails[: len(fails) // 2])
    base = create_baseline(half)
    today = date(2026, 11, 23)
    ws = []
    for i in range(200):
        kw = {"tags": (("team", f"t{i % 50}"),)} if i % 2 else {"resource_id": f"arn:aws:s3:::b{i:04d}*"}
        ws.append(Waiver(id=f"W-{i}", control="AWS-S3-0[12]" if i % 3 else "AWS-S3-*", reason="r", approver="a",
                         ticket="https://t/1", expires=today + timedelta(days=(i % 40) - 10), where=f"w.yaml:{i}", **kw))
    att = AttestationSet("a.yaml", (Attestation("164.308(a)(1)(ii)(C)", "J", "CISO", today, today + timedelta(days=9),
                                                {"url": "https://x"}, "a.yaml:2:5"),))
    gov = Governance(WaiverSet("w.yaml", tuple(ws)), Baseline("b.json", tuple(base["entries"])), att)
    t0 = time.perf_counter()
    out = apply_governance(results, gov, fail_on="high", allow_incomplete=False, as_of=today)
    t_gov = time.perf_counter() - t0
    s = out["summary"]["by_status"]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"buckets={n} findings={len(out['findings'])} fails_before={len(fails)} waivers=200 "
          f"baseline_entries={len(base['entries'])}")
    print(f"evaluate_s={t_eval:.2f} governance_s={t_gov:.2f} waived={s['waived']} baseline={s['baseline']} "
          f"fail={s['fail']} peak_rss_mb={rss:.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
