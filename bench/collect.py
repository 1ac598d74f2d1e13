"""Benchmark: `collect aws --org` over 1, 5 and 20 accounts × 2 regions of the demo clinic.

A local moto server holds an organization whose every account (the management account and
N-1 members) is seeded with the demo clinic (scanner.demo seeders; bucket names get an
account suffix because S3 names are global). Each measured run is a fresh child process
collecting the whole organization through assumed roles, with ``--workers 1`` and with
the default. Printed per run: wall seconds, API calls, calls per second, resources,
collection errors and the child's peak RSS.

moto answers a few operations the collectors use with HTTP 500/404 (not implemented);
AWS_MAX_ATTEMPTS=2 (override with --max-attempts) keeps botocore's retries of those from
dominating the figures. moto is one Python process on the same machine, so it, not the
scanner, bounds the calls per second here.

    .venv/bin/python bench/collect.py                 # 1, 5, 20 accounts
    .venv/bin/python bench/collect.py --accounts 1,5 --workers 1,16
    .venv/bin/python bench/collect.py --accounts 1,20 --workers 16 --latency-ms 80   # AWS-like round trips
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo.mototools import FAKE_CREDENTIALS, MotoServer  # noqa: E402

REGIONS = ["us-east-1", "eu-west-1"]
ROLE = "HipaaScanReadOnly"
BUCKET_PARAMS = ("Bucket", "S3BucketName")


def _suffix_buckets(session, suffix: str) -> None:
    """Rename every bucket the seeders touch to <name>-<suffix> (S3 bucket names are global)."""
    def rename(params, **kwargs):
        for key in BUCKET_PARAMS:
            if isinstance(params.get(key), str) and not params[key].endswith(suffix):
                params[key] = f"{params[key]}-{suffix}"
        logging_ = params.get("BucketLoggingStatus", {}).get("LoggingEnabled")
        if logging_ and not logging_["TargetBucket"].endswith(suffix):
            logging_["TargetBucket"] = f"{logging_['TargetBucket']}-{suffix}"
    session.events.register("provide-client-params.s3.*", rename)
    session.events.register("provide-client-params.cloudtrail.CreateTrail", rename)


def seed(server: MotoServer, accounts: int) -> list[str]:
    """An organization of ``accounts`` accounts, each holding the demo clinic."""
    import boto3

    ep = server.endpoint
    base = server.session()
    org = base.client("organizations", region_name="us-east-1", endpoint_url=ep)
    org.create_organization(FeatureSet="ALL")
    ids = ["123456789012"]
    for i in range(accounts - 1):
        ids.append(org.create_account(AccountName=f"clinic-{i}", Email=f"c{i}@clinic.example")
                   ["CreateAccountStatus"]["AccountId"])
    sts = base.client("sts", region_name="us-east-1", endpoint_url=ep)
    for account in ids:
        if account == ids[0]:
            session = server.session()
        else:
            c = sts.assume_role(RoleArn=f"arn:aws:iam::{account}:role/Seeder", RoleSessionName="seed")["Credentials"]
            session = boto3.Session(aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"],
                                    aws_session_token=c["SessionToken"], region_name="us-east-1")
        seed_account(session, ep, account)
    return ids


def seed_account(session, endpoint: str, suffix: str) -> None:
    """The demo clinic's seeder chains (concurrently, one session each), bucket names suffixed."""
    from concurrent.futures import ThreadPoolExecutor

    import boto3

    from demo.clinic import SEED_CHAINS

    creds = session.get_credentials().get_frozen_credentials()

    def run(chain):
        own = boto3.Session(aws_access_key_id=creds.access_key, aws_secret_access_key=creds.secret_key,
                            aws_session_token=creds.token, region_name="us-east-1")
        _suffix_buckets(own, suffix)
        for seeder in chain:
            seeder(own, endpoint)

    with ThreadPoolExecutor(max_workers=len(SEED_CHAINS)) as pool:
        for future in [pool.submit(run, chain) for chain in SEED_CHAINS]:
            future.result()


