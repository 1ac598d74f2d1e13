"""A local stand-in for an OPA server: the parts of OPA's v1 REST API that hipaa-scan uses.

No OPA binary is installable on these machines, so the OPA-engine tests talk to this
server instead. It listens on 127.0.0.1 (a free port) and implements, as OPA documents them:

- ``GET /health`` → 200 ``{}``;
- Policy API: ``GET /v1/policies`` (``{"result": [{"id", "raw", "ast"}]}``), ``GET/PUT/DELETE
  /v1/policies/{id}`` (PUT takes the module as ``text/plain``; a module that does not compile
  is 400 ``{"code": "invalid_parameter", "errors": [...]}``; a module under a bundle's root is
  refused; an unknown id is 404 ``resource_not_found``);
- Data API: ``GET /v1/data/{path}`` and ``POST /v1/data/{path}`` with ``{"input": ...}`` →
  ``{"result": value}``, or ``{}`` when the document is undefined; evaluation errors are 500
  ``internal_error``; ``PUT``/``DELETE /v1/data/{path}`` (204);
- Query API: ``POST /v1/query`` with ``{"query": "v0 := data.a.b; v1 := data.c.d", "input": ...}``
  → ``{"result": [{"v0": ..., "v1": ...}]}``, ``{}`` if any expression is undefined (only
  queries of such assignments, which is all hipaa-scan sends);
- bearer-token authentication (``--authentication=token`` with an allow-all authorization
  policy): a wrong or missing token is 401 ``unauthorized``;
- :meth:`OpaFixture.load_bundle`: what ``opa run --server --bundle file.tar.gz`` does with a
  bundle (``.manifest`` roots enforced, ``data.json`` files placed at their directory's path).

Rules are evaluated by OPA's own Go engine (v1.20, in process through
``opa-golib-python-bindings``: :class:`hipaa_scan.scanner.engine_opa_embedded.OpaEmbeddedEngine`), so the
OPA-engine tests and the engine-equivalence tests compare regorus with a real OPA. A PUT module
is checked on its own at once (a parse error, or a compile error other than a reference to a
module not yet pushed, is 400); the whole set compiles on the next query. ``faults`` injects failures (status + body, a
hang, a dropped connection) for one method/path substring.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import tarfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from hipaa_scan.scanner.engine import UNDEFINED
from hipaa_scan.scanner.engine_opa_embedded import OpaEmbeddedEngine
from hipaa_scan.scanner.errors import HipaaScanError

_PACKAGE_RE = re.compile(r"^\s*package\s+([A-Za-z_][\w.]*)\s*$", re.M)
_WHERE_RE = re.compile(r":(\d+):(\d+)$")
_ASSIGN_RE = re.compile(r"^([A-Za-z_]\w*)\s*:=\s*data\.([A-Za-z_][\w.]*)$")


@dataclass
class Fault:
    method: str  # GET, PUT, POST, DELETE
    path_contains: str = ""
    status: int | None = None  # answer with this status and body
    body: object = None
    hang: float = 0.0  # sleep this long before answering
    drop: bool = False  # close the connection without an answer
    raw: bytes | None = None  # answer with these bytes as text/html (with ``status``)
    times: int = 1_000_000


class OpaFixture:
    def __init__(self, token: str | None = None):
        self.token = token
        self.policies: dict[str, str] = {}  # Policy API modules: id → source
        self.bundle_modules: dict[str, str] = {}
        self.bundle_roots: list[str] = []
        self.bundle_revision: str | None = None
        self.data: dict = {}
        self.faults: list[Fault] = []
        self.log: list[tuple[str, str, int]] = []  # (method, path, status)
        self.server_errors: list[str] = []
        self._lock = threading.RLock()
        # Every engine call runs on this one worker thread (requests are still served
        # concurrently), so module swaps and queries never interleave.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="opa-fixture-engine")
        self._engine = None
        self._pending = ({}, {})
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> OpaFixture:
        fixture = self

        class Handler(_Handler):
            opa = fixture

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.fixture = self
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="opa-fixture", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        self._on_engine(setattr, self, "_engine", None)
        self._worker.shutdown(wait=False, cancel_futures=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # ------------------------------------------------------------------ state (engine thread)
    def _on_engine(self, fn, *args):
        return self._worker.submit(fn, *args).result()

    def _swap(self, bundle_modules: dict, policies: dict, mode: str) -> HipaaScanError | None:
        """On the engine thread: make an engine of these modules current.

        ``mode`` "add": one new module id since the current engine (a PUT of a new id): the
        current engine is cloned and only that module compiled; "rebuild": compile everything
        now (a replaced id, a new bundle); "lazy": rebuild on the next query (a delete).
        On a compile error nothing changes and the error is returned, not raised.
        """
        try:
            if mode == "add" and self._engine is not None:
                (new_id,) = set(policies) - set(self.policies)
                _check_alone(new_id, policies[new_id])
                twin = self._engine.clone()
                twin.add_module(new_id, policies[new_id])
                self._engine = twin
            elif mode == "lazy":
                self._engine = None
            else:
                built = self._build(bundle_modules, policies)
                self._engine = built
            self._pending = (bundle_modules, policies)
        except HipaaScanError as exc:
            return HipaaScanError(exc.message, exc.where)
        return None

    def _current(self) -> OpaEmbeddedEngine:
        if self._engine is None:
            self._engine = self._build(*self._pending)
        return self._engine

    def _build(self, bundle_modules: dict, policies: dict) -> OpaEmbeddedEngine:
        engine = OpaEmbeddedEngine()
        if self.data:
            engine.add_data(self.data)
        for mid, source in {**bundle_modules, **policies}.items():
            engine.add_module(mid, source)
        engine.compile()
        return engine

    def load_bundle(self, path, name: str = "hipaa") -> dict:
        """Activate a bundle as ``opa run --server --bundle`` would; return its manifest."""
        with open(path, "rb") as fh:
            raw = gzip.decompress(fh.read())
        manifest, modules, data = {}, {}, {}
        with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
            for member in tar.getmembers():
                if not member.isfile():
                    continue
                rel = member.name.lstrip("/")
                content = tar.extractfile(member).read()
                if rel == ".manifest":
                    manifest = json.loads(content)
                elif rel.endswith(".rego"):
                    modules[f"{name}/{rel}"] = content.decode("utf-8")
                elif rel.rsplit("/", 1)[-1] == "data.json":
                    keys = [k for k in rel.rsplit("/", 1)[0].split("/") if k] if "/" in rel else []
                    doc = json.loads(content)
                    for k in reversed(keys):
                        doc = {k: doc}
                    _merge(data, doc)
        roots = manifest.get("roots", [""])
        for mid, source in modules.items():
            pkg = _PACKAGE_RE.search(source).group(1).replace(".", "/")
            if not any(_under(pkg, r) for r in roots):
                raise ValueError(f"manifest roots {roots} do not permit package {pkg} ({mid})")
        outside = _data_outside_roots(data, roots)
        if outside:
            raise ValueError(f"manifest roots {roots} do not permit data at path /{outside[0]}")
        with self._lock:
            old_data, self.data = self.data, data
            err = self._on_engine(self._swap, modules, self.policies, "rebuild")
            if err:
                self.data = old_data
                raise ValueError(f"bundle does not compile: {err}")
            self.bundle_modules = modules
            self.bundle_roots = roots
            self.bundle_revision = manifest.get("revision")
        return manifest

    # ------------------------------------------------------------------ API
    def put_policy(self, pid: str, source: str) -> tuple[int, dict]:
        m = _PACKAGE_RE.search(source)
        if not m:
            return 400, _compile_error(pid, "rego_parse_error", "package expected", 1, 1)
        pkg = m.group(1).replace(".", "/")
        owner = next((r for r in self.bundle_roots if _under(pkg, r) or _under(r, pkg)), None)
        if owner is not None:
            return 400, {"code": "invalid_parameter",
                         "message": f"path \"{pkg}\" is owned by bundle \"hipaa\" (root \"{owner}\")"}
        with self._lock:
            mode = "rebuild" if pid in self.policies else "add"
            err = self._on_engine(self._swap, self.bundle_modules, {**self.policies, pid: source}, mode)
            if err is not None:
                row, col = 1, 1
                m2 = _WHERE_RE.search(err.where or "")
                if m2:
                    row, col = int(m2.group(1)), int(m2.group(2))
                return 400, _compile_error(pid, "rego_parse_error", err.message, row, col)
            self.policies[pid] = source
        return 200, {}

    def write_data(self, path: str, value, delete: bool) -> tuple[int, dict]:
        """Data API PUT (create or replace a document) and DELETE, as OPA answers them (204)."""
        keys = [k for k in path.split("/") if k]
        owner = next((r for r in self.bundle_roots if _under("/".join(keys), r) or _under(r, "/".join(keys))), None)
        if owner is not None:
            return 400, {"code": "invalid_parameter", "message": f"path \"{path}\" is owned by bundle \"hipaa\""}
        with self._lock:
            data = json.loads(json.dumps(self.data))
            cur = data
            for k in keys[:-1]:
                if not isinstance(cur.get(k), dict):
                    if delete:
                        return 404, {"code": "resource_not_found", "message": f"storage_not_found_error: /{path}"}
                    cur[k] = {}
                cur = cur[k]
            if delete:
                if keys[-1] not in cur:
                    return 404, {"code": "resource_not_found", "message": f"storage_not_found_error: /{path}"}
                del cur[keys[-1]]
            else:
                cur[keys[-1]] = value
            old, self.data = self.data, data
            err = self._on_engine(self._swap, self.bundle_modules, self.policies, "rebuild")
            if err:
                self.data = old
                return 400, {"code": "invalid_parameter", "message": str(err)}
        return 204, {}

    def delete_policy(self, pid: str) -> tuple[int, dict]:
        with self._lock:
            if pid not in self.policies:
                return 404, {"code": "resource_not_found", "message": f"storage_not_found_error: policy id \"{pid}\""}
            rest = {k: v for k, v in self.policies.items() if k != pid}
            self._on_engine(self._swap, self.bundle_modules, rest, "lazy")
            self.policies = rest
        return 200, {}

    def query(self, path: str, input_doc) -> tuple[int, dict]:
        with self._lock:
            return self._on_engine(self._query, path, input_doc)

    def _query(self, path: str, input_doc) -> tuple[int, dict]:
        engine = self._current()
        engine.set_input(input_doc if input_doc is not None else {})
        return self._eval(engine, [p for p in path.split("/") if p])

    def _eval(self, engine: OpaEmbeddedEngine, parts: list[str]) -> tuple[int, dict]:
        """A rule or data path through the engine (the data documents are in its store too)."""
        try:
            if parts:
                value = engine.eval_rule("data." + ".".join(parts))
                if value is not UNDEFINED:
                    return 200, {"result": value}
                return 200, {}
        except HipaaScanError as exc:
            # OPA names the location first: "1 error occurred: <module>:<row>: eval_...: ..."
            return 500, {"code": "internal_error", "message": f"1 error occurred: {exc}"}
        cur = self.data
        for p in parts:
            if not isinstance(cur, dict) or p not in cur:
                return 200, {}
            cur = cur[p]
        return 200, {"result": cur}

    def adhoc(self, query: str, input_doc) -> tuple[int, dict]:
        """Query API, for queries of the form ``v1 := data.a.b; v2 := data.c.d`` (all hipaa-scan sends)."""
        statements = [st.strip() for st in query.split(";") if st.strip()]
        refs = [_ASSIGN_RE.match(st) for st in statements]
        if not statements or not all(refs):
            return 400, {"code": "invalid_parameter",
                         "message": "this fixture answers only queries of 'var := data.<path>' statements"}
        with self._lock:
            return self._on_engine(self._adhoc, [(m.group(1), m.group(2)) for m in refs], input_doc)

    def _adhoc(self, refs: list[tuple[str, str]], input_doc) -> tuple[int, dict]:
        engine = self._current()
        engine.set_input(input_doc if input_doc is not None else {})
        try:  # one evaluation for the whole query, as OPA does: one error fails it all
            values = engine.eval_rules([f"data.{ref}" for _, ref in refs])
        except HipaaScanError as exc:
            return 500, {"code": "internal_error", "message": f"1 error occurred: {exc}"}
        row = {}
        for var, ref in refs:
            value = values[f"data.{ref}"]
            if value is UNDEFINED:
                return 200, {}  # one undefined expression: the whole query is undefined
            row[var] = value
        return 200, {"result": [row]}

    def policy_doc(self, pid: str, source: str) -> dict:
        pkg = _PACKAGE_RE.search(source).group(1).split(".")
        path = [{"type": "var", "value": "data"}] + [{"type": "string", "value": p} for p in pkg]
        return {"id": pid, "raw": source, "ast": {"package": {"path": path}}}


class _Server(ThreadingHTTPServer):
    fixture: OpaFixture

    def handle_error(self, request, client_address):  # e.g. a client that hung up: recorded, not printed
        import sys

        self.fixture.server_errors.append(repr(sys.exc_info()[1]))


class _Handler(BaseHTTPRequestHandler):
    opa: OpaFixture
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    wbufsize = 1 << 16  # headers and body leave in one write (flushed after each request)

    def log_message(self, *args):  # quiet
        pass

    def _send(self, status: int, body: dict) -> None:
        data = b"" if status == 204 else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.opa.log.append((self.command, self.path, status))

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def _fault(self) -> bool:
        for f in self.opa.faults:
            if f.method == self.command and f.path_contains in self.path and f.times > 0:
                f.times -= 1
                if f.hang:
                    time.sleep(f.hang)
                if f.drop:
                    self.close_connection = True
                    self.connection.close()
                    self.opa.log.append((self.command, self.path, 0))
                    return True
                if f.raw is not None:
                    self.send_response(f.status or 200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(f.raw)))
                    self.end_headers()
                    self.wfile.write(f.raw)
                    self.opa.log.append((self.command, self.path, f.status or 200))
                    return True
                if f.status is not None:
                    self._send(f.status, f.body if f.body is not None else {})
                    return True
        return False

    def _handle(self) -> None:
        body = self._body()
        if self._fault():
            return
        path = self.path.split("?", 1)[0]
        if path == "/health" and self.command == "GET":
            return self._send(200, {})
        if self.opa.token and self.headers.get("Authorization") != f"Bearer {self.opa.token}":
            return self._send(401, {"code": "unauthorized", "message": "missing or invalid bearer token"})
        opa = self.opa
        if path.rstrip("/") == "/v1/policies" and self.command == "GET":
            with opa._lock:
                mods = {**opa.bundle_modules, **opa.policies}
            return self._send(200, {"result": [opa.policy_doc(k, v) for k, v in sorted(mods.items())]})
        if path.startswith("/v1/policies/"):
            pid = path[len("/v1/policies/"):]
            if self.command == "PUT":
                return self._send(*opa.put_policy(pid, body.decode("utf-8")))
            if self.command == "DELETE":
                return self._send(*opa.delete_policy(pid))
            if self.command == "GET":
                with opa._lock:
                    src = {**opa.bundle_modules, **opa.policies}.get(pid)
                if src is None:
                    return self._send(404, {"code": "resource_not_found",
                                            "message": f"storage_not_found_error: policy id \"{pid}\""})
                return self._send(200, {"result": opa.policy_doc(pid, src)})
        if path == "/v1/query" and self.command == "POST":
            try:
                req = json.loads(body)
                query, input_doc = req["query"], req.get("input")
            except (ValueError, KeyError, TypeError):
                return self._send(400, {"code": "invalid_parameter", "message": "body must be {\"query\": ...}"})
            return self._send(*opa.adhoc(query, input_doc))
        if path.startswith("/v1/data/") and self.command in ("PUT", "DELETE"):
            try:
                value = json.loads(body) if self.command == "PUT" else None
            except ValueError:
                return self._send(400, {"code": "invalid_parameter", "message": "body must be JSON"})
            return self._send(*opa.write_data(path[len("/v1/data/"):], value, self.command == "DELETE"))
        if path == "/v1/data" or path.startswith("/v1/data/"):
            if self.command in ("GET", "POST"):
                input_doc = None
                if self.command == "POST" and body:
                    try:
                        input_doc = json.loads(body).get("input")
                    except (ValueError, AttributeError):
                        return self._send(400, {"code": "invalid_parameter", "message": "body must be a JSON object"})
                return self._send(*opa.query(path[len("/v1/data"):], input_doc))
        return self._send(404, {"code": "resource_not_found", "message": f"{self.command} {path} is not served here"})

    do_GET = do_PUT = do_POST = do_DELETE = _handle


def _check_alone(pid: str, source: str) -> None:
    """Compile one module on its own, as OPA does on a Policy API PUT. A reference to a function
    of a module not pushed yet is left for the full compile (hipaa-scan pushes libraries first,
    but a test may push in any order)."""
    engine = OpaEmbeddedEngine()
    engine.add_module(pid, source)
    try:
        engine.compile()
    except HipaaScanError as exc:
        if "undefined function" not in exc.message:
            raise
    finally:
        engine.close()


def _compile_error(pid: str, code: str, message: str, row: int, col: int) -> dict:
    return {"code": "invalid_parameter", "message": "error(s) occurred while compiling module(s)",
            "errors": [{"code": code, "message": message, "location": {"file": pid, "row": row, "col": col}}]}


def _under(path: str, root: str) -> bool:
    path, root = path.strip("/"), root.strip("/")
    return root == "" or path == root or path.startswith(root + "/")


def _merge(dst: dict, src: dict) -> None:
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            _merge(dst[k], v)
        else:
            dst[k] = v


def _data_outside_roots(doc: dict, roots: list[str], prefix: str = "") -> list[str]:
    """Data paths not under any root (OPA refuses such a bundle); ancestors of a root are walked into."""
    out = []
    for k, v in doc.items():
        p = f"{prefix}/{k}" if prefix else k
        if any(_under(p, r) for r in roots):
            continue
        if isinstance(v, dict) and any(_under(r, p) for r in roots):
            out.extend(_data_outside_roots(v, roots, p))
        else:
            out.append(p)
    return out


if __name__ == "__main__":  # a stand-alone fixture (bench/evaluate.py): prints its URL, serves until stdin closes
    import sys

    server = OpaFixture().start()
    print(server.url, flush=True)
    sys.stdin.read()
    server.stop()
