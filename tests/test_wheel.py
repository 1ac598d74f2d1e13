"""Distribution: `python -m build` gives a wheel and an sdist; the wheel works outside the repo.

How the fresh venv gets its dependencies, and why that is honest: installing the wheel's ~60
dependencies from the package index takes minutes, so the venv (made by the standard ``venv``
module without pip and *without* system site packages, in a temp dir outside the repo) gets the
wheel installed with ``pip install --no-deps --no-index``, and one ``deps.pth`` line that appends the
project venv's site-packages directory to ``sys.path``. A plain path line in a .pth file does
not run the .pth files of that directory, so the project's editable-install hook (which would
map ``hipaa_scan`` back to the checkout) never loads; the test asserts that ``hipaa_scan`` and
its parts are imported from the fresh venv and that the CLI finds the policies as package data
with the working directory outside the repo.

The wheel installs exactly one top-level import name, ``hipaa_scan``: the repository's folders
(scanner/, collectors/, policies/, reports/) become ``hipaa_scan.scanner`` and so on, and the
demo (demo/) is not installed at all.

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


def _venv_with_wheel(dist: Path, home: Path, site_files: dict[str, str] | None = None) -> dict:
    """A fresh venv (outside the repo) with the wheel installed and the project venv's
    site-packages appended to sys.path; ``site_files`` are written into its site-packages."""
    (whl,) = dist.glob("hipaa_scan-*.whl")
    env_dir = home / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False, symlinks=True).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index",
                           "--quiet", str(whl)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for name, text in (site_files or {}).items():
        (site / name).write_text(text)
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = home / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return {"whl": whl, "py": py, "bin": env_dir / "bin" / "hipaa-scan", "cwd": work, "env": env, "site": site}


@pytest.fixture(scope="module")
def wheel_env(dist, tmp_path_factory) -> dict:
    return _venv_with_wheel(dist, tmp_path_factory.mktemp("wheel-venv"))


def _write_inventory(path: Path) -> None:
    """One unencrypted, unversioned bucket: AWS-S3-01/02 fail at high (exit 1)."""
    path.write_text(json.dumps({
        "schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z", "scanner_version": "0.1.0",
        "sources": [{"collector": "aws", "account": "123456789012", "regions": ["us-east-1"]}],
        "resources": {"aws_s3_bucket": [{"id": "arn:aws:s3:::b", "name": "b", "account": "123456789012",
                                         "region": "us-east-1", "versioning": "Suspended"}]},
        "errors": []}))


def run(w: dict, *args) -> subprocess.CompletedProcess:
    return subprocess.run([str(w["bin"]), *map(str, args)], capture_output=True, text=True, cwd=w["cwd"],
                          env=w["env"], timeout=300)


PARTS = ("scanner", "collectors", "policies", "reports")


def test_wheel_and_sdist_contents(dist):
    (whl,) = dist.glob("hipaa_scan-*.whl")
    (sdist,) = dist.glob("hipaa_scan-*.tar.gz")
    names = set(zipfile.ZipFile(whl).namelist())
    # exactly one top-level import name
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"hipaa_scan"}, top
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    if f"{info}/top_level.txt" in names:
        assert zipfile.ZipFile(whl).read(f"{info}/top_level.txt").decode().split() == ["hipaa_scan"]
    # every module of the four folders, under the namespace; nothing of demo/ or tests/
    in_repo_py = {f"hipaa_scan/{p.relative_to(ROOT)}" for part in PARTS for p in (ROOT / part).rglob("*.py")
                  if "__pycache__" not in p.parts}
    assert in_repo_py <= names, sorted(in_repo_py - names)[:5]
    assert not [n for n in names if "mototools" in n or "/demo" in n or n.startswith("tests/")]
    rego = [n for n in names if n.startswith("hipaa_scan/policies/") and n.endswith(".rego")]
    in_repo = [f"hipaa_scan/{p.relative_to(ROOT)}" for p in (ROOT / "policies").rglob("*.rego")]
    assert sorted(rego) == sorted(in_repo)
    assert "hipaa_scan/policies/catalogue.json" in names
    assert {f"hipaa_scan/scanner/schemas/{p.name}" for p in (ROOT / "scanner" / "schemas").glob("*.json")} <= names
    # the inventory contract per resource type ships beside each collector
    type_schemas = {f"hipaa_scan/{p.relative_to(ROOT)}" for p in (ROOT / "collectors").glob("*/schemas/*.json")}
    assert len(type_schemas) >= 57 and type_schemas <= names
    assert {f"hipaa_scan/reports/templates/{p.name}" for p in (ROOT / "reports" / "templates").iterdir()
            if p.is_file()} <= names
    assert sdist.stat().st_size > 0
    meta = zipfile.ZipFile(whl).read(f"{info}/METADATA").decode()
    # the core is what evaluates and reports a saved inventory; each source is an extra
    core = [line for line in meta.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert not [line for line in core if any(x in line for x in ("boto3", "sslyze", "asyncssh", "opa-python-client",
                                                                  "checkov", "junit-xml"))], core
    assert any("markupsafe" in line.lower() for line in core)
    for extra in ("aws", "tls", "host", "iac", "db", "opa", "all"):
        assert f"Provides-Extra: {extra}" in meta
    assert 'Requires-Dist: opa-python-client>=3.0; extra == "opa"' in meta
    assert any(n.endswith(".dist-info/entry_points.txt") for n in names)


def test_installed_wheel_runs_outside_the_repo(wheel_env, dist, tmp_path):
    w = wheel_env
    where = subprocess.run([str(w["py"]), "-c",
                            "import hipaa_scan.scanner as s, hipaa_scan.policies as p, hipaa_scan.reports as r, "
                            "importlib.metadata as m; print(s.__file__); print(p.__file__); print(r.__file__); "
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

    _write_inventory(w["cwd"] / "inventory.json")
    ev = run(w, "evaluate", "inventory.json", "-o", "results.json", "--pin")
    assert ev.returncode == 1, ev.stderr  # AWS-S3-01/02 fail at high
    results = json.loads((w["cwd"] / "results.json").read_text())
    assert results["scan"]["scanner_version"] == meta_version
    statuses = {f["control_id"]: f["status"] for f in results["findings"] if f["resource"]}
    assert statuses["AWS-S3-02"] == "fail"

    bundle = run(w, "policy", "bundle", "-o", "b.tar.gz")
    assert bundle.returncode == 0 and (w["cwd"] / "b.tar.gz").stat().st_size > 0


# The sources' libraries, by extra: the core install has none of them.
EXTRA_MODULES = {"aws": ["boto3", "botocore"], "tls": ["sslyze"], "host": ["asyncssh"], "iac": ["checkov"],
                 "opa": ["opa_client", "requests"], "db": ["psycopg", "pymysql"]}

BLOCKER = '''import importlib.abc, sys
BLOCKED = {BLOCKED!r}
class _Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, _Block())
'''


@pytest.fixture(scope="module")
def core_env(dist, tmp_path_factory) -> dict:
    """The wheel in a fresh venv where no extra's library can be imported (a core install)."""
    blocked = sorted({m for mods in EXTRA_MODULES.values() for m in mods} | {"aiohttp", "moto"})
    return _venv_with_wheel(dist, tmp_path_factory.mktemp("core-venv"), {
        "_core_only.py": BLOCKER.format(BLOCKED=set(blocked)), "_core_only.pth": "import _core_only\n"})


