"""``make demo``: a "small clinic" AWS account on a local moto server, scanned for real.

Starts moto on a free 127.0.0.1 port, seeds a mix of compliant and non-compliant
resources in two regions (some tagged ``phi=true``), runs ``hipaa-scan scan aws``
against the HTTP endpoint as a real subprocess, prints a summary and stops moto.
The scan's gate verdict is printed, not used as the demo's exit code.

When Debian's ``postgresql`` package is installed, the clinic also has a local PostgreSQL
(tests/db_servers.py starts a private one on a free port, partly compliant): its inventory is
merged with the AWS one, so the report shows database rows next to the cloud ones. Without it
the demo says so and scans AWS alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from demo.anchors import (
    seed_data_anchors,
    seed_edge_anchors,
    seed_iam_anchors,
    seed_logging_anchors,
    seed_network_anchors,
    seed_service_anchors,
    seed_service_links,
)
from demo.breadth import (
    BREADTH_SEEDERS,
    seed_chains,
    seed_compute,
    seed_data_stores,
    seed_detection,
    seed_edge,
    seed_iam_more,
    seed_logging,
    seed_network,
    seed_rds_more,
    seed_s3_more,
)
from demo.mototools import FAKE_CREDENTIALS, MotoServer

REGIONS = ("us-east-1", "eu-west-1")
ACCOUNT = "123456789012"
PHI = [{"Key": "phi", "Value": "true"}, {"Key": "owner", "Value": "clinic-it"}]


def _tls_only_policy(bucket: str) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]})


def seed_s3(session, endpoint: str) -> None:
    s3 = session.client("s3", region_name="us-east-1", endpoint_url=endpoint)
    s3.create_bucket(Bucket="clinic-access-logs")
    s3.put_bucket_acl(Bucket="clinic-access-logs", GrantWrite="uri=http://acs.amazonaws.com/groups/s3/LogDelivery",
                      GrantReadACP="uri=http://acs.amazonaws.com/groups/s3/LogDelivery")
    # Compliant: encrypted with KMS, versioned, public access blocked, TLS only, logged.
    s3.create_bucket(Bucket="clinic-phi-images")
    s3.put_bucket_tagging(Bucket="clinic-phi-images", Tagging={"TagSet": PHI})
    s3.put_bucket_encryption(Bucket="clinic-phi-images", ServerSideEncryptionConfiguration={"Rules": [
        {"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "alias/clinic-phi"}}]})
    s3.put_bucket_versioning(Bucket="clinic-phi-images", VersioningConfiguration={"Status": "Enabled"})
    s3.put_public_access_block(Bucket="clinic-phi-images", PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    s3.put_bucket_policy(Bucket="clinic-phi-images", Policy=_tls_only_policy("clinic-phi-images"))
    s3.put_bucket_logging(Bucket="clinic-phi-images", BucketLoggingStatus={"LoggingEnabled": {
        "TargetBucket": "clinic-access-logs", "TargetPrefix": "phi-images/"}})
    # Non-compliant PHI bucket in Europe: versioning suspended, public access partly open, no TLS policy.
    s3.create_bucket(Bucket="clinic-phi-exports", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    s3eu = session.client("s3", region_name="eu-west-1", endpoint_url=endpoint)
    s3eu.put_bucket_tagging(Bucket="clinic-phi-exports", Tagging={"TagSet": PHI})
    s3eu.put_bucket_versioning(Bucket="clinic-phi-exports", VersioningConfiguration={"Status": "Suspended"})
    s3eu.put_public_access_block(Bucket="clinic-phi-exports", PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": False, "BlockPublicPolicy": True, "RestrictPublicBuckets": False})


def seed_ec2(session, endpoint: str) -> None:
    use1 = session.client("ec2", region_name="us-east-1", endpoint_url=endpoint)
    euw1 = session.client("ec2", region_name="eu-west-1", endpoint_url=endpoint)
    use1.create_volume(AvailabilityZone="us-east-1a", Size=100, Encrypted=True, TagSpecifications=[
        {"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "ehr-data"}, *PHI]}])
    use1.create_volume(AvailabilityZone="us-east-1b", Size=20, Encrypted=False, TagSpecifications=[
        {"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "scratch"}]}])
    euw1.create_volume(AvailabilityZone="eu-west-1a", Size=50, Encrypted=False, TagSpecifications=[
        {"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "imaging-cache"}, *PHI]}])
    use1.enable_ebs_encryption_by_default()


def seed_rds(session, endpoint: str) -> None:
    use1 = session.client("rds", region_name="us-east-1", endpoint_url=endpoint)
    euw1 = session.client("rds", region_name="eu-west-1", endpoint_url=endpoint)
    use1.create_db_instance(DBInstanceIdentifier="ehr-db", Engine="postgres", DBInstanceClass="db.m5.large",
                            AllocatedStorage=100, MasterUsername="ehr", MasterUserPassword="not-a-real-pass-1",
                            StorageEncrypted=True, PubliclyAccessible=False, BackupRetentionPeriod=14,
                            MultiAZ=True, DeletionProtection=True, Tags=PHI)
    euw1.create_db_instance(DBInstanceIdentifier="analytics-db", Engine="mysql", DBInstanceClass="db.t3.micro",
                            AllocatedStorage=20, MasterUsername="admin", MasterUserPassword="not-a-real-pass-2",
                            StorageEncrypted=False, PubliclyAccessible=True, BackupRetentionPeriod=0,
                            MultiAZ=False, Tags=PHI)


def seed_cloudtrail(session, endpoint: str) -> None:
    s3 = session.client("s3", region_name="us-east-1", endpoint_url=endpoint)
    s3.create_bucket(Bucket="clinic-cloudtrail")
    ct = session.client("cloudtrail", region_name="us-east-1", endpoint_url=endpoint)
    ct.create_trail(Name="org-audit", S3BucketName="clinic-cloudtrail", IsMultiRegionTrail=True,
                    EnableLogFileValidation=True, KmsKeyId="arn:aws:kms:us-east-1:123456789012:key/clinic-audit")
    ct.start_logging(Name="org-audit")
    cte = session.client("cloudtrail", region_name="eu-west-1", endpoint_url=endpoint)
    cte.create_trail(Name="eu-legacy", S3BucketName="clinic-cloudtrail", IsMultiRegionTrail=False,
                     EnableLogFileValidation=False)


def seed_iam(session, endpoint: str) -> None:
    iam = session.client("iam", region_name="us-east-1", endpoint_url=endpoint)
    iam.update_account_password_policy(MinimumPasswordLength=8, RequireNumbers=True, RequireUppercaseCharacters=True,
                                       RequireLowercaseCharacters=True, RequireSymbols=False, MaxPasswordAge=180)
    iam.create_user(UserName="dr-alice")
    iam.create_login_profile(UserName="dr-alice", Password="Example-Passw0rd!")
    mfa = iam.create_virtual_mfa_device(VirtualMFADeviceName="dr-alice")["VirtualMFADevice"]
    iam.enable_mfa_device(UserName="dr-alice", SerialNumber=mfa["SerialNumber"], AuthenticationCode1="123456",
                          AuthenticationCode2="654321")
    iam.create_user(UserName="billing-bob")
    iam.create_login_profile(UserName="billing-bob", Password="Example-Passw0rd!")
    iam.create_user(UserName="ci-deployer")
    iam.create_access_key(UserName="ci-deployer")


#: One seeder per service; each adds compliant and non-compliant resources.
SEEDERS = [seed_s3, seed_ec2, seed_rds, seed_cloudtrail, seed_iam, *BREADTH_SEEDERS, seed_network_anchors, seed_iam_anchors,
           seed_logging_anchors, seed_data_anchors, seed_edge_anchors, seed_service_anchors, seed_service_links]
#: The same seeders as chains of dependent steps; chains run concurrently (see seed_clinic).
SEED_CHAINS = [[seed_s3, seed_s3_more, seed_cloudtrail, seed_logging, seed_detection, seed_logging_anchors],
               [seed_ec2, seed_network, seed_network_anchors], [seed_rds, seed_rds_more],
               [seed_iam, seed_iam_more, seed_iam_anchors], [seed_data_stores], [seed_edge], [seed_compute],
               [seed_service_anchors],
               # the anchors' data and edge steps need the chains above: they run last (see seed_clinic)
               ]
#: Steps that change resources of several chains above, run once those are done.
LATE_STEPS = [seed_data_anchors, seed_edge_anchors, seed_service_links]


def seed_clinic(session, endpoint: str) -> None:
    seed_chains(session, endpoint, SEED_CHAINS)
    seed_chains(session, endpoint, [[step] for step in LATE_STEPS])


def print_summary(results: dict, exit_code: int, out_dir: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    s = results["summary"]
    statuses = [k for k, v in s["by_status"].items() if v] or list(s["by_status"])
    table = Table(title=f"hipaa-scan demo: {s['total']} findings across {len(results['controls'])} controls")
    table.add_column("severity")
    for st in statuses:
        table.add_column(st, justify="right")
    table.add_column("total", justify="right")
    for sev, counts in s["by_severity"].items():
        table.add_row(sev, *[str(counts.get(st, 0)) for st in statuses], str(sum(counts.values())))
    table.add_row("all", *[str(s["by_status"][st]) for st in statuses], str(s["total"]), style="bold")
    console.print(table)
    g = results["gate"]
    console.print(f"Gate (fail-on {g['fail_on']}): [bold]{g['verdict']}[/bold] — "
                  f"{g['blocking_findings']} blocking finding(s); `hipaa-scan scan` exited {exit_code}.")
    console.print(f"Reports: {', '.join(sorted(p.name for p in out_dir.iterdir()))} in {out_dir}/")


def demo_formats() -> str:
    """Every report format; pdf only when headless Chromium is installed."""
    from hipaa_scan.reports import formats
    from hipaa_scan.reports.pdf import find_chromium

    return ",".join(f for f in formats() if f != "pdf" or find_chromium())


def start_clinic_postgres():
    """A private PostgreSQL for the demo, or None (with the reason printed) when it cannot run."""
    try:
        from tests.db_servers import ServerUnavailable, start_postgres
    except ImportError as exc:  # pragma: no cover - the tests folder is part of the checkout
        print(f"demo: no local PostgreSQL ({exc}); scanning AWS only.", file=sys.stderr)
        return None
    try:
        server = start_postgres(tls=True, settings={"log_connections": True, "log_disconnections": False},
                                hba=["local all all scram-sha-256", "hostssl all all 127.0.0.1/32 scram-sha-256",
                                     "host all all 10.0.0.0/8 md5"])
        server.sql("CREATE ROLE frontdesk LOGIN PASSWORD 'Front-desk-2026'",
                   "CREATE ROLE dr_jones LOGIN PASSWORD 'Dr-Jones-2026'")
    except (ServerUnavailable, OSError, ImportError) as exc:
        print(f"demo: no local PostgreSQL ({exc}); scanning AWS only.", file=sys.stderr)
        return None
    return server


def _cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("hipaa-scan")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "hipaa_scan"]), *args]
    return subprocess.run(cmd, env=env)


def scan_with_postgres(server, pg, args, env: dict) -> int:
    """collect aws + collect postgres → merge → evaluate → report (the gate's exit code)."""
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    env = dict(env, PGPASSWORD=pg.password)
    steps = [
        ("collect", "aws", "--endpoint-url", server.endpoint, "--regions", ",".join(REGIONS),
         "-o", str(out / "inventory-aws.json"), "--quiet"),
        ("collect", "postgres", pg.dsn(sslmode="require"), "-o", str(out / "inventory-postgres.json"), "--quiet"),
        ("merge", str(out / "inventory-aws.json"), str(out / "inventory-postgres.json"), "-o", str(out / "inventory.json")),
    ]
    for step in steps:
        proc = _cli(*step, env=env)
        if proc.returncode not in (0, 3):
            return proc.returncode
    evaluated = _cli("evaluate", str(out / "inventory.json"), "-o", str(out / "results.json"), "--fail-on", args.fail_on,
                     env=env)
    if evaluated.returncode not in (0, 1, 3):
        return evaluated.returncode
    reported = _cli("report", str(out / "results.json"), "--format", demo_formats(), "--out", str(out), env=env)
    return evaluated.returncode if reported.returncode == 0 else reported.returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="demo-out", type=Path)
    ap.add_argument("--fail-on", default="high")
    ap.add_argument("--no-postgres", action="store_true", help="Scan AWS only, even when PostgreSQL is installed.")
    args = ap.parse_args(argv)
    server = MotoServer().start()
    pg = None if args.no_postgres else start_clinic_postgres()
    try:
        session = server.session()
        seed_clinic(session, server.endpoint)
        # moto answers APIs it does not implement with HTTP 500: no retries against it.
        env = dict(os.environ, **FAKE_CREDENTIALS, AWS_MAX_ATTEMPTS="1")
        if pg is not None:
            print(f"demo: the clinic's PostgreSQL runs on {pg.host}:{pg.port} (a private server, stopped at the end).")
            code = scan_with_postgres(server, pg, args, env)
            if code not in (0, 1, 3):
                print(f"demo: the scan failed with exit code {code}", file=sys.stderr)
                return code
            print_summary(json.loads((args.out / "results.json").read_text()), code, args.out)
            return 0
        exe = Path(sys.executable).with_name("hipaa-scan")
        cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "hipaa_scan"]),
               "scan", "aws", "--endpoint-url", server.endpoint, "--regions", ",".join(REGIONS),
               "--out", str(args.out), "--format", demo_formats(), "--fail-on", args.fail_on, "--quiet"]
        proc = subprocess.run(cmd, env=env)
        if proc.returncode not in (0, 1, 3):
            print(f"demo: the scan failed with exit code {proc.returncode}", file=sys.stderr)
            return proc.returncode
        results = json.loads((args.out / "results.json").read_text())
        print_summary(results, proc.returncode, args.out)
        return 0
    finally:
        server.stop()
        if pg is not None:
            pg.stop()


if __name__ == "__main__":
    sys.exit(main())
