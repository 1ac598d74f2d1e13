"""Distribution: `python -m build` gives a wheel and an sdist; the wheel works outside the repo.

How the fresh venv gets its dependencies, and why that is honest: installing the wheel's ~60
dependencies from the package index takes minutes, so the venv (made by the standard ``venv``
module without pip and *without* system site packages, in a temp dir outside the repo) gets the
wheel installed with ``pip install --no-deps --no-index``, and one ``deps.pth`` line that appends the
project venv's site-packages directory to ``sys.path``. A plain path line in a .pth file does
not run the .pth files of that directory, so the project's editable-install hook (which would
map ``scanner`` back to the checkout) never loads; the test asserts that ``scanner``,
``policies`` and ``reports`` are imported from the fresh venv and that the CLI finds the
policies as package data with the working directory outside the repo.

The build runs with ``--no-isolation`` (setuptools and wheel come from the test extra), which
keeps it off the network.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("build", reason="the 'build' package (test extra) is needed to build the wheel")


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    # Build from a copy of the source tree: the build writes *.egg-info next to the sources, and
    # two pytest workers (or a developer's editable install) must not share that directory.
    src = tmp_path_factory.mktemp("src") / "hipaa-scan"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", "tests", "demo-out",
        "hipaa-out", "docs", "bench"))
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(src)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def wheel_env(dist, tmp_path_factory) -> dict:
    (whl,) = dist.glob("hipaa_scan-*.whl")
    home = tmp_path_factory.mktemp("wheel-venv")
    env_dir = home / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False, symlinks=True).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index",
                           "--quiet", str(whl)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = home / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return {"whl": whl, "py": py, "bin": env_dir / "bin" / "hipaa-scan", "cwd": work, "env": env, "site": site}


def run(w: dict, *args) -> subprocess.CompletedProcess:
    return subprocess.run([str(w["bin"]), *map(str, args)], capture_output=True, text=True, cwd=w["cwd"],
                          env=w["env"], timeout=300)


def test_wheel_and_sdist_contents(dist):
    (whl,) = dist.glob("hipaa_scan-*.whl")
    (sdist,) = dist.glob("hipaa_scan-*.tar.gz")
    names = set(zipfile.ZipFile(whl).namelist())
    rego = [n for n in names if n.startswith("policies/") and n.endswith(".rego")]
    in_repo = [str(p.relative_to(ROOT)) for p in (ROOT / "policies").rglob("*.rego")]
    assert sorted(rego) == sorted(in_repo)
    assert "policies/catalogue.json" in names
    assert {f"scanner/schemas/{p.name}" for p in (ROOT / "scanner" / "schemas").glob("*.json")} <= names
    # the inventory contract per resource type ships beside each collector
    type_schemas = {str(p.relative_to(ROOT)) for p in (ROOT / "collectors").glob("*/schemas/*.json")}
    assert len(type_schemas) >= 57 and type_schemas <= names
    assert {f"reports/templates/{p.name}" for p in (ROOT / "reports" / "templates").iterdir() if p.is_file()} <= names
    assert "scanner/engine_opa.py" in names and sdist.stat().st_size > 0
    meta = zipfile.ZipFile(whl).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "Requires-Dist: opa-python-client>=3.0" in meta
    assert any(n.endswith(".dist-info/entry_points.txt") for n in names)


def test_installed_wheel_runs_outside_the_repo(wheel_env, dist, tmp_path):
    w = wheel_env
    where = subprocess.run([str(w["py"]), "-c", "import scanner, policies, reports, importlib.metadata as m; "
                            "print(scanner.__file__); print(policies.__file__); print(reports.__file__); "
                            "print(m.version('hipaa-scan'))"],
                           capture_output=True, text=True, cwd=w["cwd"], env=w["env"], check=True).stdout.split()
    for path in where[:3]:
        assert Path(path).is_relative_to(w["site"]), path
        assert not Path(path).is_relative_to(ROOT)
    meta_version = where[3]
    assert meta_version == w["whl"].name.split("-")[1]

    version = run(w, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"hipaa-scan, version {meta_version}"

    listing = run(w, "policy", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    controls = json.loads(listing.stdout)
    n_policies = len([p for p in (ROOT / "policies").rglob("*.rego")
                      if not p.name.endswith("_test.rego") and p.relative_to(ROOT / "policies").parts[0] != "lib"])
    assert len(controls) == n_policies and {"AWS-S3-01", "AWS-S3-02"} <= {c["id"] for c in controls}

    inventory = w["cwd"] / "inventory.json"
    inventory.write_text(json.dumps({
        "schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z", "scanner_version": "0.1.0",
        "sources": [{"collector": "aws", "account": "123456789012", "regions": ["us-east-1"]}],
        "resources": {"aws_s3_bucket": [{"id": "arn:aws:s3:::b", "name": "b", "account": "123456789012",
                                         "region": "us-east-1", "versioning": "Suspended"}]},
        "errors": []}))
    ev = run(w, "evaluate", "inventory.json", "-o", "results.json", "--pin")
    assert ev.returncode == 1, ev.stderr  # AWS-S3-01/02 fail at high
    results = json.loads((w["cwd"] / "results.json").read_text())
    assert results["scan"]["scanner_version"] == meta_version
    statuses = {f["control_id"]: f["status"] for f in results["findings"] if f["resource"]}
    assert statuses["AWS-S3-02"] == "fail"

    bundle = run(w, "policy", "bundle", "-o", "b.tar.gz")
    assert bundle.returncode == 0 and (w["cwd"] / "b.tar.gz").stat().st_size > 0
