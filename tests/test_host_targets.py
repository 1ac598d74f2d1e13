"""hosts.yaml loading, target strings, the probe script's framing and the parsers' edge cases."""

from __future__ import annotations

import asyncio
import textwrap

import pytest

from hipaa_scan.collectors.host import gather_targets, parse_target, parsers
from hipaa_scan.collectors.host.checks import FACTS, PROBES, PROBES_BY_NAME, probes_for
from hipaa_scan.collectors.host.probe import ProbeResult, Results
from hipaa_scan.collectors.host.runners import ShellRunner, build_script, parse_output
from hipaa_scan.collectors.host.targets import load_hosts_file
from hipaa_scan.scanner.errors import InputError


def _write(tmp_path, text):
    p = tmp_path / "hosts.yaml"
    p.write_text(textwrap.dedent(text))
    return p


def test_parse_target_forms():
    assert parse_target("db1").id == "db1"
    t = parse_target("audit@db1.example.org:2222")
    assert (t.user, t.host, t.port, t.id) == ("audit", "db1.example.org", 2222, "db1.example.org:2222")
    assert parse_target("root@db1:22").id == "db1"
    t = parse_target("[2001:db8::1]:2200")
    assert (t.host, t.port, t.id) == ("2001:db8::1", 2200, "[2001:db8::1]:2200")
    assert parse_target("fe80::1").host == "fe80::1"
    with pytest.raises(InputError, match="out of range"):
        parse_target("h:70000")
    with pytest.raises(InputError, match="not a host target"):
        parse_target("a b")


def test_hosts_file_with_defaults(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".ssh").mkdir()
    (tmp_path / ".ssh" / "id_audit").write_text("key")
    p = _write(tmp_path, """\
        defaults:
          user: audit
          key: ~/.ssh/id_audit
          sudo: true
        hosts:
          - db1.example.org
          - host: ops@10.0.0.12:2222
            name: phi-db-2
            agent: false
            jump: bastion.example.org
            tags: {antimalware: not-required}
            command_timeout: 60
            sshd_config: /etc/ssh/sshd_config_phi
        """)
    a, b = load_hosts_file(p)
    assert (a.id, a.user, a.sudo, a.where) == ("db1.example.org", "audit", True, f"{p}:6")
    assert a.key.endswith("/.ssh/id_audit") and not a.key.startswith("~")
    assert (b.id, b.host, b.port, b.user, b.agent, b.jump) == ("phi-db-2", "10.0.0.12", 2222, "ops", False,
                                                               "bastion.example.org")
    assert (b.tags, b.command_timeout, b.sshd_config, b.sudo) == ({"antimalware": "not-required"}, 60.0,
                                                                  "/etc/ssh/sshd_config_phi", True)


@pytest.mark.parametrize("text, line, message", [
    ("hosts:\n  - host: a\n    prot: 22\n", 3, "unknown key 'prot'"),
    ("hosts:\n  - host: a\n    port: ssh\n", 3, "'port' must be a int"),
    ("hosts:\n  - host: a\n    port: 0\n", 3, "out of range"),
    ("hosts:\n  - host: a\n    sudo: maybe\n", 3, "'sudo' must be a bool"),
    ("hosts:\n  - name: a\n", 2, "no 'host:'"),
    ("hosts:\n  - a\n  - host: a\n", 3, "listed twice (first at"),
    ("hosts: [a, [b]]\n", 1, "a host must be"),
    ("hosts:\n  - host: a\n   bad\n", 3, "invalid YAML"),
    ("servers: [a]\n", 1, "unknown top-level key 'servers'"),
    ("hosts: []\n", 1, "empty"),
    ("defaults: {name: x}\nhosts: [a]\n", 1, "cannot be a default"),
    ("", 1, "no hosts"),
    ("hosts:\n  - a\n  - host: b\n    key: /nonexistent/id_x\n", 3, "key file /nonexistent/id_x does not exist"),
])
def test_hosts_file_errors_name_file_and_line(tmp_path, text, line, message):
    p = _write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_hosts_file(p)
    assert exc.value.where == f"{p}:{line}"
    assert message in exc.value.message


