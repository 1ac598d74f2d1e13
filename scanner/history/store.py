"""The history store: open (and migrate), record a scan in one transaction, read scans back.

A store is a SQLAlchemy URL: a SQLite file (the default, in the user's data directory) or a
PostgreSQL database shared by a team (``postgresql://user@host/db``, driver psycopg from the
``db`` extra). The schema is created and upgraded by the Alembic migrations shipped in
``migrations/``; a store whose schema revision this version does not know (written by a newer
hipaa-scan) is refused.

Every failure of the database becomes a :class:`StoreError`: one line, exit 2. Recording is one
transaction (:meth:`Store.recording`): a scan is in the store with all its findings, or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipaa_scan.scanner.errors import HipaaScanError, InputError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

ENV_STORE = "HIPAA_SCAN_STORE"
DEFAULT_FILE = "history.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"

#: finding keys kept in their own columns (placeholders in ``extra`` keep the key order)
_CORE = ("control_id", "status", "severity", "message", "evidence")
#: finding keys equal to the control's own value in nearly every finding: stored once, in ``controls``
_INHERITED = {"title": "title", "hipaa": "hipaa", "remediation": "remediation"}
_HOLE = 0  # the placeholder value: no core or inherited key is ever the number 0


class StoreError(HipaaScanError):
    """The history store cannot be opened, read or written (exit 2)."""


def default_path() -> Path:
    """The embedded store: ``history.sqlite`` in the user's data directory (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("hipaa-scan", appauthor=False)) / DEFAULT_FILE


def resolve_url(value: str | None, env: Mapping[str, str] | None = None) -> str:
    """The store URL: ``value`` (``--store``, else hipaa-scan.yaml ``store:``), else
    ``$HIPAA_SCAN_STORE``, else the SQLite file in the user's data directory."""
    env = os.environ if env is None else env
    value = (value or "").strip() or (env.get(ENV_STORE) or "").strip()
    if not value:
        return "sqlite:///" + str(default_path())
    return normalise_url(value)


def normalise_url(value: str) -> str:
    """A file path → ``sqlite:///ABS``; ``postgresql://`` → SQLAlchemy's psycopg (v3) driver."""
    if "://" not in value:
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    scheme, rest = value.split("://", 1)
    scheme = scheme.lower()
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return "postgresql+psycopg://" + rest
    if scheme == "sqlite":
        return value
    raise InputError(f"unsupported store URL {scheme}://… (give a file path, sqlite:///PATH or postgresql://USER@HOST/DB)",
                     "--store")