def test_core_install_evaluates_and_reports_without_any_extra(core_env):
    w = core_env
    blocked = subprocess.run([str(w["py"]), "-c", "import boto3"], capture_output=True, text=True, env=w["env"])
    assert blocked.returncode != 0 and "No module named 'boto3'" in blocked.stderr  # the blocker is in force
    _write_inventory(w["cwd"] / "inventory.json")
    ev = run(w, "evaluate", "inventory.json", "-o", "results.json", "--pin")
    assert ev.returncode == 1, ev.stderr
    rep = run(w, "report", "results.json", "--out", "reports", "--format", "json,junit,html,sarif,markdown,csv")
    assert rep.returncode == 0, rep.stderr
    written = {p.name for p in (w["cwd"] / "reports").iterdir()}
    assert {"results.json", "junit.xml", "report.html", "results.sarif"} <= written, written
    assert run(w, "policy", "list", "--json").returncode == 0


@pytest.mark.parametrize("args,extra", [
    (["collect", "aws", "-o", "inv.json"], "aws"),
    (["scan", "aws", "--out", "o"], "aws"),
    (["collect", "tls", "127.0.0.1:1", "-o", "inv.json"], "tls"),
    (["collect", "host", "--local", "-o", "inv.json"], "host"),
    (["collect", "iac", ".", "-o", "inv.json"], "iac"),
    (["collect", "postgres", "postgresql://audit@127.0.0.1:1/postgres", "-o", "inv.json"], "db"),
    (["scan", "mysql", "mysql://audit@127.0.0.1:1/", "--out", "o"], "db"),
    (["evaluate", "inventory.json", "--engine", "opa", "--opa-url", "http://127.0.0.1:1", "-o", "r.json"], "opa"),
])
def test_a_missing_extra_is_one_line_with_the_install_hint(core_env, args, extra):
    w = core_env
    (w["cwd"] / "inventory.json").write_text(json.dumps({
        "schema": "hipaa-scan/inventory/v1", "collected_at": "2026-11-22T10:00:00Z", "scanner_version": "0.1.0",
        "sources": [], "resources": {}, "errors": []}))
    proc = run(w, *args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"pip install 'hipaa-scan[{extra}]'" in lines[0], lines[0]
