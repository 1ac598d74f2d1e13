"""Database targets: DSN arguments, a targets YAML file, or RDS/Aurora endpoints of an AWS inventory.

databases.yaml is a list of targets, or a mapping with ``targets:`` (a list) and an optional
``defaults:`` mapping applied to every target::

    defaults: {user: hipaa_audit, sslmode: verify-full, password_env: DB_AUDIT_PASSWORD}
    targets:
      - postgresql://db1.example.org:5432/postgres   # a DSN string
      - host: billing-db
        port: 5433
        dbname: clinic
        name: billing                                  # the resource id (default host:port/dbname)
        password_env: BILLING_DB_PASSWORD              # the password is read from this variable
        max_idle_minutes: 10                           # automatic-logoff limit for the controls (default 15)

Passwords never come from the file or the command line: ``password_env`` names an environment
variable; otherwise the driver's own mechanisms apply (PostgreSQL: ``PGPASSWORD``, ``~/.pgpass``,
``PGSERVICEFILE``/``service:``; MySQL/MariaDB: ``MYSQL_PWD`` or an ``option_file`` such as
``~/.my.cnf``). A password inside a DSN is refused. Every error names file:line:col.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.types import Document
from hipaa_scan.scanner.yamlfile import load_yaml

ENGINES = ("postgres", "mysql")
DEFAULT_PORT = {"postgres": 5432, "mysql": 3306}
_SCHEMES = {"postgres": ("postgresql", "postgres"), "mysql": ("mysql", "mariadb")}
_KEYS = ("host", "port", "user", "dbname", "name", "sslmode", "ssl_mode", "password_env", "service", "option_file",
         "tags", "ca_bundle", "max_idle_minutes")
_PG_SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_MY_SSLMODES = ("disabled", "preferred", "required", "verify_ca", "verify_identity")


@dataclass(frozen=True)
class DbTarget:
    """One database server to read (``dbname``: the database to connect to)."""

    engine: str
    host: str
    port: int
    user: str | None = None
    dbname: str | None = None
    name: str | None = None
    sslmode: str | None = None  #: libpq sslmode (postgres) or ssl-mode (mysql, lower case)
    password_env: str | None = None
    service: str | None = None
    option_file: str | None = None
    ca_bundle: str | None = None
    max_idle_minutes: float | None = None  #: the automatic-logoff limit the controls hold it to (default 15)
    tags: dict = field(default_factory=dict, hash=False, compare=False)
    where: str | None = None

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def id(self) -> str:
        if self.name:
            return self.name
        if self.engine == "postgres":
            return f"{self.address}/{self.dbname or self.user or 'postgres'}"
        return self.address


def _port(value: Any, where: str | None) -> int:
    try:
        port = int(str(value), 10) if not isinstance(value, bool) else -1
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise InputError(f"port {value!r} is not a number in 1-65535", where)
    return port


def parse_dsn(engine: str, text: str, where: str | None = "argument") -> DbTarget:
    """``postgresql://user@host:port/db?sslmode=...`` or ``mysql://user@host:port/db?ssl-mode=...``.

    A libpq keyword string (``host=db1 port=5432 user=audit``) is accepted for postgres. A
    password in the DSN is refused (it would sit in the shell history and process list)."""
    text = text.strip()
    if not text:
        raise InputError("empty target", where)
    if engine == "postgres" and "://" not in text and "=" in text:
        return _pg_keywords(text, where)
    if "://" not in text:  # host[:port]
        text = f"{_SCHEMES[engine][0]}://{text}"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"target {text!r} is not a valid DSN: {exc}", where) from None
    if parts.scheme not in _SCHEMES[engine]:
        raise InputError(f"target {text!r}: expected a {' or '.join(s + '://' for s in _SCHEMES[engine])} DSN", where)
    if parts.password is not None:
        raise InputError("a password in the DSN is refused (use PGPASSWORD/~/.pgpass, MYSQL_PWD/an option file, "
                         "or password_env: in a targets file)", where)
    query = dict(parse_qsl(parts.query))
    host = parts.hostname or query.pop("host", None)
    if not host:
        raise InputError(f"target {text!r} has no host", where)
    known = {"sslmode", "ssl-mode", "ssl_mode", "sslrootcert", "ssl-ca", "service", "application_name",
             "connect_timeout"}
    for key in query:
        if key not in known:
            raise InputError(f"target {text!r}: unsupported parameter {key!r}", where)
    sslmode = query.get("sslmode") or query.get("ssl-mode") or query.get("ssl_mode")
    target = DbTarget(engine=engine, host=host, port=port or DEFAULT_PORT[engine],
                      user=unquote(parts.username) if parts.username else None,
                      dbname=unquote(parts.path.lstrip("/")) or None,
                      sslmode=_sslmode(engine, sslmode, where) if sslmode else None,
                      ca_bundle=query.get("sslrootcert") or query.get("ssl-ca"), service=query.get("service"),
                      where=where)
    return target


def _pg_keywords(text: str, where: str | None) -> DbTarget:
    try:
        from psycopg.conninfo import conninfo_to_dict

        params = conninfo_to_dict(text)
    except ImportError:
        raise InputError("libpq keyword strings need psycopg: pip install 'hipaa-scan[db]'", where) from None
    except Exception as exc:
        raise InputError(f"target is not a valid libpq connection string: {exc}", where) from None
    if "password" in params:
        raise InputError("a password in the connection string is refused (use PGPASSWORD or ~/.pgpass)", where)
    host = str(params.get("host") or params.get("hostaddr") or "")
    if not host and not params.get("service"):
        raise InputError("connection string has no host", where)

    def param(key: str) -> str | None:
        value = params.get(key)
        return None if value is None else str(value)

    return DbTarget(engine="postgres", host=host or "localhost", port=_port(params.get("port", 5432), where),
                    user=param("user"), dbname=param("dbname"),
                    sslmode=_sslmode("postgres", params["sslmode"], where) if params.get("sslmode") else None,
                    ca_bundle=param("sslrootcert"), service=param("service"), where=where)


def _sslmode(engine: str, value: Any, where: str | None) -> str:
    allowed = _PG_SSLMODES if engine == "postgres" else _MY_SSLMODES
    text = str(value).lower().replace("-", "_") if engine == "mysql" else str(value).lower()
    if text not in allowed:
        raise InputError(f"ssl mode {value!r} is not one of {', '.join(allowed)}", where)
    return text


def load_targets(engine: str, path: Path) -> list[DbTarget]:
    """Read a targets YAML file (see the module docstring)."""
    doc = load_yaml(Path(path), "targets")
    data = doc.data
    defaults: dict = {}
    items_path: tuple = ()
    if isinstance(data, dict):
        for key in data:
            if key not in ("targets", "defaults"):
                raise doc.error((key,), "unknown top-level key (expected 'targets' and 'defaults')", key=True)
        if not isinstance(data.get("targets"), list):
            raise doc.error(("targets",), "expected a list of targets")
        defaults = data.get("defaults") or {}
        if not isinstance(defaults, dict):
            raise doc.error(("defaults",), "must be a mapping")
        for key in defaults:
            if key not in _KEYS or key in ("host", "name"):
                raise doc.error(("defaults", key), f"unknown default {key!r}", key=True)
        data, items_path = data["targets"], ("targets",)
    if not isinstance(data, list) or not data:
        raise doc.error(items_path, "expected a non-empty list of targets")
    out: list[DbTarget] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(data):
        p = (*items_path, i)
        where = doc.where(p)
        if isinstance(item, str):
            parsed = parse_dsn(engine, item, where)
            given = {k: getattr(parsed, k) for k in ("host", "port", "user", "dbname", "sslmode", "ca_bundle", "service")
                     if getattr(parsed, k) is not None}
            target = _from_mapping(engine, {**defaults, **given}, doc, p)
        elif isinstance(item, dict):
            target = _from_mapping(engine, {**defaults, **item}, doc, p)
        else:
            raise doc.error(p, "a target must be a DSN string or a mapping with 'host'")
        if target.id in seen:
            raise InputError(f"target {target.id} is listed twice (first at {seen[target.id]})", where)
        seen[target.id] = where
        out.append(target)
    return out


def _from_mapping(engine: str, data: dict, doc: Any, path: tuple) -> DbTarget:
    for key in data:
        if key not in _KEYS:
            raise doc.error((*path, key), f"unknown key (allowed: {', '.join(_KEYS)})", key=True)
    where = doc.where(path)
    host = data.get("host")
    if not isinstance(host, str) or not host.strip() or any(c.isspace() or c in "/@" for c in host.strip()):
        raise doc.error((*path, "host"), "a target needs a 'host' name or address")
    for key in ("user", "dbname", "name", "password_env", "service", "option_file", "ca_bundle"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise doc.error((*path, key), "must be a string")
    tags = data.get("tags") or {}
    if not isinstance(tags, dict):
        raise doc.error((*path, "tags"), "must be a mapping")
    idle = data.get("max_idle_minutes")
    if idle is not None and (isinstance(idle, bool) or not isinstance(idle, int | float) or not 0 < idle <= 1440):
        raise doc.error((*path, "max_idle_minutes"), "must be a number of minutes, 1 to 1440")
    mode = data.get("sslmode", data.get("ssl_mode"))
    target = DbTarget(engine=engine, host=host.strip().strip("[]"),
                      port=_port(data.get("port", DEFAULT_PORT[engine]), doc.where((*path, "port"))),
                      user=data.get("user"), dbname=data.get("dbname"), name=data.get("name"),
                      sslmode=_sslmode(engine, mode, doc.where((*path, "sslmode"))) if mode else None,
                      password_env=data.get("password_env"), service=data.get("service"),
                      option_file=data.get("option_file"), ca_bundle=data.get("ca_bundle"), max_idle_minutes=idle,
                      tags={str(k): str(v) for k, v in tags.items()}, where=where)
    return _checked(target, where)


def _checked(target: DbTarget, where: str) -> DbTarget:
    if target.sslmode:
        object.__setattr__(target, "sslmode", _sslmode(target.engine, target.sslmode, where))
    if target.password_env is not None and not str(target.password_env).strip():
        raise InputError("password_env must name an environment variable", where)
    return target


#: AWS engine names by our engine
_RDS_ENGINES = {"postgres": ("postgres", "aurora-postgresql"),
                "mysql": ("mysql", "mariadb", "aurora-mysql", "aurora")}


def targets_from_inventory(engine: str, inventory: Document) -> list[DbTarget]:
    """RDS instances and Aurora clusters of ``engine`` with an endpoint, from an AWS inventory.

    The resource name is the RDS identifier, so the database findings sit next to the RDS ones;
    a resource without ``endpoint_address`` (an older inventory) cannot be addressed and is skipped.
    """
    resources = inventory.get("resources") if isinstance(inventory, dict) else None
    if not isinstance(resources, dict):
        return []
    out: dict[str, DbTarget] = {}
    for rtype in ("aws_rds_instance", "aws_rds_cluster"):
        items = resources.get(rtype)
        for r in items if isinstance(items, list) else []:
            if not isinstance(r, dict) or r.get("engine") not in _RDS_ENGINES[engine]:
                continue
            address, port = r.get("endpoint_address"), r.get("endpoint_port")
            if not isinstance(address, str) or not address:
                continue
            if rtype == "aws_rds_instance" and r.get("cluster_id"):
                continue  # an Aurora member: its cluster's endpoint is read
            target = DbTarget(engine=engine, host=address,
                              port=port if isinstance(port, int) and not isinstance(port, bool) else DEFAULT_PORT[engine],
                              name=f"{address}:{port}", tags={"rds_id": str(r.get("id"))})
            out.setdefault(target.id, target)
    return list(out.values())


def gather_targets(engine: str, dsns: tuple[str, ...] | list[str], targets_file: Path | None,
                   inventory_file: Path | None) -> list[DbTarget]:
    """Every target of the arguments, the targets file and the inventory, in that order."""
    if engine not in ENGINES:
        raise ValueError(engine)
    out = [parse_dsn(engine, d, f"target argument {i}") for i, d in enumerate(dsns, 1)]
    if targets_file is not None:
        out += load_targets(engine, targets_file)
    if inventory_file is not None:
        from hipaa_scan.scanner.inventory import load_inventory

        inventory, _ = load_inventory(Path(inventory_file))
        found = targets_from_inventory(engine, inventory)
        if not found:
            raise InputError(f"no RDS/Aurora {engine} endpoint in the inventory (fields endpoint_address/"
                             "endpoint_port come from the AWS collector)", str(inventory_file))
        out += found
    if not out:
        raise InputError("no target given (a DSN, --targets FILE or --from-inventory FILE)", "TARGETS")
    seen: set[str] = set()
    for t in out:
        if t.id in seen:
            raise InputError(f"target {t.id} is given twice", t.where or "TARGETS")
        seen.add(t.id)
    return out
