"""Parsers: probe results → the normalised fact groups of the ``host`` resource.

Each ``parse_<group>(res, family)`` takes the host's :class:`~collectors.host.probe.Results`
and its OS family (``"debian"``, ``"rhel"`` or ``None``) and returns the group's dict.
A probe the group needs that could not be read raises :class:`FactError` (through
``res.get``), which the orchestrator records as an inventory error for that field.
Parsers normalise; they never decide pass or fail, and they never fill in a value
that was not read (an unset option is ``None``, except where the value is the
program's own documented default and is reported with its source).
"""

from __future__ import annotations

import json
import re
import shlex

from hipaa_scan.collectors.host.checks import PACKAGES_OF_INTEREST
from hipaa_scan.collectors.host.probe import FactError, Results

_ENABLED_STATES = {"enabled", "enabled-runtime", "static", "generated", "alias", "indirect"}


def _lines(text: str | None):
    """Non-empty, non-comment lines with surrounding blanks removed."""
    for line in (text or "").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def version_key(version: str) -> tuple:
    """Sort key for kernel versions: numeric parts as numbers (6.1.0-21 > 6.1.0-9)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[^A-Za-z0-9]+", version) if p)


# --- shared probes -------------------------------------------------------------------

def installed_packages(res: Results) -> set[str]:
    out = set()
    for line in res.get("packages").stdout.splitlines():
        name, _, status = line.partition("\t")
        if status.strip().startswith("ii") and name.strip() in PACKAGES_OF_INTEREST:
            out.add(name.strip())
    return out


def unit_states(res: Results) -> dict[str, dict]:
    """``systemctl show -p Id -p UnitFileState -p ActiveState``: blocks separated by blank lines."""
    out = {}
    for block in re.split(r"\n\s*\n", res.get("units").text or ""):
        kv = dict(line.split("=", 1) for line in block.splitlines() if "=" in line)
        unit = kv.get("Id")
        if not unit:
            continue
        enabled, active = kv.get("UnitFileState", ""), kv.get("ActiveState", "")
        out[unit] = {"enabled": enabled in _ENABLED_STATES, "active": active == "active",
                     "unit_file_state": enabled or None, "active_state": active or None}
    return out


def _unit_on(units: dict, *names: str, need_active: bool = True) -> bool:
    for n in names:
        u = units.get(n)
        if u and (u["active"] if need_active else u["enabled"]):
            return True
    return False


# --- os and kernel -------------------------------------------------------------------

def parse_os(res: Results, family=None) -> dict:
    files = res.get("os_release").files
    text = files.get("/etc/os-release") or files.get("/usr/lib/os-release")
    if not text:
        raise FactError("NotFound", "neither /etc/os-release nor /usr/lib/os-release exists")
    kv = {}
    for line in _lines(text):
        key, sep, value = line.partition("=")
        if sep:
            try:
                kv[key.strip()] = " ".join(shlex.split(value)) if value.strip() else ""
            except ValueError:
                kv[key.strip()] = value.strip().strip("\"'")
    os_id = kv.get("ID", "").lower() or None
    like = kv.get("ID_LIKE", "").lower().split()
    fam = None
    if os_id in ("debian", "ubuntu", "raspbian", "linuxmint", "pop") or {"debian", "ubuntu"} & set(like):
        fam = "debian"
    elif os_id in ("rhel", "centos", "rocky", "almalinux", "ol", "fedora", "amzn", "scientific") or \
            {"rhel", "fedora", "centos"} & set(like):
        fam = "rhel"
    return {"id": os_id, "version": kv.get("VERSION_ID") or None, "family": fam,
            "name": kv.get("PRETTY_NAME") or kv.get("NAME") or None}


def parse_kernel(res: Results, family=None) -> dict:
    running = res.get("uname").stdout.strip() or None
    if not running:
        raise FactError("Empty", "uname -r printed nothing")
    installed = sorted({p.rsplit("/vmlinuz-", 1)[1] for p in res.get("kernels").paths if "/vmlinuz-" in p},
                       key=version_key)
    flag = bool(res.get("reboot_flag").paths)
    nr = res.optional("needs_restarting")
    needs = nr is not None and not nr.not_installed and nr.rc == 1
    return {"running": running, "installed": installed, "newest_installed": installed[-1] if installed else None,
            "reboot_required": flag or needs}


# --- ssh -----------------------------------------------------------------------------

_SSH_BOOL = {"passwordauthentication": "password_authentication",
             "permitemptypasswords": "permit_empty_passwords",
             "x11forwarding": "x11_forwarding",
             "hostbasedauthentication": "hostbased_authentication",
             "ignorerhosts": "ignore_rhosts",
             "kbdinteractiveauthentication": "kbd_interactive_authentication",
             "pubkeyauthentication": "pubkey_authentication",
             "permituserenvironment": "permit_user_environment",
             "strictmodes": "strict_modes",
             "gssapiauthentication": "gssapi_authentication",
             "kerberosauthentication": "kerberos_authentication"}
_SSH_INT = {"maxauthtries": "max_auth_tries", "clientaliveinterval": "client_alive_interval",
            "clientalivecountmax": "client_alive_count_max", "logingracetime": "login_grace_time",
            "maxsessions": "max_sessions"}
_SSH_LIST = {"ciphers": "ciphers", "macs": "macs", "kexalgorithms": "kex_algorithms"}
_SSH_STR = {"permitrootlogin": "permit_root_login", "banner": "banner", "loglevel": "log_level",
            "usepam": "use_pam", "compression": "compression", "allowtcpforwarding": "allow_tcp_forwarding"}
_SSH_ACCESS = {"allowusers": "allow_users", "allowgroups": "allow_groups", "denyusers": "deny_users",
               "denygroups": "deny_groups"}
#: Booleans whose ``True`` is the weaker setting, so a Match block turning them on wins.
_SSH_WEAK_TRUE = {"password_authentication", "permit_empty_passwords", "x11_forwarding", "hostbased_authentication",
                  "kbd_interactive_authentication", "permit_user_environment", "gssapi_authentication",
                  "kerberos_authentication"}
_SSH_WEAK_FALSE = {"ignore_rhosts", "strict_modes"}
_SSH_HIGH_WEAK = {"max_auth_tries", "login_grace_time", "max_sessions"}


def _sshd_block(lines: list[str]) -> dict:
    raw: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for line in lines:
        key, _, value = line.partition(" ")
        key = key.lower()
        raw.setdefault(key, value.strip())
        if key in _SSH_ACCESS:
            multi.setdefault(key, []).extend(value.split())
    out: dict = {}
    for k, name in _SSH_BOOL.items():
        if k in raw:
            out[name] = raw[k].lower() == "yes"
    for k, name in _SSH_INT.items():
        if k in raw:
            out[name] = _int(raw[k])
    for k, name in _SSH_LIST.items():
        if k in raw:
            out[name] = [a for a in raw[k].split(",") if a]
    for k, name in _SSH_STR.items():
        if k in raw:
            out[name] = raw[k]
    for k, name in _SSH_ACCESS.items():
        out[name] = multi.get(k, [])
    if out.get("banner", "").lower() == "none":
        out["banner"] = None
    return out


def _weaker(name: str, base, other):
    """The weaker of two values of one sshd setting (a Match block may loosen the global one)."""
    if base == other or other is None:
        return base
    if base is None:
        return other
    if name in _SSH_WEAK_TRUE:
        return bool(base or other)
    if name in _SSH_WEAK_FALSE:
        return bool(base and other)
    if name in _SSH_HIGH_WEAK and isinstance(base, int) and isinstance(other, int):
        return max(base, other)
    if name == "client_alive_interval" and isinstance(base, int) and isinstance(other, int):
        return other if (base > 0 and (other == 0 or other > base)) else base
    if name in ("ciphers", "macs", "kex_algorithms"):
        return sorted(set(base) | set(other), key=lambda a: (a not in base, a))
    if name == "permit_root_login":
        return base if base != "no" else other
    if name in ("allow_users", "allow_groups", "deny_users", "deny_groups"):
        return base  # access lists are global only (sshd_config(5) does not allow them in Match)
    return other


def parse_sshd(res: Results, family=None) -> dict:
    """``sshd -T``: the daemon's effective configuration, one ``key value`` per line.

    The probe also runs ``sshd -T -C`` for connection contexts (root and an unprivileged user
    from an outside address, on each listening port, with laddr/lport so that ``Match
    LocalPort`` resolves); each setting is reported at its weakest across the global
    configuration and those contexts, so a ``Match`` block that loosens it is not missed.
    """
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    failed: list[str] = []
    for line in (res.get("sshd").text or "").splitlines():
        line = line.strip()
        if line.startswith("#context "):
            blocks.append((line[len("#context "):], []))
        elif line.startswith("#failed"):
            failed.append(blocks[-1][0] or "")
        elif line and not line.startswith("#"):
            blocks[-1][1].append(line)
    base = _sshd_block(blocks[0][1])
    if "password_authentication" not in base:
        raise FactError("ParseError", "sshd -T printed no configuration")
    contexts = []
    for ctx, lines in blocks[1:]:
        if ctx in failed:
            continue
        other = _sshd_block(lines)
        if "password_authentication" not in other:
            continue
        contexts.append(ctx)
        for name in set(base) | set(other):
            base[name] = _weaker(name, base.get(name), other.get(name))
    base["match_contexts"] = contexts
    base["source"] = "sshd -T"
    return base


def parse_ssh_files(res: Results, family=None) -> dict:
    """Modes of sshd_config and the host private keys."""
    st = res.get("ssh_files").stats
    cfg = _mode_fact(st.get("/etc/ssh/sshd_config"))
    keys = [{"path": p, "mode": f"{int(v['mode'], 8):04o}", "uid": v["uid"]}
            for p, v in sorted(st.items()) if p != "/etc/ssh/sshd_config" and v]
    return {"config_exists": cfg["exists"], "config_mode": cfg["mode"], "config_uid": cfg["uid"], "private_keys": keys}


# --- shell automatic logoff ----------------------------------------------------------

_TMOUT_SET = re.compile(r"(?:^|[\s;])(?:(?:export|readonly|declare|typeset|local)(?:\s+-[A-Za-z]+)*\s+)?TMOUT=[\"']?(\d+)")
_TMOUT_RO = re.compile(r"(?:^|[\s;])(?:readonly(?:\s+-[A-Za-z]+)*|(?:declare|typeset)\s+-[A-Za-z]*r[A-Za-z]*)\s+(?:\w+(?:=\S*)?\s+)*TMOUT\b")  # noqa: E501  (data)
_TMOUT_EXPORT = re.compile(r"(?:^|[\s;])(?:export(?:\s+-[A-Za-z]+)*|(?:declare|typeset|readonly)\s+-[A-Za-z]*x[A-Za-z]*)\s+(?:\w+(?:=\S*)?\s+)*TMOUT\b")  # noqa: E501  (data)


def parse_shell_timeout(res: Results, family=None) -> dict:
    """TMOUT in the login shells' profile files: its value, and whether it is readonly and exported.

    Only a readonly TMOUT binds (a user can otherwise unset it), and only an exported one reaches
    the shells started from the login shell.
    """
    values, readonly, exported, sources = [], False, False, []
    for path, text in sorted(res.get("shell_rc").files.items()):
        hit = False
        for line in _lines(text):
            for m in _TMOUT_SET.finditer(line):
                values.append(int(m.group(1)))
                hit = True
            if _TMOUT_RO.search(line):
                readonly = True
                hit = True
            if _TMOUT_EXPORT.search(line):
                exported = True
                hit = True
        if hit:
            sources.append(path)
    return {"tmout": max(values) if values else None, "readonly": readonly, "exported": exported, "sources": sources}


# --- audit ---------------------------------------------------------------------------

def parse_auditd(res: Results, family=None) -> dict:
    """Whether the audit package is installed: from the package list alone."""
    return {"installed": bool({"auditd", "audit"} & installed_packages(res))}


def parse_auditd_service(res: Results, family=None) -> dict:
    """auditd.service's unit state: from systemd alone (an error of its own when unit states cannot be read)."""
    u = unit_states(res).get("auditd.service", {})
    return {"enabled": bool(u.get("enabled")), "active": bool(u.get("active")),
            "unit_file_state": u.get("unit_file_state"), "active_state": u.get("active_state")}


