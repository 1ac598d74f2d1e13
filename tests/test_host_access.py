"""Host access: passwords from an environment variable or a prompt (never stored), sudo -S with a
password, per-host ``become``, the local runner reaping its shell, and the no-targets message."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from hipaa_scan.collectors.host.checks import Probe
from hipaa_scan.collectors.host.runners import ShellRunner
from hipaa_scan.collectors.host.secrets import resolve
from hipaa_scan.collectors.host.ssh import KnownHosts, SSHRunner
from hipaa_scan.collectors.host.targets import HostTarget, load_hosts_file
from hipaa_scan.scanner.errors import InputError


def test_local_runner_reaps_its_shell_before_the_loop_closes(caplog):
    """`scan host --local` used to print asyncio's "Loop ... that handles pid N is closed"."""
    probes = [Probe("x", "cmd", "echo hi"), Probe("y", "file", "/etc/hostname")]
    with caplog.at_level(logging.WARNING, logger="asyncio"):
        for _ in range(8):
            results = asyncio.run(ShellRunner(command_timeout=5).run(probes))
            assert results["x"].text.strip() == "hi"
        time.sleep(0.3)  # the child watcher thread logs after the loop has closed
    assert not [r for r in caplog.records if "that handles pid" in r.getMessage()]


def test_hosts_yaml_become_and_password_env(tmp_path):
    path = tmp_path / "hosts.yaml"
    path.write_text("defaults: {become: {method: sudo, password_env: SUDO_PW}}\n"
                    "hosts:\n"
                    "  - host: db1\n    password_env: DB1_PW\n"
                    "  - host: db2\n    become: false\n"
                    "  - db3\n")
    t1, t2, t3 = load_hosts_file(path)
    assert (t1.sudo, t1.become_password_env, t1.password_env) == (True, "SUDO_PW", "DB1_PW")
    assert (t2.sudo, t2.become_password_env) == (False, "SUDO_PW")
    assert (t3.sudo, t3.become_password_env) == (True, "SUDO_PW")
    path.write_text("- host: db1\n  become: {method: su}\n")
    with pytest.raises(InputError, match="become method must be sudo") as exc:
        load_hosts_file(path)
    assert exc.value.args[-1] == f"{path}:2" or str(path) in str(exc.value)


def test_passwords_come_from_the_environment_or_a_prompt_and_are_never_shown(monkeypatch):
    monkeypatch.setenv("HS_TEST_PW", "pw-login")
    monkeypatch.setenv("HS_TEST_HOST_PW", "pw-host")
    t = HostTarget(host="db1", password_env="HS_TEST_HOST_PW")
    s = resolve([t], password_env="HS_TEST_PW")
    assert (s.login, s.login_for(t), s.login_for(HostTarget(host="db2"))) == ("pw-login", "pw-host", "pw-login")
    assert "pw-" not in repr(s)
    with pytest.raises(InputError, match="HS_TEST_UNSET is not set"):
        resolve([], sudo_password_env="HS_TEST_UNSET")
    with pytest.raises(InputError, match="needs a terminal"):
        resolve([], ask_password=True, interactive=False)
    asked = resolve([], ask_sudo_password=True, interactive=True, prompt=lambda text: "typed")
    assert asked.sudo == "typed"
    runner = SSHRunner(HostTarget(host="db1"), KnownHosts(None, False), connect_timeout=1, command_timeout=1,
                       password="pw-login")
    assert runner._options()["password"] == "pw-login"


_FAKE_SUDO = """#!/bin/sh
# sudo -S -p '' CMD...: the password arrives on standard input
[ "$1" = "-S" ] || { echo "sudo: a password is required" >&2; exit 1; }
shift 3
IFS= read -r pw
[ "$pw" = "s3cret pw'x" ] || { echo "Sorry, try again." >&2; echo "sudo: 1 incorrect password attempt" >&2; exit 1; }
exec "$@"
"""

_AS_NOBODY = """
import asyncio, json, sys
from hipaa_scan.collectors.host.checks import Probe
from hipaa_scan.collectors.host.runners import ShellRunner
probes = [Probe("who", "cmd", "echo root-read", root=True)]
out = {}
for pw in ("s3cret pw'x", "wrong", None):
    r = asyncio.run(ShellRunner(command_timeout=5, sudo_password=pw).run(probes))["who"]
    out[str(pw)] = [(r.text or "").strip(), list(r.problem() or [])]
print(json.dumps(out))
"""


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv to drop to nobody")
def test_sudo_password_reaches_sudo_on_stdin_and_a_wrong_one_is_an_error():
    base = Path(tempfile.mkdtemp(prefix="hipaa-sudo-"))
    try:
        os.chmod(base, 0o755)
        (base / "sudo").write_text(_FAKE_SUDO)
        os.chmod(base / "sudo", 0o755)
        env = dict(os.environ, PATH=f"{base}:{os.environ['PATH']}", HOME=str(base))
        proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
                               _AS_NOBODY], capture_output=True, text=True, timeout=60, env=env,
                              cwd=Path(__file__).parent.parent)
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
    finally:
        shutil.rmtree(base)
    assert out["s3cret pw'x"] == ["root-read", []]
    assert out["wrong"][1][0] == "SudoFailed"
    # no password and no sudo: root-only reads are errors (NeedsRoot), never read as empty
    assert out["None"][1][0] == "NeedsRoot"


def test_scan_host_without_targets_names_the_command_and_flags(cli, tmp_path):
    r = cli("scan", "host", "--out", tmp_path / "o")
    assert r.returncode == 2
    assert "hipaa-scan scan host: no hosts to read" in r.stderr and "--hosts FILE, or --local" in r.stderr
    assert "Traceback" not in r.stderr