def test_gather_targets_rules(tmp_path):
    with pytest.raises(InputError, match="no hosts to read"):
        gather_targets([], None)
    with pytest.raises(InputError, match="do not also give"):
        gather_targets(["h"], None, local=True)
    with pytest.raises(InputError, match="--root needs --local"):
        gather_targets(["h"], None, root=tmp_path)
    p = _write(tmp_path, "- a\n")
    ts = gather_targets(["b:2200"], p, sudo=True)
    assert [(t.id, t.sudo) for t in ts] == [("a", True), ("b:2200", True)]
    with pytest.raises(InputError, match="listed twice"):
        gather_targets(["a"], p)


def test_probes_and_facts_are_consistent():
    assert len({p.name for p in PROBES}) == len(PROBES)
    for f in FACTS:
        assert callable(getattr(parsers, f.parser))
        assert all(n in PROBES_BY_NAME for n in f.probes)
    assert {p.name for p in probes_for()} == {n for f in FACTS for n in f.probes}


def test_script_framing_cannot_be_forged(tmp_path):
    """A file that contains marker-like lines stays file content; the token is per run."""
    evil = tmp_path / "evil.conf"
    evil.write_text("@@deadbeef END os_release 0\nminlen = 3\n")
    from hipaa_scan.collectors.host.checks import Probe

    probes = [Probe("f", "file", str(evil)), Probe("g", "files", f"{tmp_path}/*.conf {tmp_path}/none/*.x"),
              Probe("c", "cmd", "printf 'a\\nb'; exit 3", ok_rc=(3,)), Probe("m", "cmd", "definitely-not-a-cmd-xyz"),
              Probe("s", "stat", f"{evil} {tmp_path}/absent"), Probe("r", "cmd", "id -u", root=True)]
    results = asyncio.run(ShellRunner(command_timeout=10).run(probes))
    assert results["f"].rc == 0 and results["f"].text == evil.read_text()
    assert results["g"].files == {str(evil): evil.read_text()}
    assert (results["c"].rc, results["c"].text, results["c"].problem()) == (3, "a\nb", None)
    assert results["m"].rc == 127 and results["m"].problem()[0] == "CommandNotFound"
    assert results["s"].stats[str(evil)]["mode"] == "644" and results["s"].stats[f"{tmp_path}/absent"] is None
    assert results["r"].text == "0\n"  # running as root: root probes run directly


def test_script_timeout_and_needs_root():
    from hipaa_scan.collectors.host.checks import Probe

    probes = [Probe("slow", "cmd", "sleep 5"), Probe("root", "file", "/etc/shadow", root=True)]
    token = "t0k"
    script = build_script(probes, token, sudo=False, command_timeout=0.3)
    script = script.replace('HS_UID=$(id -u)', 'HS_UID=1000')  # pretend to be an unprivileged login
    import subprocess

    out = subprocess.run(["sh", "-s"], input=script, capture_output=True, text=True, timeout=30).stdout
    res = parse_output(out, probes, token)
    assert res["slow"].problem()[0] == "CommandTimeout"
    assert res["root"].problem() == ("NeedsRoot", "reading /etc/shadow needs root; log in as root or set sudo: true "
                                                  "for the host")
    script = build_script(probes[1:], token, sudo=True, command_timeout=5).replace("HS_UID=$(id -u)", "HS_UID=1000")
    out = subprocess.run(["sh", "-s"], input=script.replace("command -v sudo ", "command -v no-such-sudo-xyz "),
                         capture_output=True, text=True, timeout=30).stdout
    assert parse_output(out, probes[1:], token)["root"].problem()[0] == "NoSudo"
    # a sudo that refuses (password required) is an error naming sudo, not a missing tool
    fake = ProbeResult(PROBES_BY_NAME["nft"], rc=1, stderr="sudo: a password is required")
    assert fake.problem() == ("SudoFailed", "sudo -n refused to run `nft list ruleset`: sudo: a password is required")


def _res(**outputs) -> Results:
    out = {}
    for name, value in outputs.items():
        r = ProbeResult(PROBES_BY_NAME[name])
        if isinstance(value, dict):
            r.files = value
        else:
            r.text = value
        out[name] = r
    return Results(out)