def _rule_tokens(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError:
        return line.split()


def normal_path(path: str) -> str:
    """A watched path as the kernel resolves it: no trailing or doubled slashes, /var/run as /run."""
    p = re.sub(r"/+", "/", path.strip())
    if len(p) > 1:
        p = p.rstrip("/")
    if p == "/var/run" or p.startswith("/var/run/"):
        p = p[len("/var"):]
    return p


def _add_watch(watches: list, seen: set, path: str, perms: str, recursive: bool) -> None:
    key = (normal_path(path), perms, recursive)
    if key not in seen:
        seen.add(key)
        watches.append({"path": key[0], "perms": perms, "recursive": recursive})


def _audit_rule_facts(lines) -> dict:
    """Watches, syscalls, unique rules, failed-access syscalls and the ``-e`` value of rule lines."""
    watches: list[dict] = []
    syscalls: set[str] = set()
    failed_access: dict[str, set[str]] = {}
    seen: set[tuple] = set()
    rules: set[str] = set()  # unique rule lines: augenrules copies rules.d/* into audit.rules
    enabled = None
    for line in lines:
        toks = _rule_tokens(line)
        if not toks:
            continue
        if toks[0] == "-e" and len(toks) > 1:
            enabled = _int(toks[1])
        elif toks[0] == "-w" and len(toks) > 1:
            perms = "rwxa"
            if "-p" in toks[:-1]:
                perms = toks[toks.index("-p") + 1]
            rules.add(" ".join(toks))
            # -w on a directory watches its whole subtree (like -F dir=)
            _add_watch(watches, seen, toks[1], perms, recursive=True)
        elif toks[0] in ("-a", "-A") and len(toks) > 1 and "exit" in toks[1]:
            rules.add(" ".join(toks))
            action = toks[1].split(",")
            if "never" in action:
                continue
            fields: dict[str, str] = {}
            scs: list[str] = []
            i = 2
            while i < len(toks) - 1:
                if toks[i] == "-S":
                    scs.extend(s for s in toks[i + 1].split(",") if s)
                    i += 2
                elif toks[i] == "-F":
                    m = re.match(r"^(\w+)(!=|>=|<=|=|>|<)(.*)$", toks[i + 1])
                    if m:
                        fields.setdefault(m.group(1), m.group(3))
                    i += 2
                else:
                    i += 1
            exit_v = fields.get("exit", "")
            if exit_v:
                # a rule limited to a failure (-F exit=-EACCES / -EPERM) records only failed calls
                for sc in scs:
                    failed_access.setdefault(sc, set()).add(exit_v.lstrip("-").upper())
            else:
                syscalls.update(scs)
            target = fields.get("path") or fields.get("dir")
            if target:
                # -F path= watches one inode; -F dir= a directory and its whole subtree
                _add_watch(watches, seen, target, fields.get("perm") or "rwxa", recursive="path" not in fields)
    # a syscall audited on every outcome covers its failures too
    fa = sorted(sc for sc, codes in failed_access.items() if {"EACCES", "EPERM"} <= codes) + sorted(syscalls)
    return {"watches": sorted(watches, key=lambda w: (w["path"], w["perms"], w["recursive"])),
            "syscalls": sorted(syscalls), "failed_access_syscalls": sorted(set(fa)), "rules": rules,
            "enabled": enabled}


def parse_audit_rules(res: Results, family=None) -> dict:
    """Audit rules: those loaded in the kernel (``auditctl -l``) when it can be run, else the rule files.

    Each watch is ``{"path", "perms", "recursive"}``: the path normalised as the kernel resolves
    it (no trailing slash, ``/var/run`` as ``/run``), so ``-w /etc/sudoers.d/`` and
    ``-w /etc/sudoers.d`` are one watch; ``recursive`` is true for ``-w`` and ``-F dir=`` (a
    directory watch covers its whole subtree) and false for ``-F path=`` (one inode).
    ``source`` says which was read; ``immutable`` is ``auditctl -s`` ``enabled 2`` (else the
    last ``-e`` of the rule files).
    """
    files = res.get("audit_rules").files
    on_disk = _audit_rule_facts(line for path in sorted(files) for line in _lines(files[path]))
    loaded = None
    facts, source = on_disk, "rule files"
    ctl = res.get("auditctl")
    if not ctl.not_installed:
        ctl_lines = [ln for ln in (ctl.text or "").splitlines() if ln.startswith(("-w ", "-a ", "-A "))]
        loaded = len(ctl_lines)
        facts, source = _audit_rule_facts(ctl_lines), "auditctl -l"
    immutable, imm_source = on_disk["enabled"] == 2, "rule files"
    st = res.optional("auditctl_status")
    if st is not None and not st.not_installed:
        m = re.search(r"^enabled\s+(\d+)", st.text or "", re.M)
        if m:
            immutable, imm_source = m.group(1) == "2", "auditctl -s"
    return {"watches": facts["watches"], "syscalls": facts["syscalls"],
            "failed_access_syscalls": facts["failed_access_syscalls"],
            "rule_count": len(on_disk["rules"]), "loaded_rule_count": loaded, "sources": sorted(files),
            "source": source, "immutable": immutable, "immutable_source": imm_source}


def parse_auditd_conf(res: Results, family=None) -> dict:
    """/etc/audit/auditd.conf: what auditd does as its disk fills (unset keys are auditd's defaults)."""
    r = res.get("auditd_conf")
    if r.text is None:
        raise FactError("NotFound", "/etc/audit/auditd.conf does not exist")
    kv = {}
    for line in _lines(r.text):
        k, sep, v = line.partition("=")
        if sep:
            kv[k.strip().lower()] = v.strip()
    # auditd.conf(5) defaults: space_left_action SYSLOG, admin_space_left_action SUSPEND,
    # max_log_file_action ROTATE, disk_full_action SUSPEND, flush INCREMENTAL_ASYNC
    defaults = {"space_left_action": "SYSLOG", "admin_space_left_action": "SUSPEND",
                "max_log_file_action": "ROTATE", "disk_full_action": "SUSPEND", "flush": "INCREMENTAL_ASYNC"}
    out: dict = {}
    for key, default in defaults.items():
        out[key] = (kv.get(key) or default).upper()
    out["defaulted"] = sorted(k for k in defaults if not kv.get(k))
    return out


def parse_audit_boot(res: Results, family=None) -> dict:
    """The kernel command line: audit=1 audits processes that start before auditd."""
    r = res.get("cmdline")
    if r.text is None:
        raise FactError("NotFound", "/proc/cmdline cannot be read (is /proc mounted?)")
    args = dict(a.partition("=")[::2] for a in r.text.split())
    return {"audit": args.get("audit"), "audit_backlog_limit": _int(args.get("audit_backlog_limit"))}


def parse_audit_plugins(res: Results, family=None) -> dict:
    """The audit dispatcher's syslog plugin (copies audit events to syslog, and so to the forwarder)."""
    active = False
    for path, text in res.get("audisp_remote").files.items():
        if path.endswith("plugins.d/syslog.conf"):
            for line in _lines(text):
                k, sep, v = line.partition("=")
                if sep and k.strip() == "active":
                    active = v.strip().lower() == "yes"
    return {"syslog_active": active}


def parse_logging(res: Results, family=None) -> dict:
    """A log daemon that keeps logs: rsyslog or syslog-ng running, or journald with persistent storage."""
    units = unit_states(res)
    storage = "auto"  # journald.conf(5): Storage=auto keeps logs on disk when /var/log/journal exists
    for _path, text in sorted(res.get("journald").files.items(), key=lambda kv: (not kv[0].endswith("journald.conf"),
                                                                                kv[0])):
        for line in _lines(text):
            k, sep, v = line.partition("=")
            if sep and k.strip() == "Storage":
                storage = v.strip().lower()
    journal_dir = res.get("journal_dir").stats.get("/var/log/journal") is not None
    persistent = storage == "persistent" or (storage == "auto" and journal_dir)
    return {"rsyslog_active": _unit_on(units, "rsyslog.service"),
            "syslog_ng_active": _unit_on(units, "syslog-ng.service"),
            "journald_active": _unit_on(units, "systemd-journald.service"),
            "journald_storage": storage, "journald_persistent": persistent}


def _mode_fact(st: dict | None) -> dict:
    if st is None:
        return {"exists": False, "mode": None, "world_readable": None, "world_writable": None, "uid": None}
    mode = int(st["mode"], 8)
    return {"exists": True, "mode": f"{mode:04o}", "world_readable": bool(mode & 0o004),
            "world_writable": bool(mode & 0o002), "uid": st["uid"]}


def parse_audit_log(res: Results, family=None) -> dict:
    stats = res.get("audit_log_stat").stats
    f = _mode_fact(stats.get("/var/log/audit/audit.log"))
    d = _mode_fact(stats.get("/var/log/audit"))
    return {"path": "/var/log/audit/audit.log", "exists": f["exists"], "mode": f["mode"],
            "world_readable": f["world_readable"], "directory_mode": d["mode"],
            "directory_world_readable": d["world_readable"]}


_RSYSLOG_LEGACY = re.compile(r"^\S+\s+(?:-)?(@{1,2})(?:\([^)]*\))?([\w.\-\[\]:]+)")
_RSYSLOG_ACTION = re.compile(r"action\s*\(([^)]*)\)", re.S | re.I)
_RSYSLOG_PARAM = re.compile(r"""([\w.]+)\s*=\s*["']([^"']*)["']""")
_RSYSLOG_GLOBAL_DRIVER = re.compile(r"""(?:^\$DefaultNetstreamDriver\s+(\w+)|DefaultNetstreamDriver\s*=\s*["'](\w+)["'])""",
                                    re.I | re.M)
_TLS_DRIVERS = {"gtls", "ossl"}


def _rsyslog_forwarders(files: dict[str, str]) -> list[dict]:
    """rsyslog forwarding actions: target, protocol and whether the stream is TLS (driver gtls/ossl, mode 1)."""
    out = []
    body = "\n".join("\n".join(_lines(files[p])) for p in sorted(files))
    global_driver = None
    for gm in _RSYSLOG_GLOBAL_DRIVER.finditer(body):
        global_driver = (gm.group(1) or gm.group(2)).lower()
    legacy_mode = None
    for line in body.splitlines():
        mode_m = re.match(r"^\$ActionSendStreamDriverMode\s+(\d+)", line, re.I)
        if mode_m:
            legacy_mode = mode_m.group(1)
            continue
        lm = _RSYSLOG_LEGACY.match(line)
        if lm:
            tcp = lm.group(1) == "@@"
            out.append({"via": "rsyslog", "target": lm.group(2), "protocol": "tcp" if tcp else "udp",
                        "tls": tcp and legacy_mode == "1" and global_driver in _TLS_DRIVERS})
    for m in _RSYSLOG_ACTION.finditer(body):
        params = {k.lower(): v for k, v in _RSYSLOG_PARAM.findall(m.group(1))}
        kind = params.get("type", "").lower()
        if kind not in ("omfwd", "omrelp") or not params.get("target"):
            continue
        if kind == "omfwd":
            proto = params.get("protocol", "udp").lower()
            driver = params.get("streamdriver", global_driver or "").lower()
            tls = proto == "tcp" and params.get("streamdrivermode") == "1" and driver in _TLS_DRIVERS
        else:
            proto, tls = "relp", params.get("tls", "off").lower() == "on"
        out.append({"via": "rsyslog", "target": params["target"], "protocol": proto, "tls": tls})
    return out


def parse_log_forwarding(res: Results, family=None) -> dict:
    """Where logs leave the host, and whether each way is encrypted.

    ``forwarders`` lists each configured forwarder whose daemon runs: ``{"via", "target",
    "protocol", "tls"}`` (rsyslog omfwd over TCP with a gtls/ossl stream driver in mode 1,
    omrelp with tls="on", a journal upload URL over https, audisp-remote with transport KRB5).
    """
    rs = _rsyslog_forwarders(res.get("rsyslog").files)
    targets = [f["target"] for f in rs]
    url = None
    for _path, text in sorted(res.get("journal_upload").files.items()):
        for line in _lines(text):
            k, sep, v = line.partition("=")
            if sep and k.strip() == "URL" and v.strip():
                url = v.strip()
    units = unit_states(res)
    out = {"rsyslog_targets": sorted(set(targets)), "rsyslog_active": _unit_on(units, "rsyslog.service"),
           "journal_upload_url": url,
           "journal_upload_active": _unit_on(units, "systemd-journal-upload.service"),
           "audisp_remote_active": None}
    forwarders = [f for f in rs if out["rsyslog_active"]]
    if url and out["journal_upload_active"]:
        forwarders.append({"via": "journal-upload", "target": url, "protocol": url.split(":", 1)[0].lower(),
                           "tls": url.lower().startswith("https://")})
    out["forwarders"] = forwarders
    au = res.optional("audisp_remote")
    if au is None:
        # the audit plugin directory is root-only; without it, the fact stands only if another
        # forwarder was found (the control needs any one of them)
        if forwarders:
            return out
        au = res.get("audisp_remote")  # raises the read error
    audisp = False
    remote: dict[str, str] = {}
    for path, text in au.files.items():
        for line in _lines(text):
            k, sep, v = line.partition("=")
            if not sep:
                continue
            if path.endswith("au-remote.conf") and k.strip() == "active":
                audisp = v.strip().lower() == "yes"
            elif path.endswith("audisp-remote.conf"):
                remote[k.strip()] = v.strip()
    out["audisp_remote_active"] = audisp
    if audisp and remote.get("remote_server"):
        transport = remote.get("transport", "tcp").lower()
        forwarders.append({"via": "audisp-remote", "target": remote["remote_server"], "protocol": transport,
                           "tls": transport == "krb5"})
    return out


# --- authentication and passwords ----------------------------------------------------

#: The PAM services whose stacks decide each kind: password changes (passwd, and an expired
#: password at a console or SSH login) and logins (console and SSH).
PAM_SERVICES = {"password": ("passwd", "login", "sshd"), "auth": ("login", "sshd")}


def _pam_resolve(files: dict[str, str], name: str, kind: str | None, depth: int = 0) -> list[tuple[str, list[str]]]:
    """The lines of one PAM file as the library runs them: ``@include`` (every kind), and
    ``include`` / ``substack`` of the same kind, expanded in place. ``kind`` None keeps every kind.
    Each item is (the file the line is in, its fields)."""
    path = name if name.startswith("/") else f"/etc/pam.d/{name}"
    text = files.get(path)
    if text is None or depth > 10:
        return []
    out: list[tuple[str, list[str]]] = []
    for line in _lines(text):
        toks = _pam_tokens(line)
        if toks[0] == "@include" and len(toks) > 1:
            out.extend(_pam_resolve(files, toks[1], kind, depth + 1))
            continue
        if len(toks) < 3:
            continue
        if kind is not None and toks[0].lstrip("-") != kind:
            continue
        if toks[1] in ("include", "substack"):
            out.extend(_pam_resolve(files, toks[2], toks[0].lstrip("-"), depth + 1))
            continue
        out.append((path, toks))
    return out


def _pam_service_stacks(res: Results, kind: str) -> dict[str, list[tuple[str, list[str]]]]:
    """{service: its effective ``kind`` lines} for the services of :data:`PAM_SERVICES` that exist
    (a service without its own file runs /etc/pam.d/other)."""
    files = res.get("pam").files
    out = {}
    for svc in PAM_SERVICES[kind]:
        name = svc if f"/etc/pam.d/{svc}" in files else "other"
        out[svc] = _pam_resolve(files, name, kind)
    return out


def _pam_stack(res: Results, family, kind: str) -> dict[str, list[str]]:
    """The effective ``kind`` stacks as {service: [lines]}: a module counts only when a service
    reaches it through its includes (a file nothing includes has no effect)."""
    return {svc: [" ".join(t) + "\t" + path for path, t in lines]
            for svc, lines in _pam_service_stacks(res, kind).items()}


def _pam_tokens(line: str) -> list[str]:
    """A PAM line's fields; a bracketed control (``[success=1 default=ignore]``) is one field."""
    m = re.match(r"^(\S+)\s+(\[[^\]]*\]|\S+)\s*(.*)$", line)
    if not m:
        return line.split()
    return [m.group(1), m.group(2), *m.group(3).split()]


def _pam_lines(stack: dict[str, list[str]], kind: str, module: str) -> list[tuple[str, list[str]]]:
    """(the file the line is in, the module's arguments) of each ``kind`` line running ``module``."""
    out = []
    for _svc, lines in stack.items():
        for entry in lines:
            line, _, path = entry.rpartition("\t")
            toks = _pam_tokens(line)
            if len(toks) >= 3 and toks[0].lstrip("-") == kind and toks[2].rsplit("/", 1)[-1] == module:
                out.append((path, toks[3:]))
    return out


def _pam_services_with(stack: dict[str, list[str]], kind: str, module: str) -> set[str]:
    return {svc for svc in stack if _pam_lines({svc: stack[svc]}, kind, module)}


def _kv_args(args: list[str]) -> dict[str, str]:
    out = {}
    for a in args:
        k, sep, v = a.partition("=")
        out[k] = v if sep else ""
    return out


_PWQ_KEYS = ("minlen", "minclass", "dcredit", "ucredit", "lcredit", "ocredit")


def _weakest(values: list[int | None], stronger_is_higher: bool) -> int | None:
    """The weakest of the per-file values (an unset one is unknown, so it wins)."""
    known = [v for v in values if v is not None]
    if not values or len(known) < len(values):
        return None
    return min(known) if stronger_is_higher else max(known)


def parse_pwquality(res: Results, family=None) -> dict:
    """The password-quality rules that take effect: pam_pwquality (or pam_cracklib) in the password stack.

    pam_pwquality reads /etc/security/pwquality.conf (and .conf.d/), and the arguments on its
    PAM line override the file; pam_cracklib takes its arguments only. The stack is the
    effective password stack of the passwd, login and sshd services, includes followed (Debian
    reaches common-password, RHEL system-auth and password-auth); the module must be reached by
    each service, else ``in_pam`` is false. With several files, each value is the weakest of
    them. The values are ``None`` when no module is in the stack: they take no effect then.
    """
    conf: dict[str, str] = {}
    files = res.get("pwquality").files
    ordered = sorted(files, key=lambda p: (p != "/etc/security/pwquality.conf", p))
    for path in ordered:
        for line in _lines(files[path]):
            k, sep, v = line.partition("=")
            if sep:
                conf[k.strip()] = v.strip()
    stack = _pam_stack(res, family, "password")
    for mod in ("pam_pwquality.so", "pam_cracklib.so"):
        hits = _pam_lines(stack, "password", mod)
        if not hits:
            continue
        per_file: dict[str, dict[str, str]] = {}
        for path, args in hits:
            eff = per_file.setdefault(path, dict(conf) if mod == "pam_pwquality.so" else {})
            eff.update(_kv_args(args))
        effective = list(per_file.values())
        in_pam = bool(stack) and _pam_services_with(stack, "password", mod) == set(stack)
        out = {"module": mod, "in_pam": in_pam, "stack_files": sorted(per_file),
               "minlen": _weakest([_int(e.get("minlen")) for e in effective], True),
               "minclass": _weakest([_int(e.get("minclass")) for e in effective], True),
               **{k: _weakest([_int(e.get(k)) for e in effective], False) for k in _PWQ_KEYS[2:]}}
        enforcing = [_int(e.get("enforcing")) for e in effective] if mod == "pam_pwquality.so" else []
        # pwquality.conf(5): enforcing = 0 only warns; unset means the default, 1
        out["enforcing"] = 0 if 0 in enforcing else (None if all(v is None for v in enforcing) else 1)
        return out
    return {"module": None, "in_pam": False, "stack_files": [], **dict.fromkeys(_PWQ_KEYS), "enforcing": None}


def parse_login_defs(res: Results, family=None) -> dict:
    r = res.get("login_defs")
    if r.text is None:
        raise FactError("NotFound", "/etc/login.defs does not exist")
    kv = {}
    for line in _lines(r.text):
        parts = line.split(None, 1)
        if len(parts) == 2:
            kv[parts[0]] = parts[1].strip()
    return {"pass_max_days": _int(kv.get("PASS_MAX_DAYS")), "pass_min_days": _int(kv.get("PASS_MIN_DAYS")),
            "pass_warn_age": _int(kv.get("PASS_WARN_AGE")),
            "encrypt_method": kv.get("ENCRYPT_METHOD", "").upper() or None}


def parse_lockout(res: Results, family=None) -> dict:
    stack = _pam_stack(res, family, "auth")
    conf: dict[str, str] = {}
    r = res.get("faillock_conf")
    for text in r.files.values():
        for line in _lines(text):
            k, sep, v = line.partition("=")
            conf[k.strip()] = v.strip() if sep else ""
    for mod in ("pam_faillock.so", "pam_tally2.so", "pam_tally.so"):
        hits = _pam_lines(stack, "auth", mod)
        if not hits:
            continue
        args: dict[str, str] = dict(conf) if mod == "pam_faillock.so" else {}
        for _, a in hits:
            args.update(_kv_args(a))
        deny, source = _int(args.get("deny")), "configured"
        if deny is None and mod == "pam_faillock.so":
            deny, source = 3, "pam_faillock default"  # faillock.conf(5): deny defaults to 3
        files = sorted({p for p, _ in hits})
        return {"module": mod.removesuffix(".so"), "deny": deny, "deny_source": source if deny is not None else None,
                "unlock_time": _int(args.get("unlock_time")), "files": files,
                "in_all_stacks": bool(stack) and _pam_services_with(stack, "auth", mod) == set(stack)}
    return {"module": None, "deny": None, "deny_source": None, "unlock_time": None, "files": [],
            "in_all_stacks": False}


_STRONG_HASHES = ("sha512", "yescrypt", "gost_yescrypt", "blowfish", "sha256")


def parse_pam(res: Results, family=None) -> dict:
    """What the effective PAM stacks (includes followed) do beyond quality and lockout.

    ``nullok``: files whose pam_unix line in an effective auth or password stack accepts an
    empty password. ``remember``: the password history kept (pam_pwhistory's ``remember``,
    default 10, from its line or pwhistory.conf; or pam_unix ``remember=``), the weakest over the
    password services, ``None`` unless every one keeps one. ``hash``: the method pam_unix hashes
    new passwords with (its argument, else login.defs ENCRYPT_METHOD, which pam_unix then uses).
    ``su_wheel``: su's auth stack requires pam_wheel.
    """
    auth = _pam_service_stacks(res, "auth")
    password = _pam_service_stacks(res, "password")
    nullok = sorted({path for stack in (auth, password) for lines in stack.values()
                     for path, t in lines if len(t) >= 3 and t[2].endswith("pam_unix.so") and "nullok" in t[3:]})
    hist_conf: dict[str, str] = {}
    for text in res.get("pwhistory_conf").files.values():
        for line in _lines(text):
            k, sep, v = line.partition("=")
            hist_conf[k.strip()] = v.strip() if sep else ""
    ld = res.get("login_defs").text or ""
    m = re.search(r"^\s*ENCRYPT_METHOD\s+(\S+)", ld, re.M)
    login_defs_method = m.group(1).lower() if m else None
    remembers: list[int | None] = []
    hashes: list[str | None] = []
    history_module = None
    for _svc, lines in password.items():
        best = None
        method = None
        for _path, t in lines:
            if len(t) < 3:
                continue
            mod = t[2].rsplit("/", 1)[-1]
            args = _kv_args(t[3:])
            if mod == "pam_pwhistory.so":
                history_module = history_module or "pam_pwhistory"
                r = _int(args.get("remember", hist_conf.get("remember", "10")))
                best = max(best or 0, r or 0)
            elif mod == "pam_unix.so":
                if "remember" in args:
                    history_module = history_module or "pam_unix"
                    best = max(best or 0, _int(args["remember"]) or 0)
                method = next((h for h in _STRONG_HASHES + ("md5", "bigcrypt") if h in args), None) \
                    or (f"{login_defs_method}" if login_defs_method else "des")
        remembers.append(best)
        hashes.append(method)
    su_files = res.get("pam").files
    su_name = "su" if "/etc/pam.d/su" in su_files else "other"
    su_wheel = any(len(t) >= 3 and t[2].endswith("pam_wheel.so") and t[1] in ("required", "requisite")
                   for _, t in _pam_resolve(su_files, su_name, "auth"))
    known = [h for h in hashes if h is not None]
    weak_first = sorted(set(known), key=lambda h: (h in _STRONG_HASHES, h))
    return {"services": sorted(set(auth) | set(password)), "nullok": nullok, "history_module": history_module,
            "remember": _weakest(remembers, True) if remembers else None,
            "hash": (weak_first[0] if weak_first else None) if len(known) == len(hashes) and hashes else None,
            "su_wheel": su_wheel}


def parse_accounts(res: Results, family=None) -> dict:
    """/etc/passwd: uid 0 accounts, duplicate uids and names, accounts whose hash is not in shadow,
    and system accounts (uid below 1000, but root, sync, shutdown, halt) with a login shell."""
    r = res.get("passwd")
    if r.text is None:
        raise FactError("NotFound", "/etc/passwd does not exist")
    uid0: list[str] = []
    not_shadowed: list[str] = []
    sys_shell: list[str] = []
    by_uid: dict[str, list[str]] = {}
    by_name: dict[str, int] = {}
    for line in _lines(r.text):
        f = line.split(":")
        if len(f) < 3:
            continue
        uid = _int(f[2])
        if uid == 0:
            uid0.append(f[0])
        by_uid.setdefault(f[2], []).append(f[0])
        by_name[f[0]] = by_name.get(f[0], 0) + 1
        if f[1] not in ("x", "*", "!", "!!"):
            not_shadowed.append(f[0])
        shell = f[6] if len(f) > 6 else ""
        if uid is not None and 0 < uid < 1000 and f[0] not in ("sync", "shutdown", "halt") and \
                shell and not shell.endswith(("/nologin", "/false")):
            sys_shell.append(f[0])
    return {"uid0": uid0, "duplicate_uids": sorted(u for u, names in by_uid.items() if len(names) > 1),
            "duplicate_names": sorted(n for n, c in by_name.items() if c > 1), "not_shadowed": not_shadowed,
            "system_with_shell": sys_shell}


def parse_groups(res: Results, family=None) -> dict:
    r = res.get("group")
    if r.text is None:
        raise FactError("NotFound", "/etc/group does not exist")
    by_gid: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for line in _lines(r.text):
        f = line.split(":")
        if len(f) < 3:
            continue
        by_gid[f[2]] = by_gid.get(f[2], 0) + 1
        by_name[f[0]] = by_name.get(f[0], 0) + 1
    return {"duplicate_gids": sorted(g for g, c in by_gid.items() if c > 1),
            "duplicate_names": sorted(n for n, c in by_name.items() if c > 1)}


def parse_account_files(res: Results, family=None) -> dict:
    st = res.get("etc_stat").stats
    p, g = _mode_fact(st.get("/etc/passwd")), _mode_fact(st.get("/etc/group"))
    return {"passwd_mode": p["mode"], "passwd_uid": p["uid"], "group_mode": g["mode"], "group_uid": g["uid"]}


def parse_rsh_trust(res: Results, family=None) -> dict:
    return {"files": sorted(res.get("rsh_trust").paths)}


def parse_useradd(res: Results, family=None) -> dict:
    """/etc/default/useradd INACTIVE: days after a password expires until the account is locked (-1 never)."""
    r = res.get("useradd")
    kv = {}
    for line in _lines(r.text):
        k, sep, v = line.partition("=")
        if sep:
            kv[k.strip()] = v.strip()
    return {"inactive": _int(kv.get("INACTIVE", "-1"))}


def parse_passwords(res: Results, family=None) -> dict:
    r = res.get("shadow")
    if r.text is None:
        raise FactError("NotFound", "/etc/shadow does not exist")
    empty, no_expiry = [], []
    for line in _lines(r.text):
        f = line.split(":")
        if len(f) >= 2 and f[1] == "":
            empty.append(f[0])
        elif len(f) >= 5 and f[1] and f[1][0] not in "!*":
            # an account with a usable password: its maximum age (field 5; empty = never expires)
            max_days = _int(f[4])
            if max_days is None or max_days > 90:
                no_expiry.append(f[0])
    return {"empty_password": empty, "max_age_over_90": no_expiry}


def parse_shadow_file(res: Results, family=None) -> dict:
    st = res.get("shadow_stat").stats
    s, g = _mode_fact(st.get("/etc/shadow")), _mode_fact(st.get("/etc/gshadow"))
    return {"exists": s["exists"], "mode": s["mode"], "world_readable": s["world_readable"],
            "world_writable": s["world_writable"], "gshadow_mode": g["mode"],
            "gshadow_world_readable": g["world_readable"]}


def parse_sudo(res: Results, family=None) -> dict:
    nopasswd_all, no_auth = [], []
    use_pty, logfile, log_server = False, None, None
    for path, text in sorted(res.get("sudoers").files.items()):
        base = path.rsplit("/", 1)[-1]
        if path.startswith("/etc/sudoers.d/") and ("." in base or base.endswith("~")):
            continue  # sudo skips these names in an @includedir
        joined = re.sub(r"\\\n", " ", text or "")
        for line in _lines(joined):
            if line.startswith(("#include", "@include")):
                continue
            if re.match(r"^Defaults\S*\s", line) and re.search(r"!\s*authenticate\b", line):
                no_auth.append(f"{path}: {line}")
            elif re.search(r"\bNOPASSWD\s*:[^#]*?(?:^|[\s:,])ALL\s*(?:$|,)", line):
                nopasswd_all.append(f"{path}: {line}")
            if re.match(r"^Defaults\s", line):  # global Defaults only (not Defaults:user etc.)
                for opt in re.split(r"\s*,\s*", line.split(None, 1)[1]):
                    opt = opt.strip()
                    if opt == "use_pty":
                        use_pty = True
                    elif opt == "!use_pty":
                        use_pty = False
                    elif opt.startswith("logfile"):
                        logfile = opt.partition("=")[2].strip().strip("\"") or None
                    elif opt.startswith("log_servers"):
                        log_server = opt.partition("=")[2].strip().strip("\"") or None
    return {"nopasswd_all": nopasswd_all, "authenticate_disabled": no_auth, "use_pty": use_pty,
            "logfile": logfile, "log_server": log_server}


# --- encryption at rest --------------------------------------------------------------

def _lsblk_nodes(res: Results) -> list[dict]:
    try:
        doc = json.loads(res.get("lsblk").text or "{}")
    except json.JSONDecodeError as exc:
        raise FactError("ParseError", f"lsblk -J printed invalid JSON: {exc.msg}") from None
    out = []

    def walk(node: dict, encrypted: bool):
        enc = encrypted or node.get("type") == "crypt"
        mps = node.get("mountpoints") or [node.get("mountpoint")]
        for mp in mps:
            out.append({"device": node.get("name"), "type": node.get("type"), "fstype": node.get("fstype"),
                        "mountpoint": mp, "encrypted": enc})
        for child in node.get("children") or []:
            walk(child, enc)

    for dev in doc.get("blockdevices") or []:
        walk(dev, False)
    return out


def parse_disk_encryption(res: Results, family=None) -> dict:
    fss = [{"device": n["device"], "mountpoint": n["mountpoint"], "fstype": n["fstype"], "encrypted": n["encrypted"]}
           for n in _lsblk_nodes(res) if n["mountpoint"] and n["mountpoint"] != "[SWAP]"]
    return {"filesystems": sorted(fss, key=lambda f: f["mountpoint"])}


def parse_swap(res: Results, family=None) -> dict:
    r = res.get("swaps")
    if r.text is None:
        raise FactError("NotFound", "/proc/swaps does not exist")
    nodes = _lsblk_nodes(res)
    by_dev = {n["device"]: n for n in nodes}
    swap_nodes = {n["device"]: n for n in nodes if n["mountpoint"] == "[SWAP]"}
    mounts = sorted((n for n in nodes if n["mountpoint"] and n["mountpoint"].startswith("/")),
                    key=lambda n: len(n["mountpoint"]), reverse=True)
    devices = []
    for line in r.text.splitlines()[1:]:
        f = line.split()
        if len(f) < 2:
            continue
        name, kind = f[0].replace("\\040", " "), f[1]
        in_memory = "/zram" in name
        if kind == "file":
            host = next((m for m in mounts if name.startswith(m["mountpoint"].rstrip("/") + "/")), None)
            enc = bool(host and host["encrypted"])
        else:
            node = by_dev.get(name) or swap_nodes.get(name)
            if node is None and name.startswith("/dev/dm-"):
                node = next(iter(n for n in swap_nodes.values()), None) if len(swap_nodes) == 1 else None
            enc = bool(node and node["encrypted"])
        devices.append({"name": name, "type": kind, "encrypted": enc, "in_memory": in_memory})
    return {"devices": devices}


# --- integrity, malware --------------------------------------------------------------

_FIM = ("aide", "tripwire", "samhain", "ossec-hids", "wazuh-agent")
_AV = ("clamav", "clamav-daemon", "clamd", "clamav-server", "sophos-av", "falcon-sensor", "mdatp", "sentinelagent")


def parse_aide_db(res: Results, family=None) -> dict:
    """AIDE's database (under /var/lib/aide, root-only on Debian)."""
    stats = res.get("aide_db").stats
    db = [p for p in ("/var/lib/aide/aide.db", "/var/lib/aide/aide.db.gz") if stats.get(p)]
    return {"path": db[0] if db else None, "initialised": bool(db)}


def parse_integrity(res: Results, family=None) -> dict:
    pkgs = installed_packages(res)
    cron = [p for p in res.get("cron_names").paths if "aide" in p.rsplit("/", 1)[-1].lower()]
    for path, text in res.get("crontab").files.items():
        if any("aide" in ln for ln in _lines(text)):
            cron.append(path)
    unit_r = res.optional("units")
    units = unit_states(res) if unit_r else {}
    timers = [u for u in ("aidecheck.timer", "dailyaidecheck.timer") if _unit_on(units, u, need_active=False)]
    return {"tools_installed": sorted(set(_FIM) & pkgs), "scheduled_by": sorted(cron) + timers,
            "scheduled": bool(cron or timers or _unit_on(units, "wazuh-agent.service"))}


def parse_antimalware(res: Results, family=None) -> dict:
    """Anti-malware packages installed: from the package list alone."""
    return {"installed": sorted(set(_AV) & installed_packages(res))}


# --- patching ------------------------------------------------------------------------

def parse_patching(res: Results, family=None) -> dict:
    lines = res.get("patching").stdout.splitlines()
    if not lines or not lines[0].startswith("manager="):
        raise FactError("ParseError", "the package manager query printed nothing")
    manager = lines[0].split("=", 1)[1].strip()
    total, security = [], []
    if manager == "apt":
        for line in lines[1:]:
            if line.startswith("Inst "):
                pkg = line.split()[1]
                total.append(pkg)
                if re.search(r"security", line, re.I):
                    security.append(pkg)
    else:
        for line in lines[1:]:
            f = line.split()
            if len(f) >= 3 and re.search(r"sec", f[1], re.I):
                security.append(f[2])
        total = list(security)
    # how old the package metadata is: a stale cache undercounts pending updates
    now = _int(res.get("clock").text)
    if now is None:
        raise FactError("ParseError", "date +%s printed no number")
    where = {"apt": "/var/lib/apt/lists", "dnf": "/var/cache/dnf", "yum": "/var/cache/yum"}.get(manager)
    st = res.get("pkg_metadata").stats.get(where) if where else None
    age = max(0, (now - st["mtime"]) // 86400) if st else None
    return {"manager": manager, "pending_total": len(total) if manager == "apt" else None,
            "pending_security": len(set(security)), "security_packages": sorted(set(security))[:50],
            "metadata_age_days": age}


def parse_auto_updates(res: Results, family=None) -> dict:
    pkgs = installed_packages(res)
    if family == "rhel" or (family is None and "dnf-automatic" in pkgs):
        conf: dict[str, str] = {}
        for text in res.get("dnf_automatic").files.values():
            for line in _lines(text):
                k, sep, v = line.partition("=")
                if sep:
                    conf[k.strip()] = v.strip()
        units = unit_states(res)
        install_timer = _unit_on(units, "dnf-automatic-install.timer", need_active=False)
        timer = install_timer or _unit_on(units, "dnf-automatic.timer", need_active=False)
        applies = install_timer or conf.get("apply_updates", "no").lower() in ("yes", "true", "1")
        return {"tool": "dnf-automatic", "installed": "dnf-automatic" in pkgs, "scheduled": timer,
                "applies_updates": applies, "upgrade_type": conf.get("upgrade_type") or None}
    periodic: dict[str, str] = {}
    r = res.get("apt_periodic")
    for line in (r.text or "").splitlines():
        m = re.match(r'^APT::Periodic::([\w-]+)\s+"([^"]*)";', line.strip())
        if m:
            periodic[m.group(1)] = m.group(2)

    def on(key):
        v = periodic.get(key)
        return v is not None and v.strip() not in ("0", "", "false")

    return {"tool": "unattended-upgrades", "installed": "unattended-upgrades" in pkgs,
            "scheduled": on("Update-Package-Lists"), "applies_updates": on("Unattended-Upgrade"),
            "upgrade_type": None}


_APT_TRUE = {"1", "yes", "true", "with", "on", "enable"}
_APT_UNSIGNED = ("APT::Get::AllowUnauthenticated", "Acquire::AllowInsecureRepositories",
                 "Acquire::AllowDowngradeToInsecureRepositories")


def _apt_options(text: str) -> dict[str, str]:
    """``Name "value";`` lines (apt-config dump, or flat apt.conf lines; quotes optional)."""
    out = {}
    for line in _lines(text):
        m = re.match(r'^([\w:\-]+)\s+"?([^";]*)"?\s*;', line)
        if m:
            out[m.group(1).lower()] = m.group(2).strip()
    return out


def parse_repos(res: Results, family=None) -> dict:
    """Package sources: a security update source, and whether unsigned packages are accepted.

    Debian family: the options from ``apt-config dump`` (apt's merged, effective configuration;
    the apt.conf files when apt-config is absent), ``[trusted=yes]`` / ``[allow-insecure=yes]``
    entries and ``Trusted: yes`` stanzas, and a ``*-security`` suite (or security.ubuntu.com /
    security.debian.org). RHEL family: ``gpgcheck`` in dnf.conf/yum.conf (dnf's default is 0
    when unset) and in each enabled repository (a repo without it inherits the main value), and
    enabled repositories as the update source.
    """
    apt_dump = res.optional("apt_periodic")
    rhel = family == "rhel" or (family is None and apt_dump is not None and apt_dump.not_installed)
    if not rhel:
        if apt_dump is not None and not apt_dump.not_installed:
            opts, source = _apt_options(apt_dump.text or ""), "apt-config dump"
        else:
            opts, source = {}, "apt.conf files"
            for path in sorted(res.get("apt_conf").files):
                opts.update(_apt_options(res.get("apt_conf").files[path]))
        unsigned_global = sorted(k for k in _APT_UNSIGNED if opts.get(k.lower(), "").lower() in _APT_TRUE)
        unsigned_sources, sources, security = [], 0, False
        for path, text in sorted(res.get("apt_sources").files.items()):
            if path.endswith(".sources"):
                for stanza in re.split(r"\n\s*\n", text):
                    kv = {}
                    for line in _lines(stanza):
                        k, sep, v = line.partition(":")
                        if sep:
                            kv[k.strip().lower()] = v.strip()
                    if not kv.get("uris") or kv.get("enabled", "yes").lower() == "no":
                        continue
                    sources += 1
                    if kv.get("trusted", "").lower() in _APT_TRUE or kv.get("allow-insecure", "").lower() in _APT_TRUE:
                        unsigned_sources.append(f"{path}: {kv['uris']}")
                    if re.search(r"-security\b", kv.get("suites", "")) or "security." in kv["uris"]:
                        security = True
            else:
                for line in _lines(text):
                    if not line.startswith("deb"):
                        continue
                    sources += 1
                    opt = re.search(r"\[([^\]]*)\]", line)
                    if opt and re.search(r"\b(trusted|allow-insecure)=(yes|true|1)\b", opt.group(1)):
                        unsigned_sources.append(f"{path}: {line}")
                    if re.search(r"\s\S+-security(\s|/|$)", line) or "security." in line:
                        security = True
        return {"manager": "apt", "config_source": source, "sources": sources, "security_source": security,
                "unsigned_allowed": unsigned_global, "unsigned_sources": unsigned_sources}
    main_gpg = None
    repos: dict[str, dict[str, str]] = {}
    for path, text in sorted(res.get("dnf_conf").files.items()):
        section = None
        for line in _lines(text):
            m = re.match(r"^\[([^\]]+)\]$", line)
            if m:
                section = m.group(1)
                continue
            k, sep, v = line.partition("=")
            if not sep or section is None:
                continue
            if section == "main" and not path.endswith(".repo"):
                if k.strip() == "gpgcheck":
                    main_gpg = v.strip().lower() in ("1", "true", "yes")
            elif path.endswith(".repo"):
                repos.setdefault(f"{path}:{section}", {})[k.strip()] = v.strip().lower()
    enabled = {r: kv for r, kv in repos.items() if kv.get("enabled", "1") in ("1", "true", "yes")}
    main_on = bool(main_gpg)  # dnf.conf(5): gpgcheck defaults to False
    unsigned = sorted(r for r, kv in enabled.items()
                      if ((kv["gpgcheck"] in ("0", "false", "no")) if "gpgcheck" in kv else not main_on))
    return {"manager": "dnf", "config_source": "dnf.conf and repo files", "sources": len(enabled),
            "security_source": bool(enabled),
            "unsigned_allowed": [] if main_on else ["gpgcheck (main)"], "unsigned_sources": unsigned}


_LEGACY_CLIENTS = ("telnet", "inetutils-telnet", "talk", "inetutils-talk", "rsh-client", "rsh", "rsh-redone-client",
                   "ypbind")


def parse_legacy_clients(res: Results, family=None) -> dict:
    return {"installed": sorted(set(_LEGACY_CLIENTS) & installed_packages(res))}


def parse_kernel_modules(res: Results, family=None) -> dict:
    """usb-storage: can it be loaded, and is it loaded.

    ``modprobe -n -v usb-storage`` shows what loading it would do (an ``install /bin/false``
    rule or a missing module means it cannot load; a blacklist alone does not stop an explicit
    load); without modprobe, the modprobe.d files are read instead. ``source`` says which.
    """
    loaded_text = res.get("modules").text
    if loaded_text is None:
        raise FactError("NotFound", "/proc/modules cannot be read (is /proc mounted?)")
    loaded = any(line.split()[0] == "usb_storage" for line in loaded_text.splitlines() if line.split())
    mp = res.get("usb_storage")
    if not mp.not_installed:
        out = (mp.text or "") + "\n" + mp.stderr
        if mp.rc != 0 and re.search(r"not found", out, re.I):
            return {"usb_storage_loadable": False, "usb_storage_loaded": loaded, "source": "modprobe -n (no module)"}
        m = re.search(r"^install\s+(.*)$", mp.text or "", re.M)
        loadable = not (m and re.search(r"(/bin/)?(false|true)\b", m.group(1)))
        if mp.rc != 0 and not m:
            raise FactError("CommandFailed", f"modprobe -n -v usb-storage exited with status {mp.rc}")
        return {"usb_storage_loadable": loadable, "usb_storage_loaded": loaded, "source": "modprobe -n"}
    loadable = True
    for _path, text in sorted(res.get("modprobe_conf").files.items()):
        for line in _lines(text):
            t = line.split()
            if len(t) >= 3 and t[0] == "install" and t[1] in ("usb-storage", "usb_storage") and \
                    re.search(r"(false|true)$", t[2]):
                loadable = False
    return {"usb_storage_loadable": loadable, "usb_storage_loaded": loaded, "source": "modprobe.d files"}


def parse_mac(res: Results, family=None) -> dict:
    """Mandatory access control: SELinux's current mode, or AppArmor enabled in the kernel."""
    files = res.get("mac").files
    enforce = files.get("/sys/fs/selinux/enforce")
    selinux = None if enforce is None else ("enforcing" if enforce.strip() == "1" else "permissive")
    aa = files.get("/sys/module/apparmor/parameters/enabled")
    apparmor = None if aa is None else aa.strip().upper().startswith("Y")
    return {"selinux": selinux, "apparmor": apparmor,
            "active": selinux == "enforcing" or apparmor is True}


def parse_system_units(res: Results, family=None) -> dict:
    units = unit_states(res)

    def state(name):
        return (units.get(name) or {}).get("unit_file_state")

    return {"ctrl_alt_del_masked": state("ctrl-alt-del.target") == "masked",
            "debug_shell_enabled": _unit_on(units, "debug-shell.service", need_active=False)
            or _unit_on(units, "debug-shell.service"),
            "kdump_enabled": any(_unit_on(units, u, need_active=False) or _unit_on(units, u)
                                 for u in ("kdump.service", "kdump-tools.service"))}


# --- network -------------------------------------------------------------------------

def parse_firewall(res: Results, family=None) -> dict:
    tools, policies = [], []
    fw = res.get("firewalld")
    if not fw.not_installed and fw.text and fw.text.strip().startswith("running"):
        tools.append("firewalld")
        m = re.search(r"^\s*target:\s*(\S+)", fw.text, re.M)
        target = (m.group(1) if m else "default").lower()
        policies.append({"default": "reject", "%%reject%%": "reject"}.get(target, target))
    ufw = res.get("ufw")
    if not ufw.not_installed and re.search(r"^Status:\s*active", ufw.text or "", re.M):
        tools.append("ufw")
        m = re.search(r"^Default:\s*(\w+)\s*\(incoming\)", ufw.stdout, re.M)
        policies.append({"deny": "drop", "reject": "reject", "allow": "accept"}.get(m.group(1), m.group(1)) if m
                        else "unknown")
    nft = res.get("nft")
    if not nft.not_installed and (nft.text or "").strip():
        chains = re.findall(r"hook\s+input\b[^;]*;[^}]*?policy\s+(\w+)\s*;", nft.stdout)
        # a table alone (e.g. the empty tables iptables-nft creates) filters nothing: only an
        # input hook chain is a firewall
        if chains:
            tools.append("nftables")
            policies.append("drop" if "drop" in chains else "accept")
    ipt = res.get("iptables")
    if not ipt.not_installed:
        m = re.search(r"^-P INPUT (\w+)", ipt.text or "", re.M)
        rules = [ln for ln in (ipt.text or "").splitlines() if ln.startswith("-A INPUT")]
        if m and (m.group(1) != "ACCEPT" or rules):
            tools.append("iptables")
            policies.append(m.group(1).lower())
    rank = {"drop": 0, "reject": 1}
    best = min(policies, key=lambda p: rank.get(p, 9)) if policies else None
    return {"active": bool(tools), "tools": tools, "input_policy": best}


def parse_listeners(res: Results, family=None) -> dict:
    sockets = []
    for line in res.get("listeners").stdout.splitlines():
        f = line.split()
        if len(f) < 5:
            continue
        proto, local = f[0], f[4]
        addr, _, port = local.rpartition(":")
        if not port.isdigit():
            continue
        addr = addr.strip("[]").split("%")[0]
        sockets.append({"proto": proto, "address": addr, "port": int(port),
                        "loopback": addr.startswith("127.") or addr == "::1"})
    uniq = {(s["proto"], s["address"], s["port"]): s for s in sockets}
    return {"sockets": [uniq[k] for k in sorted(uniq)]}


_LEGACY = ("telnetd", "inetutils-telnetd", "telnet-server", "rsh-server", "rsh-redone-server", "tftpd",
           "tftpd-hpa", "atftpd", "tftp-server", "vsftpd", "proftpd-basic", "pure-ftpd", "nis", "ypserv")


def parse_legacy_services(res: Results, family=None) -> dict:
    return {"installed": sorted(set(_LEGACY) & installed_packages(res))}


_SYSCTL = {"/proc/sys/net/ipv4/ip_forward": "ipv4_ip_forward",
           "/proc/sys/net/ipv4/conf/all/accept_redirects": "ipv4_all_accept_redirects",
           "/proc/sys/net/ipv4/conf/default/accept_redirects": "ipv4_default_accept_redirects",
           "/proc/sys/net/ipv6/conf/all/accept_redirects": "ipv6_all_accept_redirects",
           "/proc/sys/net/ipv4/conf/all/send_redirects": "ipv4_all_send_redirects",
           "/proc/sys/net/ipv4/conf/default/send_redirects": "ipv4_default_send_redirects",
           "/proc/sys/net/ipv4/conf/all/accept_source_route": "ipv4_all_accept_source_route",
           "/proc/sys/kernel/randomize_va_space": "kernel_randomize_va_space",
           "/proc/sys/fs/suid_dumpable": "fs_suid_dumpable",
           "/proc/sys/kernel/dmesg_restrict": "kernel_dmesg_restrict"}


def parse_sysctl(res: Results, family=None) -> dict:
    files = res.get("sysctl").files
    out = {name: _int(files.get(path)) if path in files else None for path, name in _SYSCTL.items()}
    if out["ipv4_ip_forward"] is None:
        raise FactError("NotFound", "/proc/sys/net/ipv4/ip_forward cannot be read (is /proc mounted?)")
    out["ipv6_enabled"] = "/proc/sys/net/ipv6/conf/all/accept_redirects" in files
    return out


# --- time ----------------------------------------------------------------------------

def parse_time(res: Results, family=None) -> dict:
    td = res.get("timedatectl")
    ch = res.get("chronyc")
    if td.rc == 0 and "NTPSynchronized=" in (td.text or ""):
        kv: dict[str, str] = {}
        for line in td.stdout.splitlines():
            key, sep, value = line.partition("=")
            if sep:
                kv[key] = value
        return {"source": "timedatectl", "ntp_enabled": kv.get("NTP") == "yes",
                "synchronized": kv.get("NTPSynchronized") == "yes"}
    if ch.rc == 0 and "Leap status" in (ch.text or ""):
        m = re.search(r"^Leap status\s*:\s*(.+)$", ch.stdout, re.M)
        units = unit_states(res)
        return {"source": "chronyc", "ntp_enabled": _unit_on(units, "chronyd.service", "chrony.service"),
                "synchronized": bool(m and m.group(1).strip() == "Normal")}
    raise FactError("TimeUnknown", "neither timedatectl nor chronyc could report the clock's synchronisation")
