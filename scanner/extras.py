"""Optional extras by source: which library each needs, and the one-line hint when it is missing.

The core install (``pip install hipaa-scan``) evaluates and reports a saved inventory. Each
source's libraries come with its extra (``pip install 'hipaa-scan[aws]'``); a command that
needs a missing one stops with exit 2 and the install line, before any work.
"""

from __future__ import annotations

import importlib.util

from hipaa_scan.scanner.errors import InputError

#: extra → the import names it provides (the first missing one is named in the hint)
EXTRAS: dict[str, tuple[str, ...]] = {
    "aws": ("boto3", "botocore"),
    "tls": ("sslyze", "cryptography"),
    "host": ("asyncssh",),
    "iac": ("checkov",),
    "db": ("psycopg", "pymysql"),
    "opa": ("opa_client", "requests"),
    "history": ("sqlalchemy", "alembic", "platformdirs"),
}

#: what each extra is for, in the hint
PURPOSE = {"aws": "AWS collection", "tls": "TLS endpoint scans", "host": "Linux host collection",
           "iac": "infrastructure-as-code scans (checkov)", "db": "database collection",
           "opa": "--engine opa (an OPA server)", "history": "the scan history store (--record, history …)"}


class MissingExtra(InputError):
    """A source's library is not installed: exit 2 with the install line."""

    def __init__(self, extra: str, module: str):
        self.extra, self.module = extra, module
        super().__init__(f"{PURPOSE[extra]} needs the '{extra}' extra ({module} is not installed): "
                         f"pip install 'hipaa-scan[{extra}]'")


def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def require(extra: str) -> None:
    """Raise :class:`MissingExtra` unless every library of ``extra`` can be imported."""
    for module in EXTRAS[extra]:
        if not _importable(module):
            raise MissingExtra(extra, module)


def extra_of(module: str | None) -> str | None:
    """The extra that provides a top-level import name (``boto3`` → ``aws``), if any."""
    top = (module or "").split(".")[0]
    return next((e for e, mods in EXTRAS.items() if top in mods), None)
