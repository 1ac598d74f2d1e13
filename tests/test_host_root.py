"""Host collector on fake roots (``collect host --local --root DIR``): Debian and RHEL layouts.

tests/fixtures/hosts/debian is a hardened Debian 12 host (every control passes except the
ones noted), tests/fixtures/hosts/rhel a neglected Rocky 9 host (every control fails except
HOST-INT-01). File modes are not kept by git, so ``_tree`` sets them. The unreadable cases
run the collector as user nobody (setpriv), so that permission denied is real.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from hipaa_scan.collectors.host import collect_hosts
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set

FIXTURES = Path(__file__).parent / "fixtures" / "hosts"
ALL_HOST_CONTROLS = None

DEBIAN_MODES = {"var/log/audit": 0o700, "var/log/audit/audit.log": 0o600, "etc/shadow": 0o640,
                "etc/gshadow": 0o640, "etc/sudoers": 0o440, "etc/audit/rules.d": 0o750, "etc/ssh/sshd_config": 0o600,
                "etc/ssh/ssh_host_ed25519_key": 0o600}


RHEL_MODES = {"etc/passwd": 0o666}


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_policy_set())


def _tree(tmp_path: Path, name: str, modes: dict | None = None) -> Path:
    root = tmp_path / name
    shutil.copytree(FIXTURES / name, root, symlinks=True)
    for rel, mode in (modes if modes is not None else (DEBIAN_MODES if name == "debian" else RHEL_MODES)).items():
        os.chmod(root / rel, mode)
    # git keeps no mtimes: date the package metadata against the captured clock (date +%s)
    clock = int((root / ".hipaa-scan/commands/clock.out").read_text())
    lists, days = ("var/lib/apt/lists", 1) if name == "debian" else ("var/cache/dnf", 40)
    os.utime(root / lists, (clock - days * 86400 - 60, clock - days * 86400 - 60))
    return root


def _collect(root: Path) -> dict:
    b = InventoryBuilder()
    summary = collect_hosts([], b, local=True, root=root)
    assert summary == {"hosts": 1, "ok": 1, "failed": 0}
    return b.document()


def _statuses(evaluator, inventory: dict) -> dict[str, str]:
    results = evaluator.evaluate(inventory, pin=True)
    return {f["control_id"]: f["status"] for f in results["findings"] if f["control_id"].startswith("HOST-")}


def _host_controls(evaluator) -> list[str]:
    return [p.id for p in evaluator.policy_set.policies if p.resource_type == "host"]


def test_at_least_35_host_controls_with_catalogue_citations(evaluator):
    ids = _host_controls(evaluator)
    assert len(ids) >= 35
    cites = {c for p in evaluator.policy_set.policies if p.resource_type == "host" for c in p.hipaa}
    for needed in ("164.312(a)(2)(iii)", "164.312(d)", "164.312(b)", "164.308(a)(5)(ii)(D)", "164.308(a)(5)(ii)(C)",
                   "164.308(a)(5)(ii)(B)", "164.312(a)(2)(iv)", "164.312(e)(1)", "164.312(c)(1)",
                   "164.308(a)(1)(ii)(B)"):
        assert needed in cites
    assert all(p.evidence for p in evaluator.policy_set.policies if p.resource_type == "host")


def test_debian_tree_facts(tmp_path):
    doc = _collect(_tree(tmp_path, "debian"))
    assert doc["errors"] == []
    (h,) = doc["resources"]["host"]
    assert h["id"] == "deb-phi-1" and h["collected_via"] == "root"
    assert h["os"] == {"id": "debian", "version": "12", "family": "debian", "name": "Debian GNU/Linux 12 (bookworm)"}
    assert h["kernel"] == {"running": "6.1.0-21-amd64", "installed": ["6.1.0-18-amd64", "6.1.0-21-amd64"],
                           "newest_installed": "6.1.0-21-amd64", "reboot_required": False}
    assert h["ssh"]["max_auth_tries"] == 4 and h["ssh"]["password_authentication"] is False
    assert h["shell_timeout"] == {"tmout": 900, "readonly": True, "exported": True, "sources": ["/etc/profile.d/tmout.sh"]}
    assert h["pwquality"]["minlen"] == 14 and h["pwquality"]["minclass"] == 4  # conf.d overrides pwquality.conf
    assert h["pwquality"] == {"module": "pam_pwquality.so", "in_pam": True, "stack_files": ["/etc/pam.d/common-password"],
                              "minlen": 14, "minclass": 4, "dcredit": None, "ucredit": None, "lcredit": None,
                              "ocredit": None, "enforcing": None}
    assert h["auditd"] == {"installed": True}
    assert h["auditd_service"] == {"enabled": True, "active": True, "unit_file_state": "enabled",
                                   "active_state": "active"}
    assert h["antimalware"] == {"installed": ["clamav"]}
    assert h["lockout"] == {"module": "pam_faillock", "deny": 5, "deny_source": "configured", "unlock_time": 900,
                            "files": ["/etc/pam.d/common-auth"], "in_all_stacks": True}
    assert h["sudo"] == {"nopasswd_all": [], "authenticate_disabled": [], "use_pty": True,
                         "logfile": "/var/log/sudo.log", "log_server": None}  # ops.disabled is skipped by sudo
    assert {"adjtimex", "clock_settime", "settimeofday", "chmod", "lchown", "fremovexattr"} <= set(h["audit_rules"]["syscalls"])
    assert "openat" in h["audit_rules"]["failed_access_syscalls"] and "openat" not in h["audit_rules"]["syscalls"]
    # rules.d/hipaa.rules and the audit.rules augenrules built from it hold the same 24 rules
    assert (h["audit_rules"]["rule_count"], h["audit_rules"]["loaded_rule_count"]) == (24, 24)
    assert (h["audit_rules"]["source"], h["audit_rules"]["immutable"], h["audit_rules"]["immutable_source"]) == (
        "auditctl -l", True, "auditctl -s")
    assert h["pam"] == {"services": ["login", "passwd", "sshd"], "nullok": [], "history_module": "pam_pwhistory",
                        "remember": 5, "hash": "yescrypt", "su_wheel": True}
    assert h["ssh"]["match_contexts"] == ["user=root,host=unknown.invalid,addr=203.0.113.7,laddr=0.0.0.0,lport=22"]
    assert h["repos"] == {"manager": "apt", "config_source": "apt-config dump", "sources": 2, "security_source": True,
                          "unsigned_allowed": [], "unsigned_sources": []}
    assert h["kernel_modules"] == {"usb_storage_loadable": False, "usb_storage_loaded": False, "source": "modprobe -n"}
    assert h["log_forwarding"]["forwarders"] == [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp",
                                                  "tls": True}]
    assert {"path": "/usr/bin/sudo", "perms": "x", "recursive": False} in h["audit_rules"]["watches"]  # -F path=
    assert {"path": "/etc/sudoers.d", "perms": "wa", "recursive": True} in h["audit_rules"]["watches"]  # -w
    assert {"path": "/run/utmp", "perms": "wa", "recursive": True} in h["audit_rules"]["watches"]  # /var/run/utmp
    assert h["audit_log"]["mode"] == "0600" and h["audit_log"]["directory_mode"] == "0700"
    assert h["log_forwarding"]["rsyslog_targets"] == ["logs.example.org"]
    assert [f["mountpoint"] for f in h["disk_encryption"]["filesystems"] if not f["encrypted"]] == ["/boot", "/boot/efi"]
    assert h["swap"] == {"devices": [{"name": "/dev/mapper/vg-swap", "type": "partition", "encrypted": True,
                                      "in_memory": False}]}
    assert h["integrity"]["tools_installed"] == ["aide"] and h["integrity"]["scheduled_by"] == ["/etc/cron.daily/aide"]
    assert h["legacy_services"] == {"installed": []}  # telnetd is only "rc" (removed, config left)
    assert h["firewall"] == {"active": True, "tools": ["nftables"], "input_policy": "drop"}
    assert h["time"] == {"source": "timedatectl", "ntp_enabled": True, "synchronized": True}
    assert h["patching"] == {"manager": "apt", "pending_total": 0, "pending_security": 0, "security_packages": [],
                             "metadata_age_days": 1}


def test_debian_tree_verdicts(evaluator, tmp_path):
    statuses = _statuses(evaluator, _collect(_tree(tmp_path, "debian")))
    assert set(statuses) == set(_host_controls(evaluator))
    assert {k for k, v in statuses.items() if v != "pass"} == set()


def test_debian_tree_with_git_modes_fails_permission_controls(evaluator, tmp_path):
    statuses = _statuses(evaluator, _collect(_tree(tmp_path, "debian", modes={})))
    failing = {"HOST-AUDIT-09", "HOST-AUTH-10", "HOST-SSH-23", "HOST-SSH-24"}
    assert {k for k, v in statuses.items() if v != "pass"} == failing
    assert {statuses[c] for c in failing} == {"fail"}


def test_rhel_tree_facts(tmp_path):
    doc = _collect(_tree(tmp_path, "rhel"))
    assert doc["errors"] == []
    (h,) = doc["resources"]["host"]
    assert h["os"]["family"] == "rhel" and h["os"]["id"] == "rocky" and h["os"]["version"] == "9.3"
    assert h["kernel"]["newest_installed"] == "5.14.0-362.24.1.el9_3.x86_64"  # 24 > 8, numerically
    assert h["kernel"]["reboot_required"] is True  # needs-restarting -r exit 1
    assert h["lockout"]["deny"] == 10 and h["lockout"]["in_all_stacks"] is True
    # pwquality.conf says minlen = 8, but pam_pwquality is in neither password stack: no value takes effect
    assert h["pwquality"]["in_pam"] is False and h["pwquality"]["module"] is None and h["pwquality"]["minlen"] is None
    assert h["accounts"] == {"uid0": ["root", "toor"], "duplicate_uids": ["0"], "duplicate_names": ["guest"],
                             "not_shadowed": ["legacy"], "system_with_shell": ["games"]}
    assert h["groups"] == {"duplicate_gids": ["1001"], "duplicate_names": ["wheel"]}
    assert h["pam"]["nullok"] == ["/etc/pam.d/password-auth", "/etc/pam.d/system-auth"]
    assert (h["pam"]["remember"], h["pam"]["hash"], h["pam"]["su_wheel"]) == (None, "md5", False)
    assert h["repos"]["unsigned_allowed"] == ["gpgcheck (main)"]
    assert h["repos"]["unsigned_sources"] == ["/etc/yum.repos.d/rocky.repo:extras-local"]
    assert h["kernel_modules"]["usb_storage_loaded"] is True and h["mac"]["selinux"] == "permissive"
    assert h["rsh_trust"]["files"] == ["/etc/hosts.equiv", "/home/guest/.rhosts"]
    assert h["passwords"] == {"empty_password": ["guest"], "max_age_over_90": ["root"]}
    assert h["sudo"]["nopasswd_all"] == ["/etc/sudoers: %wheel\tALL=(ALL)\tNOPASSWD: ALL"]
    assert h["patching"]["manager"] == "dnf" and h["patching"]["pending_security"] == 2
    assert h["patching"]["metadata_age_days"] == 40
    assert h["auto_updates"] == {"tool": "dnf-automatic", "installed": False, "scheduled": False,
                                 "applies_updates": False, "upgrade_type": None}
    assert h["firewall"] == {"active": False, "tools": [], "input_policy": None}
    assert h["listeners"]["sockets"][1] == {"proto": "tcp", "address": "0.0.0.0", "port": 23, "loopback": False}
    assert h["sysctl"]["ipv6_enabled"] is False and h["sysctl"]["ipv4_ip_forward"] == 1
    assert h["time"] == {"source": "chronyc", "ntp_enabled": False, "synchronized": False}
    assert h["log_forwarding"]["rsyslog_targets"] == []  # the commented-out @@ line is ignored


def test_rhel_tree_verdicts(evaluator, tmp_path):
    statuses = _statuses(evaluator, _collect(_tree(tmp_path, "rhel")))
    assert set(statuses) == set(_host_controls(evaluator))
    # the neglected host has enabled repositories (a security source) and no sudo log check passes
    assert {k for k, v in statuses.items() if v != "fail"} == {"HOST-INT-01", "HOST-PATCH-04"}
    assert statuses["HOST-INT-01"] == statuses["HOST-PATCH-04"] == "pass"


def test_missing_capture_is_an_error_for_that_fact_only(evaluator, tmp_path):
    root = _tree(tmp_path, "debian")
    (root / ".hipaa-scan/commands/sshd.out").unlink()
    doc = _collect(root)
    assert [(e["resource_id"], e["field"], e["code"]) for e in doc["errors"]] == [("deb-phi-1", "ssh", "CommandFailed")]
    assert "ssh" not in doc["resources"]["host"][0]
    statuses = _statuses(evaluator, doc)
    reads_ssh = {p.id for p in evaluator.policy_set.policies if any(f.startswith("ssh.") for f in p.evidence)}
    assert {k for k, v in statuses.items() if v == "error"} == reads_ssh
    assert {"HOST-SSH-01", "HOST-SSH-13", "HOST-SSH-22"} <= reads_ssh
    assert {k for k, v in statuses.items() if v not in ("error", "pass")} == set()


def test_no_systemd_makes_unit_facts_error(evaluator, tmp_path):
    root = _tree(tmp_path, "debian")
    (root / ".hipaa-scan/commands/units.rc").write_text("78\n")
    doc = _collect(root)
    # auto_updates reads unit states on RHEL only (dnf-automatic timers); on Debian it reads apt-config
    assert sorted(e["field"] for e in doc["errors"]) == ["auditd_service", "log_forwarding", "logging", "system_units"]
    assert {e["code"] for e in doc["errors"]} == {"NoSystemd"}
    statuses = _statuses(evaluator, doc)
    assert {k for k, v in statuses.items() if v == "error"} == {
        "HOST-AUDIT-02", "HOST-AUDIT-10", "HOST-LOG-01", "HOST-LOG-02", "HOST-SYS-06", "HOST-SYS-07", "HOST-SYS-08"}
    # the package checks are judged from the package list alone, which was read
    assert statuses["HOST-AUDIT-01"] == "pass" and statuses["HOST-MAL-01"] == "pass"
    # integrity falls back to cron when unit states are unknown: still read
    assert statuses["HOST-INT-03"] == "pass"


_NOBODY_UNREADABLE = {
    # path in the tree → (mode that keeps it from user nobody, fact group that becomes an error)
    "etc/shadow": (0o640, "passwords"),
    "etc/sudoers": (0o440, "sudo"),
    "etc/audit/rules.d": (0o750, "audit_rules"),
    "var/log/audit": (0o700, "audit_log"),
    "etc/login.defs": (0o600, "login_defs"),
    "etc/security/pwquality.conf.d/50-hipaa.conf": (0o600, "pwquality"),
    "etc/security/faillock.conf": (0o600, "lockout"),
    "etc/passwd": (0o600, "accounts"),
    "etc/profile.d/tmout.sh": (0o600, "shell_timeout"),
    "etc/rsyslog.d/60-forward.conf": (0o600, "log_forwarding"),
    "proc/sys/net/ipv4/ip_forward": (0o600, "sysctl"),
    "proc/swaps": (0o600, "swap"),
    ".hipaa-scan/commands/sshd.out": (0o600, "ssh"),
}


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv to drop to nobody")
def test_unreadable_files_are_errors_for_their_facts(evaluator):
    """Run as user nobody: each unreadable file or directory makes exactly its fact group an error."""
    base = Path(tempfile.mkdtemp(prefix="hipaa-host-"))  # pytest's tmp_path is 0700 root: nobody cannot enter
    try:
        _run_as_nobody(evaluator, base)
    finally:
        shutil.rmtree(base)


def _run_as_nobody(evaluator, base: Path) -> None:
    os.chmod(base, 0o777)
    modes = dict(DEBIAN_MODES)
    modes.update({rel: mode for rel, (mode, _) in _NOBODY_UNREADABLE.items()})
    root = _tree(base, "debian", modes=modes)
    for dirpath, dirnames, _ in os.walk(root):
        for d in dirnames:
            p = Path(dirpath, d)
            if str(p.relative_to(root)) not in modes and not p.is_symlink():
                os.chmod(p, 0o755)
    out = base / "inventory.json"
    proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
                           "hipaa_scan", "collect", "host", "--local", "--root", str(root), "-o", str(out), "-q"],
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text())
    got = {e["field"]: e["code"] for e in doc["errors"]}
    # pam reads login.defs too (pam_unix hashes with its ENCRYPT_METHOD when given no method)
    assert set(got) == {group for _, group in _NOBODY_UNREADABLE.values()} | {"pam"}
    assert set(got.values()) == {"Unreadable"}
    assert all(e["resource_id"] == "deb-phi-1" for e in doc["errors"])
    statuses = _statuses(evaluator, doc)
    errored = {k for k, v in statuses.items() if v == "error"}
    policies = {p.id: p for p in evaluator.policy_set.policies}
    expected = {cid for cid in statuses
                if {f.split(".")[0] for f in policies[cid].evidence} & set(got)}
    assert errored == expected
    assert "HOST-NET-01" not in errored and statuses["HOST-NET-01"] == "pass"


def test_cli_scan_host_root_exit_codes(tmp_path, cli):
    deb = _tree(tmp_path, "debian")
    r = cli("scan", "host", "--local", "--root", deb, "--out", tmp_path / "o1", "--format", "json", "-q")
    assert r.returncode == 0, r.stderr
    rhel = _tree(tmp_path, "rhel")
    r = cli("scan", "host", "--local", "--root", rhel, "--out", tmp_path / "o2", "--format", "json", "-q")
    assert r.returncode == 1, r.stderr
    (deb / ".hipaa-scan/commands/lsblk.out").unlink()
    r = cli("scan", "host", "--local", "--root", deb, "--out", tmp_path / "o3", "--format", "json", "-q")
    assert r.returncode == 3, r.stderr
    r = cli("scan", "host", "--local", "--root", deb, "--out", tmp_path / "o4", "--format", "json", "-q",
            "--allow-incomplete")
    assert r.returncode == 0, r.stderr
    r = cli("collect", "host", "--root", rhel, "-o", tmp_path / "x.json")
    assert r.returncode == 2 and "--root needs --local" in r.stderr


def test_every_evidence_path_is_a_collected_field(evaluator, tmp_path):
    """Evidence paths decide which read errors touch a control: each must name a real fact."""
    (h,) = _collect(_tree(tmp_path, "debian"))["resources"]["host"]
    for p in evaluator.policy_set.policies:
        if p.resource_type != "host":
            continue
        for path in p.evidence:
            if path.startswith("tags."):
                continue
            cur = h
            for part in path.split("."):
                assert isinstance(cur, dict) and part in cur, f"{p.id}: evidence {path} is not collected"
                cur = cur[part]


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text()
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new))


def test_pwquality_values_without_the_module_in_the_stack_fail(evaluator, tmp_path):
    """minlen 14 / minclass 4 in pwquality.conf.d take no effect without pam_pwquality in common-password."""
    root = _tree(tmp_path, "debian")
    _edit(root, "etc/pam.d/common-password", "password\trequisite\t\t\tpam_pwquality.so retry=3\n", "")
    doc = _collect(root)
    assert doc["errors"] == []
    pwq = doc["resources"]["host"][0]["pwquality"]
    assert (pwq["in_pam"], pwq["module"], pwq["minlen"], pwq["minclass"]) == (False, None, None, None)
    statuses = _statuses(evaluator, doc)
    assert {k for k, v in statuses.items() if v != "pass"} == {"HOST-AUTH-01", "HOST-AUTH-02", "HOST-AUTH-03"}
    assert {statuses[c] for c in ("HOST-AUTH-01", "HOST-AUTH-02", "HOST-AUTH-03")} == {"fail"}


def test_pwquality_arguments_on_the_pam_line_override_the_conf_files(evaluator, tmp_path):
    root = _tree(tmp_path, "debian")
    _edit(root, "etc/pam.d/common-password", "pam_pwquality.so retry=3", "pam_pwquality.so retry=3 minlen=8 enforcing=0")
    doc = _collect(root)
    pwq = doc["resources"]["host"][0]["pwquality"]
    assert (pwq["minlen"], pwq["minclass"], pwq["enforcing"]) == (8, 4, 0)
    statuses = _statuses(evaluator, doc)
    assert {k for k, v in statuses.items() if v != "pass"} == {"HOST-AUTH-01", "HOST-AUTH-02", "HOST-AUTH-03"}


def test_pwquality_rhel_needs_the_module_in_both_stacks(evaluator, tmp_path):
    """RHEL: system-auth and password-auth; each value is the weakest of the two files; cracklib ignores pwquality.conf."""
    root = _tree(tmp_path, "rhel")
    (root / "etc/security/pwquality.conf").write_text("minlen = 14\nminclass = 4\n")
    line = "password    sufficient    pam_unix.so md5 shadow nullok use_authtok\n"
    _edit(root, "etc/pam.d/system-auth", line, "password    requisite     pam_pwquality.so local_users_only\n" + line)
    h = _collect(root)["resources"]["host"][0]
    assert (h["pwquality"]["in_pam"], h["pwquality"]["stack_files"], h["pwquality"]["minlen"]) == (
        False, ["/etc/pam.d/system-auth"], 14)
    _edit(root, "etc/pam.d/password-auth", line, "password    [success=ok default=bad] pam_pwquality.so minlen=12\n" + line)
    h = _collect(root)["resources"]["host"][0]
    assert (h["pwquality"]["in_pam"], h["pwquality"]["minlen"], h["pwquality"]["minclass"]) == (True, 12, 4)
    for rel in ("etc/pam.d/system-auth", "etc/pam.d/password-auth"):
        text = (root / rel).read_text().replace("pam_pwquality.so", "pam_cracklib.so")
        (root / rel).write_text(text)
    h = _collect(root)["resources"]["host"][0]
    assert (h["pwquality"]["module"], h["pwquality"]["in_pam"], h["pwquality"]["minlen"], h["pwquality"]["minclass"]) == (
        "pam_cracklib.so", True, None, None)  # only password-auth's line sets minlen; system-auth's is unset


def test_audit_watch_with_trailing_slash_is_recognised(evaluator, tmp_path):
    root = _tree(tmp_path, "debian")
    for rel in ("etc/audit/rules.d/hipaa.rules", "etc/audit/audit.rules"):
        _edit(root, rel, "-w /etc/sudoers.d -p wa -k scope", "-w /etc/sudoers.d/ -p wa -k scope")
    doc = _collect(root)
    watches = doc["resources"]["host"][0]["audit_rules"]["watches"]
    assert {"path": "/etc/sudoers.d", "perms": "wa", "recursive": True} in watches
    assert not any(w["path"].endswith("/") for w in watches)
    assert _statuses(evaluator, doc)["HOST-AUDIT-04"] == "pass"