def add_latency(seconds: float) -> None:
    """Every HTTP request of every client waits ``seconds`` first: a stand-in for the round trip
    to AWS (a local moto answers in milliseconds, so without it the server's CPU is all we measure)."""
    import botocore.session

    create = botocore.session.Session.create_client

    def create_client(self, *args, **kwargs):
        client = create(self, *args, **kwargs)
        client.meta.events.register("before-send", lambda **kw: time.sleep(seconds))
        return client

    botocore.session.Session.create_client = create_client


def child(endpoint: str, workers: int, latency_ms: float = 0.0) -> None:
    """One measured collection (run in a fresh process); prints one JSON line."""
    from hipaa_scan.collectors.aws import collect_aws
    from hipaa_scan.scanner.inventory import InventoryBuilder

    if latency_ms:
        add_latency(latency_ms / 1000)

    builder = InventoryBuilder()
    t0 = time.perf_counter()
    run = collect_aws(builder, endpoint_url=endpoint, regions=REGIONS, workers=workers, org=True, role_name=ROLE)
    wall = time.perf_counter() - t0
    doc = builder.document()
    print(json.dumps({"wall": wall, "calls": len(run.calls), "accounts": len(run.accounts),
                      "resources": sum(len(v) for v in doc["resources"].values()), "errors": len(doc["errors"])}))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", default="1,5,20", help="comma-separated organization sizes")
    ap.add_argument("--workers", default="1,16", help="comma-separated --workers values (16 is the default)")
    ap.add_argument("--max-attempts", default="2", help="AWS_MAX_ATTEMPTS for the measured runs")
    ap.add_argument("--latency-ms", type=float, default=0.0,
                    help="add this round-trip time to every request (models a remote AWS endpoint)")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, int(args.workers), args.latency_ms)
        return 0
    sizes = [int(x) for x in args.accounts.split(",")]
    workers = [int(x) for x in args.workers.split(",")]
    server = MotoServer().start(timeout=120)
    rows = []
    try:
        print(f"{'accounts':>8} {'workers':>7} {'wall s':>8} {'API calls':>9} {'calls/s':>8} {'s/account':>9} "
              f"{'resources':>9} {'errors':>6} {'peak RSS MB':>11}", flush=True)
        for n in sizes:
            server.reset()
            t0 = time.perf_counter()
            seed(server, n)
            seeded = time.perf_counter() - t0
            for w in workers:
                r = measure(server.endpoint, w, args.max_attempts, args.latency_ms)
                rows.append(dict(r, size=n, workers=w, seed_s=seeded))
                print(f"{n:>8} {w:>7} {r['wall']:>8.2f} {r['calls']:>9} {r['calls'] / r['wall']:>8.1f} "
                      f"{r['wall'] / n:>9.2f} {r['resources']:>9} {r['errors']:>6} {r['peak_rss_mb']:>11.1f}",
                      flush=True)
    finally:
        server.stop()
    by = {(r["size"], r["workers"]): r for r in rows}
    for w in workers:
        if (1, w) in by and (max(sizes), w) in by and max(sizes) > 1:
            ratio = by[(max(sizes), w)]["wall"] / by[(1, w)]["wall"]
            print(f"workers {w}: {max(sizes)} accounts took {ratio:.2f}× the time of 1 account")
    return 0


def measure(endpoint: str, workers: int, max_attempts: str, latency_ms: float = 0.0) -> dict:
    """One collection in a fresh interpreter; os.wait4 gives that child's own peak RSS."""
    env = dict(os.environ, **FAKE_CREDENTIALS, AWS_MAX_ATTEMPTS=max_attempts)
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, __file__, "--child", endpoint, "--workers", str(workers),
                                 "--latency-ms", str(latency_ms)],
                                stdout=subprocess.PIPE, stderr=err, env=env, cwd=ROOT)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"collect failed ({proc.returncode}): {err.read().decode()[-2000:]}")
    result = json.loads(out.decode().strip().splitlines()[-1])
    result["process_s"] = time.perf_counter() - t0
    result["peak_rss_mb"] = usage.ru_maxrss / 1024
    return result


if __name__ == "__main__":
    sys.exit(main())
