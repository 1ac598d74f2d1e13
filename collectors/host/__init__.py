"""Host collector: Linux hosts (Debian and RHEL families), local or over SSH.

Resource type ``host``; one resource per host: ``id`` (the target's name, host, or
host:port), ``name``, ``address``, ``tags``, ``collected_via`` and one field per fact
group of :data:`collectors.host.checks.FACTS` (``os``, ``kernel``, ``ssh``,
``shell_timeout``, ``auditd``, ``audit_rules``, ...). A fact group that could not be read
is absent from the resource and recorded as an inventory error with
``resource_id=<host id>`` and ``field=<group>``, so only the controls reading that group
become ``error``. A host that cannot be reached or logged into is recorded with one
error without a field, so every control on it is ``error``.

Entry point: :func:`collect_hosts`.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from hipaa_scan.collectors.host import parsers
from hipaa_scan.collectors.host.checks import FACTS, Fact, probes_for
from hipaa_scan.collectors.host.probe import FactError, ProbeResult, Results
from hipaa_scan.collectors.host.runners import HostBudgetExceeded, RootRunner, ShellRunner
from hipaa_scan.collectors.host.secrets import Secrets
from hipaa_scan.collectors.host.ssh import HostError, JumpPool, KnownHosts, SSHRunner
from hipaa_scan.collectors.host.targets import HostTarget, check_unique, load_hosts_file, parse_target
from hipaa_scan.scanner.errors import CollectorError, InputError
from hipaa_scan.scanner.messages import error_text

__all__ = ["collect_hosts", "gather_targets", "load_hosts_file", "parse_target", "HostTarget", "build_host",
           "LocalTarget"]

COLLECTOR = "host"
RESOURCE_TYPE = "host"


@dataclass(frozen=True)
class LocalTarget:
    """This machine (``--local``), or a fake root directory (``--local --root DIR``)."""

    root: Path | None = None
    name: str | None = None
    sudo: bool = False
    tags: dict | None = None

    @property
    def id(self) -> str:
        if self.name:
            return self.name
        if self.root is not None:
            hostname = Path(self.root, "etc", "hostname")
            try:
                text = hostname.read_text(encoding="utf-8").strip()
            except OSError:
                text = ""
            return text or Path(self.root).resolve().name
        return socket.gethostname()


def build_host(host_id: str, results: dict[str, ProbeResult], record_error: Callable[[str, str, str], None],
               facts: tuple[Fact, ...] = FACTS) -> dict:
    """Parse every fact group; unreadable groups are left out and reported via ``record_error``."""
    res = Results(results)
    resource: dict = {}
    family = None
    for fact in facts:
        parse = getattr(parsers, fact.parser)
        try:
            value = parse(res, family)
        except FactError as exc:
            record_error(fact.group, exc.code, exc.message)
            continue
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            record_error(fact.group, "ParseError", f"could not parse the output for {fact.group}: {exc}")
            continue
        resource[fact.group] = value
        if fact.group == "os":
            family = value.get("family")
    return resource


async def _collect_one(target, runner, builder, probes, facts, via: str, address: str | None) -> bool:
    host_id = target.id
    base = {"id": host_id, "name": getattr(target, "name", None) or host_id, "address": address,
            "tags": dict(getattr(target, "tags", None) or {}), "collected_via": via}
    try:
        results = await runner.run(probes)
    except HostError as exc:
        builder.error(COLLECTOR, RESOURCE_TYPE, *error_text(exc.code, exc.message), resource_id=host_id)
        builder.add(RESOURCE_TYPE, dict(base, reachable=False))
        return False
    except HostBudgetExceeded:
        builder.error(COLLECTOR, RESOURCE_TYPE, "CommandTimeout",
                      f"reading {host_id} did not finish within the host's time budget", resource_id=host_id)
        builder.add(RESOURCE_TYPE, dict(base, reachable=False))
        return False
    except OSError as exc:
        builder.error(COLLECTOR, RESOURCE_TYPE, *error_text("RunFailed", f"cannot run the probes: {exc}"),
                      resource_id=host_id)
        builder.add(RESOURCE_TYPE, dict(base, reachable=False))
        return False

    def record(field, code, message):
        builder.error(COLLECTOR, RESOURCE_TYPE, *error_text(code, message), resource_id=host_id, field=field)

    facts_doc = build_host(host_id, results, record, facts)
    if getattr(runner, "login_user", None):
        base["login_user"] = runner.login_user
    builder.add(RESOURCE_TYPE, dict(base, reachable=True, **facts_doc))
    return True


def gather_targets(targets, hosts_file=None, *, local: bool = False, root=None, sudo: bool = False) -> list[HostTarget]:
    """The SSH targets of a command line: ``--hosts FILE`` entries, then positional targets."""
    if local:
        if targets or hosts_file:
            raise InputError("--local reads this machine; do not also give targets or --hosts", "--local")
        return []
    if root is not None:
        raise InputError("--root needs --local (a fake root is read in place, not over SSH)", "--root")
    items = list(load_hosts_file(hosts_file)) if hosts_file else []
    items += [parse_target(t, f"argument {t!r}") for t in targets]
    if sudo:
        items = [replace(t, sudo=True) for t in items]
    if not items:
        import click

        ctx = click.get_current_context(silent=True)
        cmd = ctx.command_path if ctx is not None else "hipaa-scan scan host"
        raise InputError(f"no hosts to read: give [user@]host[:port] targets, --hosts FILE, or --local "
                         f"(e.g. `{cmd} --local` or `{cmd} --hosts hosts.yaml`)", cmd)
    check_unique(items)
    return items


def collect_hosts(targets, builder, *, local: bool = False, root: str | Path | None = None,
                  known_hosts: str | None = None, accept_new: bool = False, concurrency: int = 32,
                  connect_timeout: float = 10.0, command_timeout: float = 30.0, host_timeout: float | None = None,
                  sudo: bool = False, name: str | None = None, ssh_config: list[str] | None = None,
                  sshd_config: str | None = None,
                  progress: Callable[[int, int, str, bool], None] | None = None,
                  facts: tuple[Fact, ...] = FACTS, secrets: Secrets | None = None) -> dict:
    """Read hosts into ``builder`` (an :class:`~hipaa_scan.scanner.inventory.InventoryBuilder`).

    ``targets``: :class:`HostTarget` objects or ``user@host:port`` strings (ignored with
    ``local``). ``local`` reads this machine, or the fake root ``root``. ``concurrency``
    bounds how many hosts are read at once. ``secrets`` holds the SSH and sudo passwords of the
    run (:mod:`collectors.host.secrets`). Returns ``{"hosts": n, "ok": n, "failed": n}``.
    """
    probes = probes_for(facts)
    secrets = secrets or Secrets()
    if root is not None and not local:
        raise CollectorError("--root needs --local (a fake root is read in place, not over SSH)")
    if local:
        if root is not None and not Path(root).is_dir():
            raise CollectorError("the fake root is not a directory", str(root))
        target = LocalTarget(root=Path(root) if root is not None else None, name=name, sudo=sudo)
        runner = RootRunner(Path(root)) if root is not None else ShellRunner(
            sudo=sudo, command_timeout=command_timeout, host_timeout=host_timeout or (2 * command_timeout + 5),
            sshd_config=sshd_config, sudo_password=secrets.sudo)
        via = "root" if root is not None else "local"
        builder.add_source({"collector": COLLECTOR, "mode": via, "hosts": [target.id]})
        ok = asyncio.run(_collect_one(target, runner, builder, probes, facts, via,
                                      str(Path(root).resolve()) if root is not None else "local"))
        if progress:
            progress(1, 1, target.id, ok)
        return {"hosts": 1, "ok": int(ok), "failed": int(not ok)}

    items = [t if isinstance(t, HostTarget) else parse_target(str(t)) for t in targets]
    if not items:
        raise CollectorError("no hosts to read: give user@host:port targets, --hosts FILE or --local")
    check_unique(items)
    if concurrency < 1:
        raise CollectorError("--workers must be at least 1")
    known = KnownHosts(known_hosts, accept_new)
    builder.add_source({"collector": COLLECTOR, "mode": "ssh", "hosts": [t.id for t in items]})

    async def main() -> dict:
        sem = asyncio.Semaphore(concurrency)
        jumps = JumpPool()
        done = 0
        ok_count = 0

        async def one(t: HostTarget):
            nonlocal done, ok_count
            async with sem:
                runner = SSHRunner(t, known, connect_timeout=connect_timeout, command_timeout=command_timeout,
                                   host_timeout=host_timeout, ssh_config=ssh_config, jumps=jumps,
                                   password=secrets.login_for(t), sudo_password=secrets.sudo_for(t))
                address = t.host if t.port in (None, 22) else f"{t.host}:{t.port}"
                ok = await _collect_one(t, runner, builder, probes, facts, "ssh", address)
            done += 1
            ok_count += int(ok)
            if progress:
                progress(done, len(items), t.id, ok)

        try:
            await asyncio.gather(*(one(t) for t in items))
        finally:
            jumps.close()
        return {"hosts": len(items), "ok": ok_count, "failed": len(items) - ok_count}

    return asyncio.run(main())