def display(url: str) -> str:
    """The URL with any password hidden (for messages)."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True).replace("+psycopg", "")
    except Exception:
        return url.split("@")[-1]


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0].strip() if text else type(orig).__name__


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def scope_key(targets: Any) -> str:
    """What a scan looked at (collectors and their accounts, hosts, endpoints, paths; regions
    left out): scans of the same scope follow one another in drift and trends."""
    items: set[tuple[str, str, str]] = set()
    for t in targets if isinstance(targets, list) else []:
        if not isinstance(t, dict):
            continue
        collector = str(t.get("collector", ""))
        items.add((collector, "", ""))
        for key in ("account", "accounts", "host", "hosts", "endpoint", "endpoints", "path", "paths", "root"):
            v = t.get(key)
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, (str, int)) and str(x):
                    items.add((collector, key.rstrip("s"), str(x)))
    return hashlib.sha256(canonical_json(sorted(items)).encode("utf-8")).hexdigest()[:32]


def accounts_of(results: Mapping[str, Any]) -> list[str]:
    found: set[str] = set()
    for t in results.get("scan", {}).get("targets") or []:
        if isinstance(t, dict):
            for key in ("account", "accounts"):
                v = t.get(key)
                for x in (v if isinstance(v, list) else [v]):
                    if isinstance(x, (str, int)) and str(x):
                        found.add(str(x))
    return sorted(found)


@dataclass
class ScanRow:
    """One recorded scan as ``history list`` shows it."""

    pk: int
    scan_id: str
    kind: str
    started_at: str
    recorded_at: str
    accounts: list[str]
    total: int
    n_pass: int
    n_fail: int
    n_error: int
    n_waived: int
    gate_verdict: str | None
    gate_exit_code: int | None
    signed: str | None
    scope: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "pk"}


@dataclass
class Store:
    """An open history store (``Store.open(url)``)."""

    engine: Engine
    url: str
    created: bool = False  #: the SQLite file did not exist before this open
    path: Path | None = None  #: the SQLite file, if any
    _closed: bool = field(default=False, repr=False)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, create: bool = True) -> Store:
        """Connect, check the schema revision and apply pending migrations.

        ``create`` False: a SQLite file that does not exist is an error (read-only commands).
        """
        from hipaa_scan.scanner.extras import require

        require("history")
        from sqlalchemy import create_engine, event
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        where = display(url)
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise InputError(f"not a store URL ({_first_line(exc)})", "--store") from None
        created, path = False, None
        if parsed.get_backend_name() == "sqlite":
            db = parsed.database or ""
            if db and db != ":memory:":
                path = Path(db)
                where = str(path)
                if path.is_dir():
                    raise StoreError("is a directory, not a SQLite history store", where)
                if path.exists():
                    try:
                        with open(path, "rb") as fh:
                            head = fh.read(len(SQLITE_HEADER))
                    except OSError as exc:
                        raise StoreError(f"cannot read the history store: {exc.strerror}", where) from None
                    if head and head != SQLITE_HEADER:
                        raise StoreError("is not a SQLite database (the history store is corrupted, or this is "
                                         "another kind of file)", where)
                elif not create:
                    raise StoreError("no history store here yet: record a scan with --record first (or give --store)",
                                     where)
                else:
                    try:
                        path.parent.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise StoreError(f"cannot create the store's directory: {exc.strerror}", where) from None
                    created = True
            engine = create_engine(url, connect_args={"timeout": 120})

            @event.listens_for(engine, "connect")
            def _sqlite_connect(dbapi_conn: Any, _rec: Any) -> None:
                dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=120000")
                cur.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer (parallel --record)
                cur.close()

            @event.listens_for(engine, "begin")
            def _sqlite_begin(conn: Any) -> None:
                conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")
        elif parsed.get_backend_name() == "postgresql":
            require("db")
            engine = create_engine(url, connect_args={"connect_timeout": 10}, pool_pre_ping=False)
        else:
            raise InputError(f"unsupported store backend {parsed.get_backend_name()!r}", "--store")
        store = cls(engine, url, created, path)
        with store.translate("cannot open the history store", where):
            store._migrate()
        return store

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            self._closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    @property
    def where(self) -> str:
        return str(self.path) if self.path is not None else display(self.url)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def translate(self, what: str, where: str | None = None) -> Iterator[None]:
        """Database errors → one-line :class:`StoreError`."""
        from sqlalchemy.exc import DBAPIError, SQLAlchemyError

        try:
            yield
        except StoreError:
            raise
        except DBAPIError as exc:
            text = _first_line(exc)
            hint = ""
            if "file is not a database" in text or "malformed" in text:
                hint = " (the SQLite file is corrupted)"
            raise StoreError(f"{what}: {text}{hint}", where or self.where) from None
        except SQLAlchemyError as exc:
            raise StoreError(f"{what}: {_first_line(exc)}", where or self.where) from None
        except Exception as exc:
            dbapi = getattr(self.engine.dialect, "loaded_dbapi", None)
            if dbapi is not None and isinstance(exc, dbapi.Error):  # the driver itself (PostgreSQL's COPY)
                raise StoreError(f"{what}: {_first_line(exc)}", where or self.where) from None
            raise

    def _script(self) -> tuple[Any, Any]:
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg, ScriptDirectory.from_config(cfg)

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def _migrate(self) -> None:
        from alembic import command

        cfg, script = self._script()
        known = {r.revision for r in script.walk_revisions()}
        head = script.get_current_head()
        current = self.revision()
        if current is not None and current not in known:
            raise StoreError(f"the history store was written by a newer hipaa-scan (schema revision {current}; this "
                             f"version knows up to {head}): upgrade hipaa-scan to use it", self.where)
        if current == head:
            return
        with self.engine.connect().execution_options(write=True) as conn, conn.begin():
            if self.is_postgresql:  # parallel first runs: one migrates, the others wait and find it done
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7346120)")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    # -- recording -----------------------------------------------------------------------------
    @contextmanager
    def recording(self, results: Mapping[str, Any], *, kind: str = "scan") -> Iterator[Recording]:
        """Insert the scan and its findings in one transaction, committed when the block ends.

        An exception inside the block (or a database failure) rolls everything back.
        """
        from sqlalchemy.exc import IntegrityError

        with self.translate("cannot record the scan"), \
                self.engine.connect().execution_options(write=True) as conn, conn.begin():
            try:
                pk = _insert_scan(conn, results, kind)
            except IntegrityError as exc:
                if "scan_id" in str(exc.orig) or "scans" in str(exc.orig):
                    raise StoreError(f"scan {results.get('scan', {}).get('id')} is already recorded "
                                     "(a --pin scan of unchanged inputs has the same id)", self.where) from None
                raise
            yield Recording(self, conn, pk, str(results.get("scan", {}).get("id")))

    # -- reading -------------------------------------------------------------------------------
    def list_scans(self, *, since: str | None = None, until: str | None = None, account: str | None = None,
                   limit: int | None = None, scope: str | None = None) -> list[ScanRow]:
        from sqlalchemy import select

        from hipaa_scan.scanner.history.schema import scans

        q = select(scans.c.pk, scans.c.scan_id, scans.c.kind, scans.c.started_at, scans.c.recorded_at,
                   scans.c.accounts, scans.c.total, scans.c.n_pass, scans.c.n_fail, scans.c.n_error, scans.c.n_waived,
                   scans.c.gate_verdict, scans.c.gate_exit_code, scans.c.signature_algorithm, scans.c.scope)
        q = _filters(q, since=since, until=until, account=account, scope=scope)
        q = q.order_by(scans.c.started_at.desc(), scans.c.pk.desc())
        if limit:
            q = q.limit(limit)
        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return [ScanRow(r.pk, r.scan_id, r.kind, r.started_at, r.recorded_at, [a for a in r.accounts.split(",") if a],
                        r.total, r.n_pass, r.n_fail, r.n_error, r.n_waived, r.gate_verdict, r.gate_exit_code,
                        r.signature_algorithm, r.scope)
                for r in reversed(rows)]

    def resolve(self, selector: str | None, *, of: int | None = None) -> ScanRow:
        """A scan by id, unique id prefix, ``latest``, or ``previous`` (the scan before ``of``
        of the same scope; before the latest when ``of`` is None)."""
        from sqlalchemy import select

        from hipaa_scan.scanner.history.schema import scans

        sel = (selector or "latest").strip()
        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            if sel in ("latest", "previous"):
                pk = conn.execute(select(scans.c.pk).order_by(scans.c.started_at.desc(), scans.c.pk.desc())
                                  .limit(1)).scalar()
                if pk is None:
                    raise StoreError("the history store holds no scan yet: record one with --record", self.where)
                if sel == "previous" or of is not None:
                    base = of if of is not None else pk
                    pk = previous_pk(conn, base)
                    if pk is None:
                        raise StoreError("no earlier scan of the same scope to compare with", self.where)
            else:
                found = conn.execute(select(scans.c.pk).where(scans.c.scan_id.startswith(sel, autoescape=True))
                                     .limit(2)).scalars().all()
                if not found:
                    raise StoreError(f"no recorded scan has the id {sel!r} (see 'hipaa-scan history list')", self.where)
                if len(found) > 1:
                    exact = conn.execute(select(scans.c.pk).where(scans.c.scan_id == sel)).scalar()
                    if exact is None:
                        raise StoreError(f"{sel!r} matches several scans; give more of the id", self.where)
                    found = [exact]
                pk = found[0]
        return self.list_scans_by_pk([pk])[0]

    def list_scans_by_pk(self, pks: list[int]) -> list[ScanRow]:
        from sqlalchemy import select

        from hipaa_scan.scanner.history.schema import scans

        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            rows = conn.execute(select(scans).where(scans.c.pk.in_(pks))).all()
        return [ScanRow(r.pk, r.scan_id, r.kind, r.started_at, r.recorded_at, [a for a in r.accounts.split(",") if a],
                        r.total, r.n_pass, r.n_fail, r.n_error, r.n_waived, r.gate_verdict, r.gate_exit_code,
                        r.signature_algorithm, r.scope) for r in rows]

    def previous(self, pk: int) -> ScanRow | None:
        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            prev = previous_pk(conn, pk)
        return self.list_scans_by_pk([prev])[0] if prev is not None else None

    def results(self, pk: int) -> dict[str, Any]:
        """The scan's results document, rebuilt from the store (equal to the one recorded)."""
        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            return rebuild_results(conn, pk)

    def manifest(self, pk: int) -> dict[str, Any] | None:
        from sqlalchemy import select

        from hipaa_scan.scanner.history.schema import scans

        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            text = conn.execute(select(scans.c.manifest).where(scans.c.pk == pk)).scalar()
        return json.loads(text) if text else None

    def diff(self, a: int, b: int) -> Any:
        from hipaa_scan.scanner.history.diff import compute

        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            return compute(conn, a, b)

    def trend(self, **filters: Any) -> Any:
        from hipaa_scan.scanner.history.trend import compute

        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            return compute(conn, **filters)

    def prune(self, cutoff: str, *, dry_run: bool = False) -> tuple[int, int]:
        """Delete scans started before ``cutoff`` (ISO time) and evidence no scan uses any more.

        Returns (scans deleted, evidence blobs deleted).
        """
        from sqlalchemy import delete, exists, func, select

        from hipaa_scan.scanner.history.schema import coverage, evidence, findings, scans

        with self.translate("cannot prune the history store"), \
                self.engine.connect().execution_options(write=True) as conn, conn.begin():
            old = select(scans.c.pk).where(scans.c.started_at < cutoff)
            n = conn.execute(select(func.count()).select_from(old.subquery())).scalar() or 0
            if dry_run or not n:
                return int(n), 0
            conn.execute(delete(findings).where(findings.c.scan_pk.in_(old)))
            conn.execute(delete(coverage).where(coverage.c.scan_pk.in_(old)))
            conn.execute(delete(scans).where(scans.c.started_at < cutoff))
            unused = ~exists().where(findings.c.evidence_sha256 == evidence.c.sha256)
            blobs = conn.execute(delete(evidence).where(unused)).rowcount
            return int(n), int(blobs or 0)

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func, select

        from hipaa_scan.scanner.history.schema import coverage, evidence, findings, scans

        with self.translate("cannot read the history store"), self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                    for t in (scans, findings, evidence, coverage)}