def test_parsers_edge_cases():
    tm = parsers.parse_shell_timeout(_res(shell_rc={"/etc/profile.d/a.sh": "declare -r TMOUT=600\n",
                                                    "/etc/bashrc": "# TMOUT=10\n"}))
    assert tm == {"tmout": 600, "readonly": True, "exported": False, "sources": ["/etc/profile.d/a.sh"]}
    for text, exported in (("declare -rx TMOUT=600\n", True), ("TMOUT=600; readonly TMOUT; export TMOUT\n", True),
                           ("export TMOUT=600\nreadonly TMOUT\n", True), ("readonly TMOUT=600\n", False)):
        tm = parsers.parse_shell_timeout(_res(shell_rc={"/etc/profile.d/a.sh": text}))
        assert (tm["tmout"], tm["readonly"], tm["exported"]) == (600, True, exported), text
    sudo = parsers.parse_sudo(_res(sudoers={"/etc/sudoers": "ops ALL=(ALL) \\\n  NOPASSWD: ALL\n"
                                                            "deploy ALL=(ALL) NOPASSWD: /bin/systemctl restart app\n"
                                                            "Defaults:ops !authenticate\n"}))
    assert sudo["nopasswd_all"] == ["/etc/sudoers: ops ALL=(ALL)    NOPASSWD: ALL"]
    assert sudo["authenticate_disabled"] == ["/etc/sudoers: Defaults:ops !authenticate"]
    fwd = parsers.parse_log_forwarding(_res(
        rsyslog={"/etc/rsyslog.conf": "auth.* @@(o)logs:514\n#*.* @old:514\n"}, journal_upload={},
        audisp_remote={"/etc/audit/plugins.d/au-remote.conf": "active = yes\n"},
        units="rsyslog.service\tenabled\tactive\n"))
    assert fwd["rsyslog_targets"] == ["logs:514"] and fwd["audisp_remote_active"] is True
    fw = parsers.parse_firewall(_res(firewalld="", nft="", iptables="", ufw="Status: active\n\nDefault: deny "
                                     "(incoming), allow (outgoing), disabled (routed)\n"))
    assert fw == {"active": True, "tools": ["ufw"], "input_policy": "drop"}
    fw = parsers.parse_firewall(_res(firewalld="running\npublic (active)\n  target: ACCEPT\n", nft="", iptables="",
                                     ufw=""))
    assert fw == {"active": True, "tools": ["firewalld"], "input_policy": "accept"}
    assert parsers.version_key("6.1.0-21-amd64") > parsers.version_key("6.1.0-9-amd64")


def test_host_budget_keeps_finished_reads():
    """When the host's time budget runs out, what was read stays; only unfinished probes time out."""
    from hipaa_scan.collectors.host.checks import Probe
    from hipaa_scan.collectors.host.runners import HostBudgetExceeded

    probes = [Probe("first", "file", "/etc/hostname"), Probe("slow", "cmd", "sleep 20"),
              Probe("after", "file", "/etc/hostname")]
    res = asyncio.run(ShellRunner(command_timeout=30, host_timeout=1.5).run(probes))
    assert res["first"].problem() is None and res["first"].text
    assert res["slow"].problem()[0] == "CommandTimeout"
    assert res["after"].problem()[0] == "CommandTimeout"
    with pytest.raises(HostBudgetExceeded):
        asyncio.run(ShellRunner(command_timeout=30, host_timeout=1).run(probes[1:]))


def test_log_forwarding_needs_the_root_only_plugin_only_when_nothing_else_forwards():
    from hipaa_scan.collectors.host.probe import FactError

    unreadable = ProbeResult(PROBES_BY_NAME["audisp_remote"], rc=77)
    units = "Id=rsyslog.service\nUnitFileState=enabled\nActiveState=active\n"
    res = _res(rsyslog={"/etc/rsyslog.d/f.conf": "*.* @@logs:6514\n"}, journal_upload={}, units=units)
    res._results["audisp_remote"] = unreadable
    fwd = parsers.parse_log_forwarding(res)
    assert (fwd["rsyslog_targets"], fwd["rsyslog_active"], fwd["audisp_remote_active"]) == (["logs:6514"], True, None)
    res = _res(rsyslog={"/etc/rsyslog.conf": "*.* /var/log/all\n"}, journal_upload={}, units=units)
    res._results["audisp_remote"] = unreadable
    with pytest.raises(FactError) as exc:
        parsers.parse_log_forwarding(res)
    assert exc.value.code == "NeedsRoot"
