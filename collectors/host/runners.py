"""Runners: how probes are read on a host.

All probes of a host are read by ONE POSIX shell script (built from the declared
probes), sent over ONE SSH channel (``sh -s``) or run by the local ``sh``: one round
trip per host instead of one per check, which is what lets hundreds of hosts be read
at once. Each command runs under ``timeout`` (the per-command timeout); each section of
the output is framed by a random per-run token, so file contents cannot forge a
section. ``RootRunner`` reads a fake root (``--root DIR``) in Python instead: files
under DIR, and command outputs captured in ``DIR/.hipaa-scan/commands/<probe>.out``
(with an optional ``<probe>.rc``).
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import shlex
import stat as stat_mod
import subprocess
from pathlib import Path

from hipaa_scan.collectors.host.checks import RC_ABSENT, RC_NOT_FOUND, RC_TIMEOUT, RC_UNREADABLE, SSHD_SCRIPT, Probe
from hipaa_scan.collectors.host.probe import ProbeResult

CAPTURE_DIR = ".hipaa-scan/commands"

_HEADER = r"""PATH="$PATH:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"; export PATH
LC_ALL=C; export LC_ALL
T={token}
HS_UID=$(id -u)
HS_SUDO={sudo}
HS_TO=""
command -v timeout >/dev/null 2>&1 && HS_TO="timeout -k 2 {timeout}"
HS_ERR=$(mktemp 2>/dev/null || echo "/tmp/.hipaa-scan.$$")
trap 'rm -f "$HS_ERR"' EXIT
HS_T=$T
hs_rc() {{ return "$1"; }}
hs_end() {{
  printf '\n@@%s END %s %s ' "$T" "$2" "$1"
  if [ -s "$HS_ERR" ]; then head -c 300 "$HS_ERR" | tr '\n\r' '  '; fi; echo
}}
"""

# Inner scripts print their markers with $HS_T: inline (in a subshell of the script) it is the
# script's variable; under `sudo sh -c 'HS_T=$1; INNER' hs TOKEN` it is set from the argument.
# (dash's read built-in reads byte by byte: slower than one cat per file)
_CAT = 'cat -- {f}'
_FILE = 'test -e {p} || exit 44; test -r {p} || exit 45; ' + _CAT.format(f="{p}")
_PARENT = ('d={d}; if [ -d "$d" ] && {{ [ ! -x "$d" ] || {{ {glob} && [ ! -r "$d" ]; }}; }}; '
           'then printf "@@%s UNREADABLE %s\\n" "$HS_T" "$d"; fi; ')
_FILES = ('for f in {pat}; do [ -e "$f" ] || continue; '
          'if [ -f "$f" ] && [ -r "$f" ]; then printf "@@%s FILE %s\\n" "$HS_T" "$f"; ' + _CAT.format(f='"$f"') + '; '
          'printf "\\n@@%s EOF\\n" "$HS_T"; '
          'elif [ -f "$f" ]; then printf "@@%s UNREADABLE %s\\n" "$HS_T" "$f"; fi; done; ')
_LIST = 'for f in {pat}; do [ -e "$f" ] && printf "@@%s PATH %s\\n" "$HS_T" "$f"; done; '
_STAT = ('for f in {pat}; do if [ -e "$f" ]; then printf "@@%s STAT %s %s\\n" "$HS_T" '
         '"$(stat -c "%a %u %g %Y" -- "$f")" "$f"; fi; done; ')


def _program(command: str) -> str | None:
    """The program a simple probe command runs (``nft list ruleset`` → nft), else None."""
    word = command.split(None, 1)[0] if command.strip() else ""
    if re.match(r"^[a-z][\w.-]*$", word) and word not in ("if", "for", "while", "case", "command", "test", "exec"):
        return word
    return None


def _has_glob(path: str) -> bool:
    return any(c in path for c in "*?[")


def _inner(probe: Probe, overrides: dict[str, str] | None = None) -> str:
    if probe.kind == "cmd":
        return (overrides or {}).get(probe.name, probe.target)
    if probe.kind == "file":
        return _FILE.format(p=shlex.quote(probe.target))
    out = ""
    body = {"files": _FILES, "list": _LIST, "stat": _STAT}[probe.kind]
    for pat in probe.target.split():
        parent = pat.rsplit("/", 1)[0] or "/"
        out += _PARENT.format(d=shlex.quote(parent), glob="true" if _has_glob(pat.rsplit("/", 1)[-1]) else "false")
        # a glob pattern must stay unquoted to expand; the declared patterns contain no spaces
        out += body.format(pat=pat if _has_glob(pat) else shlex.quote(pat))
    return out + "exit 0"


def sshd_override(sshd_config: str | None) -> dict[str, str]:
    """Probe overrides that make ``sshd -T`` read another configuration file."""
    if not sshd_config:
        return {}
    q = shlex.quote(sshd_config)
    return {"sshd": SSHD_SCRIPT.format(conf=f"-f {q}", files=q)}


def build_script(probes: list[Probe], token: str, *, sudo: bool, command_timeout: float,
                 overrides: dict[str, str] | None = None, sudo_password: str | None = None,
                 timing: bool = False) -> str:
    """The one script that reads every probe of a host.

    Commands run under ``timeout`` in ``sh -c``; file reads run in a subshell of the script
    (no exec: they are bounded, and forks are what hundreds of hosts pay for). Root-only
    probes run directly when the login is root, through ``sudo -n`` when allowed (exit
    status 76 when sudo is not installed), and otherwise report exit status 77 (needs
    root) without running.
    """
    parts = [_HEADER.format(token=token, sudo="1" if sudo or sudo_password else '""', timeout=f"{command_timeout:g}")]
    # with a sudo password, root probes run through `sudo -S -p ''`, which reads it on its standard
    # input (a shell variable piped by the printf built-in: never on a command line)
    sudo_cmd = "sudo -n"
    if sudo_password is not None:
        parts.append(f"HS_PW={shlex.quote(sudo_password)}\n")
        sudo_cmd = "printf '%s\\n' \"$HS_PW\" | sudo -S -p ''"
    for p in probes:
        inner = _inner(p, overrides)
        quoted = shlex.quote("HS_T=$1; " + inner)
        if p.kind == "cmd":
            direct = f"$HS_TO sh -c {quoted} hs \"$T\""
        else:
            # file reads run in a function of the script itself: no fork (`exit` becomes `return`)
            direct = "hs_f() {\n" + re.sub(r"\bexit (\d+)", r"return \1", inner) + "\n}; hs_f"
        prog = _program(inner) if p.kind == "cmd" else None
        if prog:
            # a command that is not installed is known without forking timeout and sh (status 127)
            direct = f"if command -v {prog} >/dev/null 2>&1; then {direct}; else hs_rc 127; fi"
        if p.root:
            body = (f"if [ \"$HS_UID\" = 0 ]; then {direct}; elif [ -n \"$HS_SUDO\" ]; then "
                    f"if command -v sudo >/dev/null 2>&1; then {sudo_cmd} $HS_TO sh -c {quoted} hs \"$T\"; "
                    f"else (exit 76); fi; else (exit 77); fi")
        else:
            body = direct
        # timing (benchmarks only): a `date` before and after each probe, two execs per probe
        clock = "printf '@@%s TIME %s\\n' \"$T\" \"$(date +%s%N)\"\n" if timing else ""
        parts.append(f"{clock}printf '@@%s BEGIN %s\\n' \"$T\" {p.name}\n"
                     f"{{ {body}\n}} 2>\"$HS_ERR\" </dev/null; hs_end $? {p.name}\n")
    if timing:
        parts.append("printf '@@%s TIME %s\\n' \"$T\" \"$(date +%s%N)\"\n")
    return "".join(parts)


def parse_output(output: str, probes: list[Probe], token: str) -> dict[str, ProbeResult]:
    """Split the script's output into one :class:`ProbeResult` per probe."""
    by_name = {p.name: p for p in probes}
    mark = f"@@{token} "
    results: dict[str, ProbeResult] = {}
    cur: ProbeResult | None = None
    buf: list[str] = []
    sub_path: str | None = None
    sub_buf: list[str] = []
    last_start: int | None = None
    last_done: ProbeResult | None = None

    def flush_sub():
        nonlocal sub_path, sub_buf
        if cur is not None and sub_path is not None:
            cur.files[sub_path] = "\n".join(sub_buf)  # exact: the marker follows a newline of its own
        sub_path, sub_buf = None, []

    for line in output.split("\n"):
        if not line.startswith(mark):
            if sub_path is not None:
                sub_buf.append(line)
            elif cur is not None:
                buf.append(line)
            continue
        rest = line[len(mark):]
        verb, _, arg = rest.partition(" ")
        if verb == "TIME" and arg.isdigit():
            # the clock between two probes: the previous probe's end, the next one's start
            if last_done is not None and last_start is not None:
                last_done.elapsed_ms = (int(arg) - last_start) / 1e6
            last_start, last_done = int(arg), None
            continue
        if verb == "BEGIN" and arg in by_name:
            cur, buf, sub_path, sub_buf = ProbeResult(by_name[arg]), [], None, []
        elif cur is None:
            continue
        elif verb == "END":
            flush_sub()
            name, _, tail = arg.partition(" ")
            rc_s, _, err = tail.partition(" ")
            cur.rc = int(rc_s) if rc_s.lstrip("-").isdigit() else -1
            cur.stderr = err.strip()
            text = "\n".join(buf)  # exact: hs_end writes a newline of its own before its marker
            if cur.probe.kind in ("cmd", "file"):
                cur.text = None if (cur.probe.kind == "file" and cur.rc == RC_ABSENT) else text
            results[name] = cur
            last_done = cur
            cur = None
        elif verb == "EOF":
            flush_sub()
        elif verb == "FILE":
            flush_sub()
            sub_path = arg
        elif verb == "UNREADABLE":
            flush_sub()
            cur.unreadable.append(arg)
        elif verb == "PATH":
            flush_sub()
            cur.paths.append(arg)
        elif verb == "STAT":
            flush_sub()
            parts = arg.split(" ", 4)
            if len(parts) == 5 and all(x.isdigit() for x in parts[:4]):
                cur.stats[parts[4]] = {"mode": parts[0], "uid": int(parts[1]), "gid": int(parts[2]),
                                       "mtime": int(parts[3])}
    for p in probes:
        if p.kind == "stat" and p.name in results:
            for path in p.target.split():
                if not _has_glob(path):
                    results[p.name].stats.setdefault(path, None)
    return results