@dataclass
class Recording:
    """A scan being recorded (inside the transaction): what the reports of a recorded scan show."""

    store: Store
    conn: Connection
    pk: int
    scan_id: str

    def previous(self) -> int | None:
        return previous_pk(self.conn, self.pk)

    def diff(self) -> Any:
        """The drift from the previous scan of the same scope (None for the first)."""
        from hipaa_scan.scanner.history.diff import compute

        prev = self.previous()
        return compute(self.conn, prev, self.pk) if prev is not None else None

    def report_context(self, diff: Any) -> dict[str, Any]:
        """What the HTML report's "Changed since the previous scan" and trend charts show."""
        from hipaa_scan.scanner.history.trend import compute, family_charts

        trend = compute(self.conn, scope=_scope_of(self.conn, self.pk), limit=30)
        return {"diff": diff.as_dict(limit=200) if diff is not None else None, "charts": family_charts(trend)}

    def attach_manifest(self, manifest: Mapping[str, Any]) -> None:
        from sqlalchemy import update

        from hipaa_scan.scanner.history.schema import scans

        sig = manifest.get("signature") if isinstance(manifest.get("signature"), dict) else None
        self.conn.execute(update(scans).where(scans.c.pk == self.pk).values(
            manifest=json.dumps(manifest, ensure_ascii=False),
            signature_algorithm=(sig or {}).get("algorithm"), signature_key_id=(sig or {}).get("key_id")))


