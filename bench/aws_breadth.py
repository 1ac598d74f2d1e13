"""Full scan of the demo clinic account on a local moto server: wall seconds per stage,
API calls made, resources, findings, peak RSS. Prints figures; asserts nothing.

    .venv/bin/python bench/aws_breadth.py
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo import clinic as demo
from demo.mototools import FAKE_CREDENTIALS, MotoServer
from hipaa_scan.collectors.aws import collect_aws
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set


def main() -> None:
    os.environ.update(FAKE_CREDENTIALS, AWS_MAX_ATTEMPTS="1")
    t0 = time.monotonic()
    server = MotoServer().start()
    try:
        t1 = time.monotonic()
        demo.seed_clinic(server.session(), server.endpoint)
        t2 = time.monotonic()
        builder = InventoryBuilder()
        run = collect_aws(builder, session=server.session(), regions=list(demo.REGIONS), endpoint_url=server.endpoint)
        t3 = time.monotonic()
        inv = builder.document()
        policy_set = load_policy_set()
        results = Evaluator(policy_set).evaluate(inv)
        t4 = time.monotonic()
    finally:
        server.stop()
    aws_controls = [p for p in policy_set.policies if p.id.startswith("AWS-")]
    cited = sorted({c for p in aws_controls for c in p.hipaa})
    statuses = Counter(f["status"] for f in results["findings"] if f["control_id"].startswith("AWS-"))
    print(f"moto start          {t1 - t0:6.1f} s")
    print(f"seed clinic         {t2 - t1:6.1f} s  ({len(demo.SEEDERS)} seeders)")
    print(f"collect (2 regions) {t3 - t2:6.1f} s  {len(run.calls)} API calls, "
          f"{sum(len(v) for v in inv['resources'].values())} resources, {len(inv['errors'])} collection errors")
    print(f"evaluate            {t4 - t3:6.1f} s  {len(results['findings'])} findings")
    print(f"AWS controls        {len(aws_controls)} in {len({p.path.parent.name for p in aws_controls})} service dirs, "
          f"{len(cited)} citations")
    print(f"AWS findings        {dict(statuses)}")
    print(f"peak RSS            {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
