"""OPA package roots, the bundle's metadata path, and the ``--engine opa`` settings.

Pure helpers shared by the OPA engine (scanner/engine_opa.py) and the bundle writer
(scanner/bundle.py); no network library is imported here, so the core install can check the
``--opa-*`` options and write bundles without the ``opa`` extra.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from hipaa_scan.scanner.errors import EngineError, InputError

ROOT = "hipaa"  #: the package root of every built-in and --policy-dir module
_PACKAGE_LINE_RE = re.compile(r"^(\s*package\s+)hipaa\b", re.M)
_DATA_REF_RE = re.compile(r"\bdata\.hipaa(?=\.|_[a-z]+\b|\b)")
_PACKAGE_RE = re.compile(r"^\s*package\s+([A-Za-z_][\w.]*)\s*$", re.M)
_PREFIX_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_LIST_MAX = 6


# ----------------------------------------------------------------------------- helpers
def package_of(source: str) -> str | None:
    m = _PACKAGE_RE.search(source)
    return m.group(1) if m else None


def check_prefix(prefix: str, where: str = "--opa-package-prefix") -> str:
    if not _PREFIX_RE.match(prefix or ""):
        raise InputError(f"package prefix {prefix!r} is not a dotted Rego name such as 'hipaa' or 'acme.hipaa'", where)
    return prefix


def rebase_source(source: str, prefix: str) -> str:
    """Move a module from the ``hipaa`` package root to ``prefix`` (its package and data.hipaa refs)."""
    if prefix == ROOT:
        return source
    source = _PACKAGE_LINE_RE.sub(lambda m: m.group(1) + prefix, source)
    return _DATA_REF_RE.sub("data." + prefix, source)


def rebase_package(package: str, prefix: str) -> str:
    """``hipaa.aws.s3.x`` → ``<prefix>.aws.s3.x``; also the data roots ``hipaa_scope`` → ``<prefix>_scope``."""
    if not re.match(rf"^{ROOT}(\.|_[a-z]+$|$)", package):
        raise EngineError(f"package {package} is not under the '{ROOT}' root")
    return prefix + package[len(ROOT):]


def scope_data(policy_set) -> dict:
    """The data document evaluation gives the engine (scanner/evaluate.py): data.hipaa_scope."""
    scopes = {p.id: p.custom["scope"] for p in policy_set.policies if p.custom.get("scope")}
    return {"hipaa_scope": scopes} if scopes else {}


def meta_path(prefix: str) -> str:
    """Where the bundle's metadata lives: ``data.<prefix>_meta``."""
    return prefix + "_meta"


def source_sha256(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _short_list(items: list[str]) -> str:
    items = sorted(items)
    head = ", ".join(items[:_LIST_MAX])
    return head + (f" and {len(items) - _LIST_MAX} more" if len(items) > _LIST_MAX else "")


@dataclass(frozen=True)
class OpaConfig:
    """What the CLI options say about the engine (``--engine opa`` and its ``--opa-*`` options)."""

    url: str
    token_file: Path | None = None
    push: bool = False
    package_prefix: str = ROOT
    timeout: float = 30.0


def parse_url(url: str) -> tuple[str, int, bool]:
    """``http(s)://host[:port]`` → (host, port, tls). opa-python-client takes no base path."""
    try:
        parts = urlsplit(url or "")
        port = parts.port
    except ValueError:
        raise InputError(f"not a valid URL: {url!r}", "--opa-url") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"expected http://HOST:PORT or https://HOST[:PORT], got {url!r}", "--opa-url")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InputError(f"OPA's API is served at the root of the server; drop the path from {url!r}", "--opa-url")
    tls = parts.scheme == "https"
    host = parts.hostname
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return host, port or (443 if tls else 80), tls


def read_token(path: Path) -> str:
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise InputError(f"cannot read the OPA token file: {exc.strerror or exc}", str(path)) from None
    if not token or any(c.isspace() for c in token):
        raise InputError("the OPA token file must hold one bearer token on one line", str(path))
    return token