def _scope_of(conn: Connection, pk: int) -> str:
    from sqlalchemy import select

    from hipaa_scan.scanner.history.schema import scans

    return str(conn.execute(select(scans.c.scope).where(scans.c.pk == pk)).scalar())


def previous_pk(conn: Connection, pk: int) -> int | None:
    """The scan of the same scope recorded just before ``pk`` (by start time)."""
    from sqlalchemy import and_, or_, select

    from hipaa_scan.scanner.history.schema import scans

    me = conn.execute(select(scans.c.scope, scans.c.started_at).where(scans.c.pk == pk)).one_or_none()
    if me is None:
        return None
    q = (select(scans.c.pk).where(scans.c.scope == me.scope, scans.c.pk != pk,
                                  or_(scans.c.started_at < me.started_at,
                                      and_(scans.c.started_at == me.started_at, scans.c.pk < pk)))
         .order_by(scans.c.started_at.desc(), scans.c.pk.desc()).limit(1))
    return conn.execute(q).scalar()


def _filters(q: Any, *, since: str | None = None, until: str | None = None, account: str | None = None,
             scope: str | None = None) -> Any:
    from hipaa_scan.scanner.history.schema import scans

    if since:
        q = q.where(scans.c.started_at >= since)
    if until:
        q = q.where(scans.c.started_at <= until)
    if account:
        q = q.where(scans.c.accounts.contains(f",{account},", autoescape=True))
    if scope:
        q = q.where(scans.c.scope == scope)
    return q


