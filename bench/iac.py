"""Benchmark: `hipaa-scan collect iac` against checkov alone on generated Terraform trees.

For trees of 50, 500 and 2,000 resources (a mix of S3, KMS, security groups, EBS, RDS,
EC2; 25 resources per file, 10 files per directory), runs, each in a fresh process:

- ours:     ``hipaa-scan collect iac TREE -o inventory.json`` (checkov as a library, results
            normalised into iac_check resources, inventory written);
- checkov:  checkov's own runner registry, same runners and frameworks, nothing else
            (what ``collect iac`` costs at least);
- cli:      the ``checkov -d TREE -o json`` command, for reference.

and prints wall seconds, peak RSS (of the process and its waited-for children, which is
where checkov's parallel runners live) and our overhead ratio over checkov alone.

    .venv/bin/python bench/iac.py [--sizes 50,500,2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

_TEMPLATES = [
    'resource "aws_s3_bucket" "b{i}" {{\n  bucket = "bench-{i}"\n  tags = {{\n    phi = "true"\n  }}\n}}\n',
    'resource "aws_kms_key" "k{i}" {{\n  description         = "key {i}"\n  enable_key_rotation = {rot}\n}}\n',
    'resource "aws_security_group" "sg{i}" {{\n  name        = "sg-{i}"\n  description = "sg {i}"\n'
    '  ingress {{\n    description = "ssh"\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n'
    '    cidr_blocks = ["{cidr}"]\n  }}\n}}\n',
    'resource "aws_ebs_volume" "v{i}" {{\n  availability_zone = "us-east-1a"\n  size              = 10\n'
    '  encrypted         = {rot}\n}}\n',
    'resource "aws_db_instance" "db{i}" {{\n  identifier          = "db-{i}"\n  engine              = "postgres"\n'
    '  instance_class      = "db.t3.micro"\n  allocated_storage   = 20\n  storage_encrypted   = {rot}\n'
    '  publicly_accessible = false\n}}\n',
    'resource "aws_instance" "i{i}" {{\n  ami           = "ami-12345678"\n  instance_type = "t3.micro"\n'
    '  metadata_options {{\n    http_tokens = "{tokens}"\n  }}\n}}\n',
]


def generate(root: Path, n: int) -> None:
    per_file, files_per_dir = 25, 10
    for i in range(n):
        f, d = i // per_file, i // (per_file * files_per_dir)
        path = root / f"stack{d:03d}" / f"main{f:04d}.tf"
        path.parent.mkdir(parents=True, exist_ok=True)
        tpl = _TEMPLATES[i % len(_TEMPLATES)]
        with path.open("a") as out:
            out.write(tpl.format(i=i, rot="true" if i % 2 else "false", cidr="10.0.0.0/8" if i % 2 else "0.0.0.0/0",
                                 tokens="required" if i % 2 else "optional") + "\n")


_CHECKOV_ALONE = """
import sys
from checkov.common.runners.runner_registry import RunnerRegistry
from checkov.runner_filter import RunnerFilter
from checkov.terraform.runner import Runner as T
from checkov.cloudformation.runner import Runner as C
from checkov.kubernetes.runner import Runner as K
from checkov.terraform.plan_runner import Runner as P
fw = ["terraform", "cloudformation", "kubernetes", "terraform_plan"]
reports = RunnerRegistry("", RunnerFilter(framework=fw), T(), C(), K(), P()).run(root_folder=sys.argv[1])
print(sum(len(r.passed_checks) + len(r.failed_checks) + len(r.skipped_checks) for r in reports))
"""


def measure(cmd: list[str], cwd: Path) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MiB, CPU seconds user+system) of one process tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {err[-500:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def run(sizes: list[int], repeat: int, with_cli: bool) -> None:
    print(f"{'resources':>9} {'checks':>7} | {'ours s':>7} {'cpu s':>6} {'MiB':>5} | {'checkov s':>9} {'cpu s':>6} "
          f"{'MiB':>5} | {'overhead wall':>13} {'cpu':>7} | {'checkov CLI s':>13} {'MiB':>5}")
    for n in sizes:
        tmp = Path(tempfile.mkdtemp(prefix=f"hipaa-bench-iac-{n}-"))
        try:
            tree = tmp / "tree"
            generate(tree, n)
            inv = tmp / "inventory.json"
            ours_cmd = [str(BIN / "hipaa-scan"), "collect", "iac", str(tree), "-o", str(inv)]
            alone_cmd = [sys.executable, "-c", _CHECKOV_ALONE, str(tree)]
            cli_cmd = [str(BIN / "checkov"), "-d", str(tree), "-o", "json", "--quiet", "--skip-download",
                       "--framework", "terraform", "cloudformation", "kubernetes", "terraform_plan"]
            ours, alone, cli = [], [], []
            for _ in range(repeat):  # interleaved, so drift hits both alike
                ours.append(measure(ours_cmd, REPO))
                alone.append(measure(alone_cmd, REPO))
                if with_cli:
                    cli.append(measure(cli_cmd, REPO))
            import json

            checks = len(json.loads(inv.read_text())["resources"].get("iac_check", []))
            o_s, o_m, o_c = (statistics.median(x[0] for x in ours), max(x[1] for x in ours),
                             statistics.median(x[2] for x in ours))
            a_s, a_m, a_c = (statistics.median(x[0] for x in alone), max(x[1] for x in alone),
                             statistics.median(x[2] for x in alone))
            c = (f"{statistics.median(x[0] for x in cli):13.2f} {max(x[1] for x in cli):5.0f}" if cli
                 else f"{'-':>13} {'-':>5}")
            print(f"{n:9d} {checks:7d} | {o_s:7.2f} {o_c:6.2f} {o_m:5.0f} | {a_s:9.2f} {a_c:6.2f} {a_m:5.0f} | "
                  f"{(o_s / a_s - 1) * 100:+12.1f}% {(o_c / a_c - 1) * 100:+6.1f}% | {c}", flush=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"median of {repeat} run(s); peak RSS is the max over runs; overhead = ours / checkov alone - 1 "
          f"(wall, and CPU user+system, which shared machines disturb less); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,500,2000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-cli", action="store_true", help="skip the checkov CLI reference runs")
    args = ap.parse_args()
    run([int(s) for s in args.sizes.split(",")], args.repeat, not args.no_cli)


if __name__ == "__main__":
    main()
