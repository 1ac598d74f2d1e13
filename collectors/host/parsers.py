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
             "permituserenvironment": "permit_user_environment"}
_SSH_INT = {"maxauthtries": "max_auth_tries", "clientaliveinterval": "client_alive_interval",
            "clientalivecountmax": "client_alive_count_max", "logingracetime": "login_grace_time",
            "maxsessions": "max_sessions"}
_SSH_LIST = {"ciphers": "ciphers", "macs": "macs", "kexalgorithms": "kex_algorithms"}
_SSH_STR = {"permitrootlogin": "permit_root_login", "banner": "banner", "loglevel": "log_level",
            "usepam": "use_pam"}


def parse_sshd(res: Results, family=None) -> dict:
    """``sshd -T``: the daemon's effective configuration, one ``key value`` per line."""
    raw: dict[str, str] = {}
    for line in _lines(res.get("sshd").text):
        key, _, value = line.partition(" ")
        raw.setdefault(key.lower(), value.strip())
    if "passwordauthentication" not in raw:
        raise FactError("ParseError", "sshd -T printed no configuration")
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
    if out.get("banner", "").lower() == "none":
        out["banner"] = None
    return out


# --- shell automatic logoff ----------------------------------------------------------

_TMOUT_SET = re.compile(r"(?:^|[\s;])(?:(?:export|readonly|declare|typeset|local)(?:\s+-[A-Za-z]+)*\s+)?TMOUT=[\"']?(\d+)")
_TMOUT_RO = re.compile(r"(?:^|[\s;])(?:readonly(?:\s+-[A-Za-z]+)*|(?:declare|typeset)\s+-[A-Za-z]*r[A-Za-z]*)\s+(?:\w+(?:=\S*)?\s+)*TMOUT\b")  # noqa: E501  (data)


def parse_shell_timeout(res: Results, family=None) -> dict:
    values, readonly, sources = [], False, []
    for path, text in sorted(res.get("shell_rc").files.items()):
        hit = False
        for line in _lines(text):
            for m in _TMOUT_SET.finditer(line):
                values.append(int(m.group(1)))
                hit = True
            if _TMOUT_RO.search(line):
                readonly = True
                hit = True
        if hit:
            sources.append(path)
    return {"tmout": max(values) if values else None, "readonly": readonly, "sources": sources}


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


def parse_audit_rules(res: Results, family=None) -> dict:
    """Audit rules from rules.d and audit.rules: file watches and syscall rules.

    Each watch is ``{"path", "perms", "recursive"}``: the path normalised as the kernel resolves
    it (no trailing slash, ``/var/run`` as ``/run``), so ``-w /etc/sudoers.d/`` and
    ``-w /etc/sudoers.d`` are one watch; ``recursive`` is true for ``-w`` and ``-F dir=`` (a
    directory watch covers its whole subtree) and false for ``-F path=`` (one inode).
    """
    files = res.get("audit_rules").files
    watches: list[dict] = []
    syscalls: set[str] = set()
    seen: set[tuple] = set()
    rules: set[str] = set()  # unique rule lines: augenrules copies rules.d/* into audit.rules
    for path in sorted(files):
        for line in _lines(files[path]):
            toks = _rule_tokens(line)
            if not toks:
                continue
            if toks[0] == "-w" and len(toks) > 1:
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
                syscalls.update(scs)
                target = fields.get("path") or fields.get("dir")
                if target:
                    # -F path= watches one inode; -F dir= a directory and its whole subtree
                    _add_watch(watches, seen, target, fields.get("perm") or "rwxa", recursive="path" not in fields)
    loaded = None
    ctl = res.get("auditctl")
    if not ctl.not_installed:
        loaded = sum(1 for line in (ctl.text or "").splitlines() if line.startswith(("-w ", "-a ", "-A ")))
    return {"watches": sorted(watches, key=lambda w: (w["path"], w["perms"], w["recursive"])), "syscalls": sorted(syscalls),
            "rule_count": len(rules), "loaded_rule_count": loaded, "sources": sorted(files)}


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


