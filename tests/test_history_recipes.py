"""The scheduling recipes in docs/scheduling/ are valid as shipped: systemd units pass
`systemd-analyze verify`, the cron lines parse, the GitHub workflow passes the workflow schema,
the Kubernetes manifests pass the Kubernetes OpenAPI schemas (kubernetes-validate, offline, strict),
and every `hipaa-scan …` command in them uses only options the CLI has."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hipaa_scan.scanner.cli import cli
from tests.test_github_yaml import WF, errors, load_yaml

ROOT = Path(__file__).resolve().parent.parent
RECIPES = ROOT / "docs" / "scheduling"
HIPAA_SCAN = str(Path(sys.executable).with_name("hipaa-scan"))


def test_recipes_exist():
    names = {p.relative_to(RECIPES).as_posix() for p in RECIPES.rglob("*") if p.is_file()}
    assert names == {"systemd/hipaa-scan.service", "systemd/hipaa-scan.timer", "cron/hipaa-scan.cron",
                     "github/hipaa-scan-scheduled.yml", "kubernetes/hipaa-scan-cronjob.yaml"}


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze")
def test_systemd_units_verify(tmp_path):
    for p in (RECIPES / "systemd").iterdir():
        text = p.read_text()
        # the installed path of the recipe → this venv's executable (verify checks that it exists)
        (tmp_path / p.name).write_text(text.replace("/opt/hipaa-scan/bin/hipaa-scan", HIPAA_SCAN))
    r = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "hipaa-scan.service"),
                        str(tmp_path / "hipaa-scan.timer")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "Unknown" not in r.stderr and "hipaa-scan." not in r.stderr, r.stderr


def _cron_field(value: str, low: int, high: int) -> bool:
    for part in value.split(","):
        base, _, step = part.partition("/")
        if step and not step.isdigit():
            return False
        if base == "*":
            continue
        lo, _, hi = base.partition("-")
        if not lo.isdigit() or (hi and not hi.isdigit()):
            return False
        if not low <= int(lo) <= high or (hi and not int(lo) <= int(hi) <= high):
            return False
    return True


def test_cron_lines_parse():
    jobs = 0
    for line in (RECIPES / "cron" / "hipaa-scan.cron").read_text().splitlines():
        if not line.strip() or line.startswith("#") or re.match(r"^[A-Z_]+=", line):
            continue
        fields = line.split(None, 6)
        assert len(fields) == 7, line  # /etc/cron.d: five time fields, the user, the command
        for value, (low, high) in zip(fields[:5], [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)], strict=True):
            assert _cron_field(value, low, high), (value, line)
        assert fields[6].startswith("/opt/hipaa-scan/bin/hipaa-scan ")
        jobs += 1
    assert jobs == 2


def test_github_workflow_is_valid():
    doc = load_yaml(RECIPES / "github" / "hipaa-scan-scheduled.yml")
    assert errors(WF, doc) == []
    assert doc["on"]["schedule"][0]["cron"] == "30 2 * * *"


def test_kubernetes_manifests_validate_offline():
    kv = pytest.importorskip("kubernetes_validate.utils")
    docs = list(yaml.safe_load_all((RECIPES / "kubernetes" / "hipaa-scan-cronjob.yaml").read_text()))
    assert [d["kind"] for d in docs] == ["ConfigMap", "ServiceAccount", "CronJob"]
    for d in docs:
        kv.validate(d, "1.30", strict=True)  # raises ValidationError naming the field
    job = docs[2]["spec"]["jobTemplate"]["spec"]
    assert job["completionMode"] == "Indexed" and job["completions"] == len(docs[0]["data"])
    broken = yaml.safe_load(yaml.safe_dump(docs[2]))
    broken["spec"]["jobTemplate"]["spec"]["completionMode"] = ["Indexed"]
    with pytest.raises(kv.ValidationError):
        kv.validate(broken, "1.30", strict=True)


def commands() -> list[tuple[str, list[str]]]:
    """Every `hipaa-scan …` invocation in the recipes, as argument lists."""
    out = []
    for p in sorted(RECIPES.rglob("*")):
        if not p.is_file():
            continue
        text = "\n".join(line for line in p.read_text().splitlines() if not line.lstrip().startswith("#"))
        text = re.sub(r"\n\s+", " ", text) if p.suffix in (".yml", ".yaml") else text
        for m in re.finditer(r"hipaa-scan (scan|evaluate|history|verify|keygen)\b([^\n>\"]*)", text):
            args = shlex.split((m.group(1) + m.group(2)).split(">>")[0])
            out.append((p.name, args))
    return out


@pytest.mark.parametrize(("where", "args"), commands(), ids=lambda x: x if isinstance(x, str) else " ".join(x[:2]))
def test_recipe_commands_use_existing_options(where, args):
    import click

    ctx = click.Context(cli)
    cmd: click.Command = cli
    rest = list(args)
    while isinstance(cmd, click.Group) and rest and not rest[0].startswith("-"):
        sub = cmd.get_command(ctx, rest[0])
        assert sub is not None, f"{where}: no command {rest[0]!r}"
        cmd, rest = sub, rest[1:]
    known = {o for p in cmd.params for o in getattr(p, "opts", [])}
    used = [a.split("=")[0] for a in rest if a.startswith("--")]
    assert used and set(used) <= known, f"{where}: unknown {sorted(set(used) - known)}"
    if args[0] in ("scan", "evaluate"):
        assert "--record" in used
