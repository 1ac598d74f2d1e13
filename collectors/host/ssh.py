"""Reading hosts over SSH with asyncssh.

Why asyncssh (not paramiko): one event loop holds hundreds of connections with no
thread per host, connect/login/command timeouts are first-class, it reads
``~/.ssh/config`` (aliases, HostName, Port, User, IdentityFile, ProxyJump) and it has a
hook for host-key decisions, which ``--accept-new-host-keys`` needs.

Host keys are never trusted silently: the key must be in the known-hosts file
(``--known-hosts FILE``, default ``~/.ssh/known_hosts``), or, with
``--accept-new-host-keys``, a host that has NO entry there is accepted and its key
appended to that file (OpenSSH's ``StrictHostKeyChecking=accept-new``); a host whose
listed key differs is always refused.
"""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path

import asyncssh

from hipaa_scan.collectors.host.checks import Probe
from hipaa_scan.collectors.host.probe import ProbeResult
from hipaa_scan.collectors.host.runners import HostBudgetExceeded, build_script, finish, new_token, sshd_override
from hipaa_scan.collectors.host.targets import HostTarget

DEFAULT_KNOWN_HOSTS = "~/.ssh/known_hosts"


class HostError(Exception):
    """The host as a whole could not be read (every check of it becomes ``error``)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class KnownHosts:
    """The known-hosts file of a run, and the accept-new decision."""

    def __init__(self, path: str | None, accept_new: bool):
        self.path = Path(os.path.expanduser(path or DEFAULT_KNOWN_HOSTS))
        self.accept_new = accept_new
        self._lock = asyncio.Lock()
        self.accepted: list[str] = []

    def load(self) -> asyncssh.SSHKnownHosts:
        text = self.path.read_text(encoding="utf-8") if self.path.exists() else ""
        return asyncssh.import_known_hosts(text)

    def lookup(self, host: str, addr: str, port: int, key: asyncssh.SSHKey) -> str:
        """``"trusted"`` (listed with this key), ``"changed"`` (listed with other keys) or ``"unknown"``."""
        match = self.load().match(host, addr, port)
        if key in match[0]:
            return "trusted"
        return "changed" if any(match[:3]) else "unknown"

    def add(self, host: str, port: int, key: asyncssh.SSHKey) -> None:
        pattern = host if port == 22 else f"[{host}]:{port}"
        line = f"{pattern} {' '.join(key.export_public_key().decode().split()[:2])}\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
        self.accepted.append(pattern)


class _Client(asyncssh.SSHClient):
    """Accepts an unknown host key only in accept-new mode, and records it."""

    def __init__(self, known: KnownHosts):
        self._known = known

    def validate_host_public_key(self, host, addr, port, key) -> bool:
        if not self._known.accept_new:
            return False
        state = self._known.lookup(host, addr, port, key)
        if state == "unknown":
            self._known.add(host, port, key)
        # "trusted": recorded meanwhile (another target at the same address); "changed": refused
        return state != "changed"


def _classify(exc: BaseException, target: HostTarget, stage: str) -> HostError:
    name = target.host if target.port in (None, 22) else f"{target.host}:{target.port}"
    if isinstance(exc, asyncssh.HostKeyNotVerifiable):
        return HostError("HostKeyNotVerifiable",
                         f"host key of {name} is not trusted ({exc.reason}); add it to the known-hosts file "
                         "(--known-hosts FILE) or pass --accept-new-host-keys for hosts never seen before")
    if isinstance(exc, asyncssh.PermissionDenied):
        return HostError("AuthenticationFailed", f"authentication to {name} failed: {exc.reason}")
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        if stage == "connect":
            return HostError("ConnectTimeout", f"connecting to {name} timed out")
        return HostError("CommandTimeout", f"reading {name} did not finish within the host's time budget")
    if isinstance(exc, ConnectionRefusedError):
        return HostError("ConnectionRefused", f"connection to {name} was refused")
    if isinstance(exc, socket.gaierror):
        return HostError("NameResolution", f"cannot resolve {target.host}: {exc.strerror or exc}")
    if isinstance(exc, asyncssh.Error):
        return HostError(type(exc).__name__, f"{name}: {exc.reason}")
    if isinstance(exc, OSError):
        return HostError("ConnectionFailed", f"cannot connect to {name}: {exc.strerror or exc}")
    return HostError(type(exc).__name__, f"{name}: {exc}")


class JumpPool:
    """One connection per jump host, shared by every target behind it (closed by :meth:`close`)."""

    def __init__(self):
        self._conns: dict[tuple, asyncio.Task] = {}

    async def get(self, jt: HostTarget, options) -> asyncssh.SSHClientConnection:
        key = (jt.host, jt.port, jt.user, jt.key, jt.agent)
        task = self._conns.get(key)
        if task is None:
            task = asyncio.ensure_future(asyncssh.connect(jt.host, **options(jt)))
            self._conns[key] = task
        return await asyncio.shield(task)

    def close(self) -> None:
        for task in self._conns.values():
            if task.done() and not task.cancelled() and task.exception() is None:
                task.result().close()
            elif not task.done():
                task.cancel()


class SSHRunner:
    """Connects to one target and runs the probe script over one channel."""

    def __init__(self, target: HostTarget, known: KnownHosts, *, connect_timeout: float, command_timeout: float,
                 host_timeout: float | None = None, ssh_config: list[str] | None = None,
                 jumps: JumpPool | None = None, password: str | None = None, sudo_password: str | None = None):
        self.target = target
        self._password = password
        self._sudo_password = sudo_password
        self.jumps = jumps or JumpPool()
        self.known = known
        self.connect_timeout = target.connect_timeout or connect_timeout
        self.command_timeout = target.command_timeout or command_timeout
        self.host_timeout = host_timeout or (2 * self.command_timeout + 5)
        self.ssh_config = ssh_config
        self.login_user: str | None = None

    def _options(self) -> dict:
        t = self.target
        opts: dict = {"known_hosts": self.known.load(), "connect_timeout": self.connect_timeout,
                      "login_timeout": self.connect_timeout,
                      "client_factory": lambda: _Client(self.known)}
        if self.ssh_config is not None:
            opts["config"] = self.ssh_config
        if t.port:
            opts["port"] = t.port
        if t.user:
            opts["username"] = t.user
        if t.key:
            opts["client_keys"] = [t.key]
        if not t.agent:
            opts["agent_path"] = None
        if self._password is not None:
            opts["password"] = self._password
        return opts

    async def _connect(self):
        t = self.target
        tunnel = None
        if t.jump:
            try:
                tunnel = await self.jumps.get(self._jump_target(), self._jump_options)
            except Exception as exc:
                err = _classify(exc, self._jump_target(), "connect")
                raise HostError(err.code, f"jump host {t.jump}: {err.message}") from None
        opts = self._options()
        if tunnel is not None:
            opts["tunnel"] = tunnel
        return await asyncssh.connect(t.host, **opts)

    def _jump_options(self, jt: HostTarget) -> dict:
        return SSHRunner(jt, self.known, connect_timeout=self.connect_timeout, command_timeout=self.command_timeout,
                         ssh_config=self.ssh_config)._options()

    def _jump_target(self) -> HostTarget:
        from hipaa_scan.collectors.host.targets import parse_target

        jt = parse_target(self.target.jump or "")
        return HostTarget(host=jt.host, port=jt.port, user=jt.user, key=self.target.key, agent=self.target.agent)

    async def run(self, probes: list[Probe]) -> dict[str, ProbeResult]:
        try:
            conn = await self._connect()
        except HostError:
            raise
        except Exception as exc:  # every failure becomes a host error, classified
            raise _classify(exc, self.target, "connect") from None
        try:
            self.login_user = conn.get_extra_info("username")
            token = new_token()
            script = build_script(probes, token, sudo=self.target.sudo, command_timeout=self.command_timeout,
                                  overrides=sshd_override(self.target.sshd_config), sudo_password=self._sudo_password)
            chunks: list[str] = []

            async def read_all():
                proc = await conn.create_process("sh -s", encoding="utf-8", errors="replace")
                proc.stdin.write(script)
                proc.stdin.write_eof()
                while data := await proc.stdout.read(65536):
                    chunks.append(data)

            try:
                await asyncio.wait_for(read_all(), self.host_timeout)
                complete = True
            except TimeoutError:
                complete = False
            except Exception as exc:
                raise _classify(exc, self.target, "run") from None
            try:
                return finish("".join(chunks), probes, token, complete)
            except HostBudgetExceeded:
                raise _classify(TimeoutError(), self.target, "run") from None
        finally:
            conn.close()
