"""Host collector over SSH against a real sshd on 127.0.0.1 (tests/fixtures_sshd.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

from hipaa_scan.collectors.host import collect_hosts, load_hosts_file
from hipaa_scan.collectors.host.checks import FACTS
from hipaa_scan.collectors.host.targets import HostTarget
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set

sys.path.insert(0, str(Path(__file__).parent))
import fixtures_sshd
from fixtures_sshd import EXPECTED_SSH, free_port

sshd = fixtures_sshd.sshd  # the fixture: a real sshd on 127.0.0.1


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_policy_set())


# The targets are this (shared, busy) machine: leave out `apt-get -s upgrade` (seconds of CPU per
# run), which the fake-root tests cover; everything else is read over SSH for real.
FAST_FACTS = tuple(f for f in FACTS if f.group != "patching")


def _collect(targets, **kw) -> dict:
    b = InventoryBuilder()
    collect_hosts(targets, b, facts=kw.pop("facts", FAST_FACTS), **kw)
    return b.document()


def _statuses(evaluator, doc) -> dict[tuple[str, str], str]:
    res = evaluator.evaluate(doc, pin=True)
    return {(f["resource"]["id"], f["control_id"]): f["status"] for f in res["findings"]
            if f["control_id"].startswith("HOST-") and f["resource"]}


def _hosts_yaml(path: Path, entries: list[dict]) -> Path:
    path.write_text(yaml.safe_dump({"hosts": entries}, sort_keys=False))
    return path


def test_mixed_sshd_exact_ssh_verdicts(sshd, evaluator, tmp_path):
    targets = load_hosts_file(_hosts_yaml(tmp_path / "hosts.yaml", [sshd.target(name="good")]))
    doc = _collect(targets, known_hosts=str(sshd.known_hosts))
    (h,) = doc["resources"]["host"]
    assert h["id"] == "good" and h["collected_via"] == "ssh" and h["reachable"] is True
    assert h["login_user"] == sshd.user
    assert h["address"] == f"127.0.0.1:{sshd.port}"
    assert h["os"]["family"] == "debian"
    ssh = h["ssh"]
    # sshd -T prints the old alias
    assert ssh["password_authentication"] is False and ssh["permit_root_login"] == "without-password"
    assert ssh["max_auth_tries"] == 6 and ssh["login_grace_time"] == 30
    assert (ssh["client_alive_interval"], ssh["client_alive_count_max"]) == (300, 3)
    assert ssh["ciphers"] == ["aes256-gcm@openssh.com", "aes128-ctr", "aes128-cbc"]
    assert ssh["macs"] == ["hmac-sha2-256-etm@openssh.com", "hmac-sha2-256", "hmac-sha1"]
    assert ssh["kex_algorithms"] == ["curve25519-sha256", "diffie-hellman-group16-sha512"]
    assert ssh["x11_forwarding"] is True and ssh["banner"] is None
    # the Match LocalPort block: only the sshd -T -C context with lport= shows it
    assert ssh["allow_tcp_forwarding"] == "yes" and ssh["source"] == "sshd -T"
    assert f"user=root,host=unknown.invalid,addr=203.0.113.7,laddr=0.0.0.0,lport={sshd.port}" in ssh["match_contexts"]
    assert (ssh["permit_user_environment"], ssh["log_level"], ssh["strict_modes"], ssh["max_sessions"]) == (
        False, "VERBOSE", False, 20)
    assert not [e for e in doc["errors"] if e["field"] == "ssh"]
    statuses = _statuses(evaluator, doc)
    assert {c: statuses[("good", c)] for c in EXPECTED_SSH} == EXPECTED_SSH
    # every error recorded for this host names a fact group: the host itself was read
    assert all(e["resource_id"] == "good" and e["field"] for e in doc["errors"])


def test_failures_are_errors_for_that_host_only(sshd, evaluator, tmp_path):
    closed = free_port()
    targets = [
        HostTarget(**sshd.target(name="good")),
        HostTarget(**sshd.target(name="badkey", key=sshd.wrong_key)),
        HostTarget(**sshd.target(name="hangs", port=sshd.hang_port, command_timeout=0.5)),
        HostTarget(host="127.0.0.1", port=closed, user=sshd.user, key=str(sshd.key), agent=False, name="refused"),
    ]
    progress = []
    doc = _collect(targets, known_hosts=str(sshd.known_hosts),
                   progress=lambda done, total, host, ok: progress.append((host, ok)))
    assert sorted(progress) == [("badkey", False), ("good", True), ("hangs", False), ("refused", False)]
    host_errors = {e["resource_id"]: e["code"] for e in doc["errors"] if e["field"] is None}
    assert host_errors == {"badkey": "AuthenticationFailed", "hangs": "CommandTimeout",
                           "refused": "ConnectionRefused"}
    by_id = {h["id"]: h for h in doc["resources"]["host"]}
    assert set(by_id) == {"good", "badkey", "hangs", "refused"}
    assert {k for k, h in by_id.items() if h["reachable"]} == {"good"}
    statuses = _statuses(evaluator, doc)
    controls = {c for _, c in statuses}
    assert len(controls) >= 35
    for bad in ("badkey", "hangs", "refused"):
        assert {statuses[(bad, c)] for c in controls} == {"error"}
    assert {c: statuses[("good", c)] for c in EXPECTED_SSH} == EXPECTED_SSH


def test_unknown_host_key_is_refused(sshd, tmp_path):
    empty = tmp_path / "known_hosts"
    empty.write_text("")
    doc = _collect([HostTarget(**sshd.target(name="h"))], known_hosts=str(empty))
    assert [(e["resource_id"], e["code"]) for e in doc["errors"]] == [("h", "HostKeyNotVerifiable")]
    assert "--accept-new-host-keys" in doc["errors"][0]["message"]


def test_accept_new_records_key_and_changed_key_is_refused(sshd, tmp_path):
    known = tmp_path / "known_hosts"
    # two targets at the same address, read at once: the key is recorded once, both are read
    doc = _collect([HostTarget(**sshd.target(name="h")), HostTarget(**sshd.target(name="h2"))],
                   known_hosts=str(known), accept_new=True)
    assert not [e for e in doc["errors"] if e["field"] is None]
    assert known.read_text().count("\n") == 1
    line = known.read_text().split()
    assert line[0] == f"[127.0.0.1]:{sshd.port}"
    assert line[1:3] == (sshd.dir / "host_ed25519.pub").read_text().split()[:2]
    # a known host whose key differs is refused even with accept-new
    wrong = (sshd.dir / "wrong.pub").read_text().split()
    known.write_text(f"[127.0.0.1]:{sshd.port} {wrong[0]} {wrong[1]}\n")
    doc = _collect([HostTarget(**sshd.target(name="h"))], known_hosts=str(known), accept_new=True)
    assert [(e["resource_id"], e["code"]) for e in doc["errors"]] == [("h", "HostKeyNotVerifiable")]
    assert known.read_text().count("\n") == 1


def test_jump_host_and_ssh_config_alias(sshd, tmp_path):
    cfg = tmp_path / "ssh_config"
    cfg.write_text(f"Host phi-alias\n  HostName 127.0.0.1\n  Port {sshd.port}\n  User {sshd.user}\n"
                   f"  IdentityFile {sshd.key}\n")
    jump = f"{sshd.user}@127.0.0.1:{sshd.port}"
    targets = [HostTarget(host="phi-alias", name="alias", agent=False, sshd_config=str(sshd.config)),
               HostTarget(**sshd.target(name="jumped", jump=jump)),
               HostTarget(**sshd.target(name="jumped2", jump=jump)),
               HostTarget(**sshd.target(name="badjump", jump=f"{sshd.user}@127.0.0.1:{free_port()}"))]
    before = (sshd.dir / "sshd.log").read_text().count("Accepted publickey")
    doc = _collect(targets, known_hosts=str(sshd.known_hosts), ssh_config=[str(cfg)])
    assert [(e["resource_id"], e["code"]) for e in doc["errors"] if e["field"] is None] == [
        ("badjump", "ConnectionRefused")]
    assert "jump host" in [e for e in doc["errors"] if e["field"] is None][0]["message"]
    assert not [e for e in doc["errors"] if e["field"] == "ssh"]
    assert {h["id"]: h.get("ssh", {}).get("max_auth_tries") for h in doc["resources"]["host"]} == {
        "alias": 6, "jumped": 6, "jumped2": 6, "badjump": None}
    # 3 target logins + ONE shared login to the jump host
    assert (sshd.dir / "sshd.log").read_text().count("Accepted publickey") - before == 4


def test_cli_auth_failure_and_refused_exit_3(sshd, tmp_path, cli):
    hosts = _hosts_yaml(tmp_path / "hosts.yaml", [sshd.target(name="badkey", key=sshd.wrong_key)])
    r = cli("scan", "host", "--hosts", hosts, "--known-hosts", sshd.known_hosts, "--out", tmp_path / "o",
            "--format", "json", "-q")
    assert r.returncode == 3, r.stderr
    res = json.loads((tmp_path / "o" / "results.json").read_text())
    host_findings = [f for f in res["findings"] if f["control_id"].startswith("HOST-")]
    assert len(host_findings) >= 35 and {f["status"] for f in host_findings} == {"error"}
    assert {f["resource"]["id"] for f in host_findings} == {"badkey"}
    r = cli("collect", "host", f"{sshd.user}@127.0.0.1:{free_port()}", "--known-hosts", sshd.known_hosts,
            "-o", tmp_path / "inv.json", "-q")
    assert r.returncode == 0, r.stderr  # collect writes the inventory; the gate is scan's
    inv = json.loads((tmp_path / "inv.json").read_text())
    assert [e["code"] for e in inv["errors"]] == ["ConnectionRefused"]


def test_cli_command_timeout_exit_3(sshd, tmp_path, cli):
    hosts = _hosts_yaml(tmp_path / "hosts.yaml",
                        [sshd.target(name="hangs", port=sshd.hang_port, command_timeout=0.5)])
    r = cli("scan", "host", "--hosts", hosts, "--known-hosts", sshd.known_hosts, "--out", tmp_path / "o",
            "--format", "json", "-q", timeout=60)
    assert r.returncode == 3, r.stderr
    inv = json.loads((tmp_path / "o" / "inventory.json").read_text())
    assert [(e["resource_id"], e["code"]) for e in inv["errors"]] == [("hangs", "CommandTimeout")]


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv to drop to nobody")
def test_local_as_non_root_marks_root_reads_needs_root(evaluator):
    """A probe that needs root, run by a user without sudo, is an error for its facts only."""
    base = Path(tempfile.mkdtemp(prefix="hipaa-host-"))
    try:
        os.chmod(base, 0o777)
        out = base / "inv.json"
        proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
                               "hipaa_scan", "collect", "host", "--local", "-o", str(out), "-q", "--timeout", "20"],
                              capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent,
                              env=dict(os.environ, HOME=str(base)))
        assert proc.returncode == 0, proc.stderr
        doc = json.loads(out.read_text())
    finally:
        shutil.rmtree(base)
    needs_root = {e["field"] for e in doc["errors"] if e["code"] == "NeedsRoot"}
    assert {"ssh", "passwords", "sudo", "audit_rules", "audit_log", "firewall"} <= needs_root
    assert needs_root <= {"ssh", "passwords", "sudo", "audit_rules", "audit_log", "firewall", "log_forwarding",
                          "aide_db", "auditd_conf", "audit_plugins", "rsh_trust"}
    (h,) = doc["resources"]["host"]
    assert h["accounts"]["uid0"] == ["root"]  # /etc/passwd is world-readable: read as nobody
    assert "ssh" not in h and "passwords" not in h
    # every control reading a root-only fact is an error, never a pass
    statuses = {c: s for (_, c), s in _statuses(evaluator, doc).items()}
    for p in evaluator.policy_set.policies:
        if p.resource_type == "host" and {f.split(".")[0] for f in p.evidence} & needs_root:
            assert statuses[p.id] == "error", p.id