_RSYSLOG_LEGACY = re.compile(r"^\S+\s+(?:-)?@{1,2}(?:\([^)]*\))?([\w.\-\[\]:]+)")
_RSYSLOG_ACTION = re.compile(r"""type\s*=\s*["'](omfwd|omrelp)["'][^)]*?target\s*=\s*["']([^"']+)""", re.S)
_RSYSLOG_ACTION2 = re.compile(r"""target\s*=\s*["']([^"']+)["'][^)]*?type\s*=\s*["'](omfwd|omrelp)["']""", re.S)


def parse_log_forwarding(res: Results, family=None) -> dict:
    targets = []
    for _path, text in sorted(res.get("rsyslog").files.items()):
        body = "\n".join(_lines(text))
        for line in body.splitlines():
            m = _RSYSLOG_LEGACY.match(line)
            if m:
                targets.append(m.group(1))
        for m in _RSYSLOG_ACTION.finditer(body):
            targets.append(m.group(2))
        for m in _RSYSLOG_ACTION2.finditer(body):
            targets.append(m.group(1))
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
    au = res.optional("audisp_remote")
    if au is None:
        # the audit plugin directory is root-only; without it, the fact stands only if another
        # forwarder was found (the control needs any one of them)
        if (out["rsyslog_targets"] and out["rsyslog_active"]) or (url and out["journal_upload_active"]):
            return out
        au = res.get("audisp_remote")  # raises the read error
    audisp = False
    for _path, text in au.files.items():
        for line in _lines(text):
            k, sep, v = line.partition("=")
            if sep and k.strip() == "active":
                audisp = v.strip().lower() == "yes"
    out["audisp_remote_active"] = audisp
    return out


# --- authentication and passwords ----------------------------------------------------

def _pam_stack(res: Results, family, kind: str) -> dict[str, list[str]]:
    """PAM files that hold the family's ``kind`` (auth/password) stack: {path: [lines]}."""
    files = res.get("pam").files
    if family == "debian":
        wanted: tuple[str, ...] = (f"/etc/pam.d/common-{kind}",)
    elif family == "rhel":
        wanted = ("/etc/pam.d/system-auth", "/etc/pam.d/password-auth")
    else:  # unknown family: every PAM file read that holds a line of this kind
        wanted = tuple(p for p in sorted(files) if any(
            _pam_tokens(line)[0].lstrip("-") == kind for line in _lines(files[p])))
    return {p: list(_lines(files.get(p))) for p in wanted}


def _pam_tokens(line: str) -> list[str]:
    """A PAM line's fields; a bracketed control (``[success=1 default=ignore]``) is one field."""
    m = re.match(r"^(\S+)\s+(\[[^\]]*\]|\S+)\s*(.*)$", line)
    if not m:
        return line.split()
    return [m.group(1), m.group(2), *m.group(3).split()]


def _pam_lines(stack: dict[str, list[str]], kind: str, module: str) -> list[tuple[str, list[str]]]:
    out = []
    for path, lines in stack.items():
        for line in lines:
            toks = _pam_tokens(line)
            if len(toks) >= 3 and toks[0].lstrip("-") == kind and toks[2].rsplit("/", 1)[-1] == module:
                out.append((path, toks[3:]))
    return out


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
    family's: Debian /etc/pam.d/common-password, RHEL system-auth and password-auth (the module
    must be in each, else ``in_pam`` is false). With several files, each value is the weakest
    of them. The values are ``None`` when no module is in the stack: they take no effect then.
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
        out = {"module": mod, "in_pam": len(per_file) == len(stack), "stack_files": sorted(per_file),
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
                "in_all_stacks": len(files) == len(stack)}
    return {"module": None, "deny": None, "deny_source": None, "unlock_time": None, "files": [],
            "in_all_stacks": False}


def parse_accounts(res: Results, family=None) -> dict:
    r = res.get("passwd")
    if r.text is None:
        raise FactError("NotFound", "/etc/passwd does not exist")
    uid0 = []
    for line in _lines(r.text):
        f = line.split(":")
        if len(f) >= 3 and _int(f[2]) == 0:
            uid0.append(f[0])
    return {"uid0": uid0}


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
    return {"nopasswd_all": nopasswd_all, "authenticate_disabled": no_auth}


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
        if chains or re.search(r"^\s*table\s", nft.stdout, re.M):
            tools.append("nftables")
            policies.append("drop" if "drop" in chains else ("accept" if chains else "none"))
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
           "/proc/sys/net/ipv6/conf/all/accept_redirects": "ipv6_all_accept_redirects"}


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