def _insert_scan(conn: Connection, results: Mapping[str, Any], kind: str) -> int:
    from sqlalchemy import insert

    from hipaa_scan.scanner.history.schema import coverage, scans

    scan = results.get("scan") or {}
    found = results.get("findings") or []
    gate = results.get("gate") or {}
    by_status = (results.get("summary") or {}).get("by_status") or {}
    doc = {k: ([] if k == "findings" else v) for k, v in results.items()}
    accounts = accounts_of(results)
    started = str(scan.get("started_at") or scan.get("collected_at") or now_iso())
    inserted = conn.execute(insert(scans).values(
        scan_id=str(scan.get("id")), kind=kind, started_at=started, finished_at=scan.get("finished_at"),
        recorded_at=now_iso(), scope=scope_key(scan.get("targets")), accounts="," + ",".join(accounts) + ",",
        sources=json.dumps(scan.get("targets") or [], ensure_ascii=False),
        scanner_version=scan.get("scanner_version"), policy_set_sha256=scan.get("policy_set_sha256"),
        inventory_sha256=scan.get("inventory_sha256"), fail_on=gate.get("fail_on"), gate_verdict=gate.get("verdict"),
        gate_exit_code=gate.get("exit_code"), total=len(found), n_pass=int(by_status.get("pass", 0)),
        n_fail=int(by_status.get("fail", 0)), n_error=int(by_status.get("error", 0)),
        n_waived=int(by_status.get("waived", 0)), document=json.dumps(doc, ensure_ascii=False),
    )).inserted_primary_key
    assert inserted is not None
    pk = int(inserted[0])
    controls = {c.get("id"): c for c in results.get("controls") or [] if isinstance(c, dict)}
    blobs: dict[str, str] = {}
    rows = []
    # the evidence as written (key order kept, so the rebuilt document is the recorded one), hashed
    plain = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
    sha = hashlib.sha256
    for i, f in enumerate(found):
        text = plain(f.get("evidence") or {})
        digest = sha(text.encode("utf-8")).hexdigest()
        blobs[digest] = text
        ctl = controls.get(f.get("control_id")) or {}
        extra = {}
        for k, v in f.items():
            if k in _CORE or (k in _INHERITED and v == ctl.get(_INHERITED[k])):
                extra[k] = _HOLE
            else:
                extra[k] = v
        r = f.get("resource") or {}
        rows.append((pk, i, str(f.get("control_id")), str(r.get("type") or ""), str(r.get("id") or ""),
                     str(f.get("status")), str(f.get("severity")), str(f.get("message") or ""), digest, plain(extra)))
    cols = ("scan_pk", "ordinal", "control_id", "resource_type", "resource_id", "status", "severity", "message",
            "evidence_sha256", "extra")
    if conn.dialect.name == "postgresql":
        _copy_postgresql(conn, blobs, cols, rows)
    else:
        _executemany(conn, blobs, cols, rows)
    cov = []
    for row in results.get("coverage") or []:
        counts = row.get("counts") or {}
        p, fl, e = int(counts.get("pass", 0)), int(counts.get("fail", 0)), int(counts.get("error", 0))
        cov.append({"scan_pk": pk, "citation": str(row.get("citation")), "safeguard": str(row.get("safeguard") or ""),
                    "status": str(row.get("status")), "n_pass": p, "n_fail": fl, "n_error": e,
                    "n_other": sum(int(v) for v in counts.values()) - p - fl - e})
    if cov:
        conn.execute(insert(coverage), cov)
    return int(pk)


