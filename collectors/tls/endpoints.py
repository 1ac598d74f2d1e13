"""Which endpoints to scan: ``host:port`` targets, an endpoints YAML file, or an inventory.

Every input error is one :class:`~hipaa_scan.scanner.errors.InputError` naming ``file:line``.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

import yaml

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.types import Document
from hipaa_scan.scanner.yamlfile import compose_file

STARTTLS = ("smtp", "imap", "pop3", "ftp", "postgres", "mysql", "ldap")
_KEYS = ("host", "port", "sni", "starttls", "http_port", "https")
_TLS_LISTENER_PROTOCOLS = {"HTTPS", "TLS"}


@dataclass(frozen=True)
class Endpoint:
    """One TLS endpoint to scan.

    ``http_port`` is a plain-HTTP port of the same host to probe for a redirect to HTTPS
    (by default 80 for an HTTPS endpoint on 443); ``https`` says whether the TLS service
    speaks HTTP (default: yes unless STARTTLS is used), which decides the HSTS check.
    """

    host: str
    port: int = 443
    sni: str | None = None
    starttls: str | None = None
    http_port: int | None = None
    https: bool | None = None

    @property
    def id(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def server_name(self) -> str:
        return self.sni or self.host

    @property
    def speaks_http(self) -> bool:
        return self.https if self.https is not None else self.starttls is None

    @property
    def companion_http_port(self) -> int | None:
        if self.http_port is not None:
            return self.http_port or None
        return 80 if self.port == 443 and self.speaks_http else None


def _port(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value), 10)
        except ValueError:
            raise InputError(f"port {value!r} is not a number", where) from None
    if not 1 <= value <= 65535:
        raise InputError(f"port {value} is out of range 1-65535", where)
    return value


def parse_target(text: str, where: str = "argument") -> Endpoint:
    """``host``, ``host:port`` or ``[v6addr]:port`` (port defaults to 443)."""
    text = text.strip()
    if not text:
        raise InputError("empty endpoint", where)
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep:
            raise InputError(f"endpoint {text!r}: missing ']' after the IPv6 address", where)
        port = _port(rest[1:], where) if rest.startswith(":") else 443
    elif text.count(":") == 1:
        host, port_s = text.split(":")
        port = _port(port_s, where)
    elif text.count(":") > 1:
        try:
            ipaddress.IPv6Address(text)
        except ValueError:
            raise InputError(f"endpoint {text!r} is not host:port", where) from None
        host, port = text, 443
    else:
        host, port = text, 443
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise InputError(f"endpoint {text!r} has no valid host name", where)
    return Endpoint(host=host, port=port)


def _line(node) -> int:
    return node.start_mark.line + 1


def load_endpoints(path: Path) -> list[Endpoint]:
    """Read an endpoints YAML file: a list (or ``endpoints:`` list) of mappings or strings."""
    path = Path(path)
    root = compose_file(path)
    if root is None:
        raise InputError("no endpoints in the file", f"{path}:1")
    if isinstance(root, yaml.MappingNode):
        items = {k.value: v for k, v in root.value}
        extra = [k for k, _ in root.value if k.value != "endpoints"]
        if extra:
            raise InputError(f"unknown top-level key {extra[0].value!r} (expected 'endpoints')", f"{path}:{_line(extra[0])}")
        if "endpoints" not in items:
            raise InputError("expected a list of endpoints or an 'endpoints:' list", f"{path}:{_line(root)}")
        root = items["endpoints"]
    if not isinstance(root, yaml.SequenceNode):
        raise InputError("'endpoints' must be a list", f"{path}:{_line(root)}")
    out: list[Endpoint] = []
    seen: dict[str, str] = {}
    for node in root.value:
        where = f"{path}:{_line(node)}"
        ep = _endpoint_from_node(node, where, path)
        if ep.id in seen:
            raise InputError(f"endpoint {ep.id} is listed twice (first at {seen[ep.id]})", where)
        seen[ep.id] = where
        out.append(ep)
    if not out:
        raise InputError("no endpoints in the file", f"{path}:{_line(root)}")
    return out


def _endpoint_from_node(node, where: str, path: Path) -> Endpoint:
    if isinstance(node, yaml.ScalarNode):
        return parse_target(str(node.value), where)
    if not isinstance(node, yaml.MappingNode):
        raise InputError("an endpoint must be a 'host:port' string or a mapping with 'host'", where)
    data = yaml.safe_load(yaml.serialize(node))
    lines = {k.value: f"{path}:{_line(k)}" for k, _ in node.value}
    for key in data:
        if key not in _KEYS:
            raise InputError(f"unknown key {key!r} (allowed: {', '.join(_KEYS)})", lines.get(key, where))
    host = data.get("host")
    if not isinstance(host, str) or not host.strip():
        raise InputError("endpoint needs a 'host' string", lines.get("host", where))
    port = _port(data.get("port", 443), lines.get("port", where))
    host = host.strip().removeprefix("[").removesuffix("]")
    if ":" in host:
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise InputError(f"host {host!r} must not contain a port (use 'port:')", lines["host"]) from None
    elif any(c.isspace() for c in host) or "/" in host:
        raise InputError(f"host {host!r} is not a valid host name", lines["host"])
    sni = data.get("sni")
    if sni is not None and (not isinstance(sni, str) or not sni.strip()):
        raise InputError("'sni' must be a host name", lines["sni"])
    starttls = data.get("starttls")
    if starttls is not None:
        if not isinstance(starttls, str) or starttls.lower() not in STARTTLS:
            raise InputError(f"starttls {starttls!r} is not one of {', '.join(STARTTLS)}", lines["starttls"])
        starttls = starttls.lower()
    http_port = data.get("http_port")
    if http_port is not None and http_port is not False:
        http_port = _port(http_port, lines["http_port"])
    elif http_port is False:
        http_port = 0
    https = data.get("https")
    if https is not None and not isinstance(https, bool):
        raise InputError("'https' must be true or false", lines["https"])
    return Endpoint(host=host, port=port, sni=sni, starttls=starttls, http_port=http_port, https=https)


def _str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


_LB_TYPES = ("aws_elbv2_load_balancer", "aws_lb")


def endpoints_from_inventory(inventory: Document) -> list[Endpoint]:
    """Public TLS endpoints an AWS scan found, read defensively (absent fields are skipped).

    - load balancers (``aws_elbv2_load_balancer`` or ``aws_lb``): ``dns_name`` with each
      HTTPS/TLS listener port (an HTTP listener on the same balancer becomes the plain-HTTP
      port to probe for a redirect); a balancer without ``dns_name`` cannot be addressed;
    - ``aws_apigateway_domain``: ``domain_name`` (or the ``name`` of a ``/domainnames/`` id) on 443;
    - ``aws_cloudfront_distribution``: every entry of ``aliases``, and the distribution's own
      ``domain_name`` (or a ``name`` ending in ``.cloudfront.net``), on 443.
    """
    resources = inventory.get("resources") if isinstance(inventory, dict) else None
    if not isinstance(resources, dict):
        return []
    found: dict[str, Endpoint] = {}

    def add(ep: Endpoint) -> None:
        found.setdefault(ep.id, ep)

    for lb in (lb for t in _LB_TYPES for lb in _items(resources, t)):
        dns = _str(lb.get("dns_name"))
        listeners = lb.get("listeners")
        if not dns or not isinstance(listeners, list):
            continue
        http_ports = sorted(p for p in (_listener(li, {"HTTP"}) for li in listeners) if p)
        for li in listeners:
            port = _listener(li, _TLS_LISTENER_PROTOCOLS)
            if port:
                is_https = str(li.get("protocol", "")).upper() == "HTTPS"
                add(Endpoint(host=dns, port=port, https=is_https,
                             http_port=(http_ports[0] if http_ports and is_https else 0)))
    for dom in _items(resources, "aws_apigateway_domain"):
        name = _str(dom.get("domain_name"))
        if name is None and "/domainnames/" in str(dom.get("id", "")):
            name = _str(dom.get("name"))
        if name:
            add(Endpoint(host=name, port=443))
    for dist in _items(resources, "aws_cloudfront_distribution"):
        aliases = dist.get("aliases")
        names = list(aliases) if isinstance(aliases, list) else []
        own = _str(dist.get("domain_name")) or _str(dist.get("name"))
        if own and (dist.get("domain_name") or own.endswith(".cloudfront.net")):
            names.append(own)
        for alias in names:
            name = _str(alias)
            if name and "*" not in name:
                add(Endpoint(host=name, port=443))
    return sorted(found.values(), key=lambda e: e.id)


def _items(resources: dict, rtype: str) -> list[dict]:
    items = resources.get(rtype)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _listener(li, protocols: set[str]) -> int | None:
    if not isinstance(li, dict):
        return None
    proto = li.get("protocol")
    port = li.get("port")
    if not isinstance(proto, str) or proto.upper() not in protocols:
        return None
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        return None
    return port
