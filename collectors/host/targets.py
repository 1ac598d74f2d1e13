"""Host targets: ``user@host:port`` arguments and the ``hosts.yaml`` file.

hosts.yaml is either a list of hosts or a mapping with ``hosts:`` (a list) and an
optional ``defaults:`` mapping applied to every host::

    defaults: {user: audit, key: ~/.ssh/id_ed25519, sudo: true}
    hosts:
      - db1.example.com                 # a plain [user@]host[:port] string
      - host: 10.0.0.12
        name: phi-db-2                  # the resource id (default host, or host:port)
        port: 2222
        jump: bastion.example.com       # [user@]host[:port] of a jump host
        agent: false                    # do not use ssh-agent
        tags: {antimalware: not-required}
        command_timeout: 60
        sshd_config: /etc/ssh/sshd_config_phi   # a second sshd instance's config
        password_env: PHI_DB2_PASSWORD  # SSH password from this environment variable
        become: {method: sudo, password_env: PHI_DB2_SUDO}  # root reads via sudo -S (or: become: true)

A host name may be an ``~/.ssh/config`` alias: HostName, Port, User, IdentityFile and
ProxyJump come from there unless the entry sets them. Every error names file:line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.yamlfile import compose_file

_KEYS = ("host", "name", "port", "user", "key", "agent", "jump", "sudo", "tags", "connect_timeout",
         "command_timeout", "sshd_config", "password_env", "become")
_TARGET_RE = re.compile(r"^(?:(?P<user>[^@\s]+)@)?(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^:\s@\[\]]+))(?::(?P<port>\d+))?$")


@dataclass(frozen=True)
class HostTarget:
    """One host to read over SSH."""

    host: str
    port: int | None = None
    user: str | None = None
    key: str | None = None
    agent: bool = True
    jump: str | None = None
    sudo: bool = False
    name: str | None = None
    tags: dict = field(default_factory=dict, hash=False, compare=False)
    connect_timeout: float | None = None
    command_timeout: float | None = None
    sshd_config: str | None = None  #: the sshd_config to test (sshd -T -f PATH); default the system's
    password_env: str | None = None  #: environment variable holding the SSH password (never the password)
    become_password_env: str | None = None  #: environment variable holding the sudo password
    where: str | None = None

    @property
    def id(self) -> str:
        if self.name:
            return self.name
        if self.port in (None, 22):
            return self.host
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_target(text: str, where: str | None = None) -> HostTarget:
    """``[user@]host[:port]`` (IPv6 as ``[addr]:port``) → :class:`HostTarget`."""
    text = text.strip()
    if text.count(":") > 1 and "[" not in text:
        user, _, host = text.rpartition("@")
        return HostTarget(host=host, user=user or None, where=where)
    m = _TARGET_RE.match(text)
    if not m:
        raise InputError(f"not a host target {text!r} (expected [user@]host[:port])", where)
    port = int(m["port"]) if m["port"] else None
    if port is not None and not 0 < port < 65536:
        raise InputError(f"port {port} is out of range in {text!r}", where)
    return HostTarget(host=m["v6"] or m["host"], port=port, user=m["user"], where=where)


def _line(node) -> int:
    return node.start_mark.line + 1


def _scalar(node, path: str, key: str, kind):
    where = f"{path}:{_line(node)}"
    if not isinstance(node, yaml.ScalarNode):
        raise InputError(f"'{key}' must be a {kind.__name__ if kind is not float else 'number'}", where)
    value = yaml.safe_load(yaml.serialize(node))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if kind is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise InputError(f"'{key}' must be a {'number' if kind is float else kind.__name__} (got {value!r})", where)
    return value


def _entry(node, path: str, defaults: dict) -> HostTarget:
    where = f"{path}:{_line(node)}"
    if isinstance(node, yaml.ScalarNode):
        t = parse_target(str(node.value), where)
        return replace(t, **{k: v for k, v in defaults.items() if getattr(t, k) in (None, False, {}) or k == "tags"},
                       where=where)
    if not isinstance(node, yaml.MappingNode):
        raise InputError("a host must be a 'user@host:port' string or a mapping with 'host:'", where)
    values: dict = dict(defaults)
    host_given = False
    for knode, vnode in node.value:
        key = str(knode.value)
        kwhere = f"{path}:{_line(knode)}"
        if key not in _KEYS:
            raise InputError(f"unknown key '{key}' (expected one of: {', '.join(_KEYS)})", kwhere)
        if key == "host":
            t = parse_target(_scalar(vnode, path, key, str), f"{path}:{_line(vnode)}")
            values["host"] = t.host
            if t.port is not None:
                values["port"] = t.port
            if t.user:
                values["user"] = t.user
            host_given = True
        elif key == "tags":
            if not isinstance(vnode, yaml.MappingNode):
                raise InputError("'tags' must be a mapping of strings", f"{path}:{_line(vnode)}")
            values["tags"] = {str(k.value): str(_scalar(v, path, str(k.value), str)) for k, v in vnode.value}
        elif key == "port":
            port = _scalar(vnode, path, key, int)
            if not 0 < port < 65536:
                raise InputError(f"port {port} is out of range", f"{path}:{_line(vnode)}")
            values["port"] = port
        elif key in ("agent", "sudo"):
            values[key] = _scalar(vnode, path, key, bool)
        elif key == "become":
            values.update(_become(vnode, path))
        elif key in ("connect_timeout", "command_timeout"):
            val = _scalar(vnode, path, key, float)
            if val <= 0:
                raise InputError(f"'{key}' must be positive", f"{path}:{_line(vnode)}")
            values[key] = val
        else:
            values[key] = _scalar(vnode, path, key, str)
    if not host_given:
        raise InputError("host entry has no 'host:'", where)
    if values.get("key"):
        values["key"] = str(Path(values["key"]).expanduser())
        if not Path(values["key"]).is_file():
            raise InputError(f"key file {values['key']} does not exist", where)
    return HostTarget(**values, where=where)


def _become(node, path: str) -> dict:
    """``become: true|false`` or ``become: {method: sudo, password_env: NAME}``."""
    if isinstance(node, yaml.ScalarNode):
        return {"sudo": _scalar(node, path, "become", bool)}
    if not isinstance(node, yaml.MappingNode):
        raise InputError("'become' must be true, false or a mapping {method: sudo, password_env: NAME}",
                         f"{path}:{_line(node)}")
    out: dict = {"sudo": True}
    for k, v in node.value:
        key = str(k.value)
        if key == "method":
            if _scalar(v, path, key, str) != "sudo":
                raise InputError("become method must be sudo", f"{path}:{_line(v)}")
        elif key == "password_env":
            out["become_password_env"] = _scalar(v, path, key, str)
        elif key == "enabled":
            out["sudo"] = _scalar(v, path, key, bool)
        else:
            raise InputError(f"unknown become key '{key}' (expected method, password_env, enabled)",
                             f"{path}:{_line(k)}")
    return out


def load_hosts_file(path: str | Path) -> list[HostTarget]:
    """Read hosts.yaml; every problem raises :class:`InputError` naming file:line."""
    path = str(path)
    root = compose_file(Path(path))
    if root is None:
        raise InputError("no hosts listed", f"{path}:1")
    defaults: dict = {}
    if isinstance(root, yaml.MappingNode):
        hosts_node = None
        for knode, vnode in root.value:
            key = str(knode.value)
            if key == "hosts":
                hosts_node = vnode
            elif key == "defaults":
                if not isinstance(vnode, yaml.MappingNode):
                    raise InputError("'defaults' must be a mapping", f"{path}:{_line(vnode)}")
                fake = yaml.MappingNode("tag:yaml.org,2002:map",
                                        [(yaml.ScalarNode("tag:yaml.org,2002:str", "host", knode.start_mark,
                                                          knode.end_mark),
                                          yaml.ScalarNode("tag:yaml.org,2002:str", "defaults.invalid",
                                                          knode.start_mark, knode.end_mark))] + list(vnode.value),
                                        vnode.start_mark, vnode.end_mark)
                for k, _ in vnode.value:
                    if str(k.value) in ("host", "name"):
                        raise InputError(f"'{k.value}' cannot be a default", f"{path}:{_line(k)}")
                d = _entry(fake, path, {})
                given = {str(x.value) for x, _ in vnode.value}
                defaults = {k: getattr(d, k) for k in ("port", "user", "key", "agent", "jump", "sudo", "tags",
                                                       "connect_timeout", "command_timeout", "password_env")
                            if str(k) in given}
                if "become" in given:
                    defaults.update(sudo=d.sudo, become_password_env=d.become_password_env)
            else:
                raise InputError(f"unknown top-level key '{key}' (expected 'hosts' and optional 'defaults')",
                                 f"{path}:{_line(knode)}")
        if hosts_node is None:
            raise InputError("no 'hosts:' list", f"{path}:1")
        root = hosts_node
    if not isinstance(root, yaml.SequenceNode):
        raise InputError("expected a list of hosts", f"{path}:{_line(root)}")
    if not root.value:
        raise InputError("the hosts list is empty", f"{path}:{_line(root)}")
    targets = [_entry(item, path, defaults) for item in root.value]
    check_unique(targets)
    return targets


def check_unique(targets: list[HostTarget]) -> None:
    seen: dict[str, HostTarget] = {}
    for t in targets:
        if t.id in seen:
            first = seen[t.id].where or "an earlier target"
            raise InputError(f"host id {t.id!r} is listed twice (first at {first}); give one a distinct 'name:'",
                             t.where)
        seen[t.id] = t