class HostBudgetExceeded(Exception):
    """The host's time budget ran out before any probe finished."""


def finish(output: str, probes: list[Probe], token: str, complete: bool) -> dict[str, ProbeResult]:
    """Parse the script's output; after a cut-off run, probes that did not finish time out.

    The facts read before the host's time budget ran out are kept (only the probes that had
    not finished become errors); if not even the first probe finished, the host as a whole
    timed out (:class:`HostBudgetExceeded`).
    """
    results = parse_output(output, probes, token)
    if not complete:
        if not results:
            raise HostBudgetExceeded()
        for p in probes:
            if p.name not in results:
                results[p.name] = ProbeResult(p, rc=RC_TIMEOUT, text=None,
                                              stderr="the host's time budget ran out before this read")
    return results


def new_token() -> str:
    return secrets.token_hex(12)


class _Collect(asyncio.SubprocessProtocol):
    """Collects a subprocess's stdout; ``eof`` resolves when stdout closes."""

    def __init__(self, loop):
        self.chunks: list[bytes] = []
        self.eof = loop.create_future()
        self.exited = loop.create_future()

    def process_exited(self):
        if not self.exited.done():
            self.exited.set_result(None)

    def pipe_data_received(self, fd, data):
        if fd == 1:
            self.chunks.append(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 1 and not self.eof.done():
            self.eof.set_result(None)


def _killpg(pid: int | None) -> None:
    """Kill the script's own session: sh and what it runs."""
    if pid is None:
        return
    try:
        os.killpg(pid, 9)
    except (ProcessLookupError, PermissionError):
        pass


class ShellRunner:
    """Runs the probe script with the local ``sh`` (``collect host --local``)."""

    def __init__(self, *, sudo: bool = False, command_timeout: float = 30.0, host_timeout: float | None = None,
                 sshd_config: str | None = None, sudo_password: str | None = None):
        self.sudo = sudo
        self._sudo_password = sudo_password
        self.overrides = sshd_override(sshd_config)
        self.command_timeout = command_timeout
        self.host_timeout = host_timeout

    async def run(self, probes: list[Probe]) -> dict[str, ProbeResult]:
        token = new_token()
        script = build_script(probes, token, sudo=self.sudo, command_timeout=self.command_timeout,
                              overrides=self.overrides, sudo_password=self._sudo_password)
        loop = asyncio.get_running_loop()
        collector = _Collect(loop)
        transport, _ = await loop.subprocess_exec(lambda: collector, "sh", "-s", stdin=subprocess.PIPE,
                                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                                  start_new_session=True)
        stdin = transport.get_pipe_transport(0)
        if not isinstance(stdin, asyncio.WriteTransport):  # stdin=PIPE: always a write transport
            raise OSError("no stdin pipe to the shell")
        stdin.write(script.encode())
        stdin.close()
        try:
            await asyncio.wait_for(asyncio.shield(collector.eof), self.host_timeout)
            complete = True
        except TimeoutError:
            complete = False
            _killpg(transport.get_pid())
        try:
            # reap sh before the loop closes (else asyncio warns "Loop ... that handles pid N is
            # closed"); a shell that lingers after its output ended is killed, not waited for
            await asyncio.wait_for(asyncio.shield(collector.exited), 2.0)
        except TimeoutError:
            _killpg(transport.get_pid())
            try:
                await asyncio.wait_for(asyncio.shield(collector.exited), 2.0)
            except TimeoutError:
                pass
        finally:
            transport.close()  # do not wait for a killed command's children to close stdout
        return finish(b"".join(collector.chunks).decode("utf-8", "replace"), probes, token, complete)


def _in_root(root: Path, path: str) -> Path:
    """``path`` resolved inside ``root``: symlinks (absolute or relative) stay in the root."""
    parts = [p for p in path.split("/") if p]
    cur: list[str] = []
    hops = 0
    while parts:
        part = parts.pop(0)
        if part == "..":
            if cur:
                cur.pop()
            continue
        if part == ".":
            continue
        candidate = root.joinpath(*cur, part)
        if candidate.is_symlink() and hops < 40:
            hops += 1
            target = os.readlink(candidate)
            new = [p for p in target.split("/") if p]
            if target.startswith("/"):
                cur = []
            parts = new + parts
            continue
        cur.append(part)
    return root.joinpath(*cur)


class RootRunner:
    """Reads a fake root directory (``collect host --local --root DIR``)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    async def run(self, probes: list[Probe]) -> dict[str, ProbeResult]:
        return {p.name: self.read(p) for p in probes}

    def _expand(self, pattern: str) -> tuple[list[str], list[str]]:
        """(matching paths as host paths, unreadable parent directories)."""
        parent, _, base = pattern.rpartition("/")
        parent = parent or "/"
        if _has_glob(parent):  # /home/*/.rhosts: expand the parent directories first
            gparent, _, gbase = parent.rpartition("/")
            out: list[str] = []
            bad: list[str] = []
            for d in self._expand(f"{gparent or ''}/{gbase}")[0]:
                if _in_root(self.root, d).is_dir():
                    p, b = self._expand(f"{d}/{base}")
                    out += p
                    bad += b
            return out, bad
        real_parent = _in_root(self.root, parent)
        if not _has_glob(base):
            if real_parent.is_dir() and not os.access(real_parent, os.X_OK):
                return [], [parent]
            return ([pattern] if os.path.lexists(_in_root(self.root, pattern)) else []), []
        if not real_parent.is_dir():
            return [], []
        if not os.access(real_parent, os.R_OK | os.X_OK):
            return [], [parent]
        import fnmatch
        names = sorted(n for n in os.listdir(real_parent) if fnmatch.fnmatch(n, base) and not n.startswith("."))
        return [f"{parent.rstrip('/')}/{n}" for n in names], []

    def read(self, p: Probe) -> ProbeResult:
        try:
            return self._read(p)
        except PermissionError as exc:
            r = ProbeResult(p)
            r.rc, r.text = RC_UNREADABLE, None
            r.stderr = f"permission denied: {exc.filename}"
            if p.kind not in ("cmd", "file"):
                r.unreadable.append(p.target)
            return r

    def _read(self, p: Probe) -> ProbeResult:
        r = ProbeResult(p)
        if p.kind == "cmd":
            out = self.root / CAPTURE_DIR / f"{p.name}.out"
            rc = self.root / CAPTURE_DIR / f"{p.name}.rc"
            if not out.exists():
                r.rc, r.stderr = 1, f"no captured output {CAPTURE_DIR}/{p.name}.out in the root"
                return r
            r.text = out.read_text(encoding="utf-8", errors="replace")
            r.rc = int(rc.read_text().strip()) if rc.exists() else 0
            if r.rc == RC_NOT_FOUND:
                r.text = ""
            return r
        if p.kind == "file":
            real = _in_root(self.root, p.target)
            if not real.exists():
                r.rc, r.text = RC_ABSENT, None
            elif not os.access(real, os.R_OK):
                r.rc = RC_UNREADABLE
            else:
                r.text = real.read_text(encoding="utf-8", errors="replace")
            return r
        for pat in p.target.split():
            paths, bad = self._expand(pat)
            r.unreadable.extend(bad)
            for path in paths:
                real = _in_root(self.root, path)
                if p.kind == "list":
                    r.paths.append(path)
                elif p.kind == "stat":
                    st = real.stat()
                    r.stats[path] = {"mode": f"{stat_mod.S_IMODE(st.st_mode):o}", "uid": st.st_uid, "gid": st.st_gid,
                                     "mtime": int(st.st_mtime)}
                elif real.is_file():
                    if os.access(real, os.R_OK):
                        text = real.read_text(encoding="utf-8", errors="replace")
                        r.files[path] = text
                    else:
                        r.unreadable.append(path)
            if p.kind == "stat" and not _has_glob(pat):
                r.stats.setdefault(pat, None)
        return r