def _executemany(conn: Connection, blobs: dict[str, str], cols: tuple[str, ...], rows: list[tuple]) -> None:
    """SQLite: bulk inserts on the driver's executemany (SQLAlchemy's per-row parameter handling would
    double the time); a blob already stored is skipped."""
    if blobs:
        items = list(blobs.items())
        for start in range(0, len(items), 20000):
            conn.exec_driver_sql("INSERT OR IGNORE INTO evidence (sha256, data) VALUES (?, ?)", items[start:start + 20000])
    sql = f"INSERT INTO findings ({', '.join(cols)}) VALUES ({', '.join(['?'] * len(cols))})"
    for start in range(0, len(rows), 20000):
        conn.exec_driver_sql(sql, rows[start:start + 20000])


def _copy_postgresql(conn: Connection, blobs: dict[str, str], cols: tuple[str, ...], rows: list[tuple]) -> None:
    """PostgreSQL: COPY (one stream instead of a statement per row); evidence through a temporary
    table so that a blob another scan already stored (or is storing right now) is skipped."""
    cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if blobs:
            cur.execute("CREATE TEMPORARY TABLE IF NOT EXISTS evidence_in (sha256 VARCHAR(64), data TEXT) ON COMMIT DROP")
            with cur.copy("COPY evidence_in (sha256, data) FROM STDIN") as copy:
                for item in blobs.items():
                    copy.write_row(item)
            cur.execute("INSERT INTO evidence (sha256, data) SELECT sha256, data FROM evidence_in "
                        "ORDER BY sha256 ON CONFLICT DO NOTHING")
        with cur.copy(f"COPY findings ({', '.join(cols)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cur.close()


def rebuild_results(conn: Connection, pk: int) -> dict[str, Any]:
    from sqlalchemy import select

    from hipaa_scan.scanner.history.schema import evidence, findings, scans

    text = conn.execute(select(scans.c.document).where(scans.c.pk == pk)).scalar()
    if text is None:
        raise StoreError(f"no scan with key {pk}")
    doc = json.loads(text)
    controls = {c.get("id"): c for c in doc.get("controls") or [] if isinstance(c, dict)}
    q = (select(findings.c.control_id, findings.c.status, findings.c.severity, findings.c.message, findings.c.extra,
                evidence.c.data)
         .join(evidence, evidence.c.sha256 == findings.c.evidence_sha256)
         .where(findings.c.scan_pk == pk).order_by(findings.c.ordinal))
    out = []
    loads = json.loads
    for r in conn.execute(q):
        extra = loads(r.extra)
        core = {"control_id": r.control_id, "status": r.status, "severity": r.severity, "message": r.message,
                "evidence": loads(r.data)}
        ctl = controls.get(r.control_id) or {}
        f = {}
        for k, v in extra.items():
            if v == _HOLE and not isinstance(v, bool):
                f[k] = core[k] if k in core else ctl.get(_INHERITED[k])
            else:
                f[k] = v
        out.append(f)
    doc["findings"] = out
    return doc
