"""The OPA-server engine: the same policies evaluated by an Open Policy Agent over its REST API.

It implements the :class:`hipaa_scan.scanner.engine.Engine` interface (``add_module``, ``add_data``,
``set_input``, ``eval_rule``) through opa-python-client, so :class:`hipaa_scan.scanner.evaluate.Evaluator`
runs unchanged and both engines give the same results document (``scan.engine`` says which).

Two ways to reach the policies (docs/engines.md):

- ``push=True``: every module is uploaded with the Policy API
  (``PUT /v1/policies/hipaa-scan/<scan token>/<path>.rego``) under a scan-specific package
  root (``package hipaa.aws...`` becomes ``package hipaa_scan_<token>.aws...``), so that two
  scans, or a bundle that owns the ``hipaa`` root, never collide; each deny set is read with
  one Query API request (``POST /v1/query``, every control's ``deny`` with the inventory as
  input; per control ``POST /v1/data/.../deny`` when that batch fails); the modules are
  deleted afterwards, also when the scan fails (:meth:`OpaEngine.close`).
- ``push=False``: the policies are already deployed, normally as the bundle that
  ``hipaa-scan policy bundle`` writes, under ``package_prefix`` (``hipaa`` by default). Before
  anything is evaluated, :meth:`OpaEngine.verify` reads ``data.<prefix>_meta`` (shipped as data
  in that bundle) and checks that the policy-set hash matches the local one and that every
  control's package answers; otherwise it raises one error naming the missing and stale
  packages, so a partial deployment is never evaluated silently.

Network errors, timeouts and OPA error responses become one-line :class:`EngineError` s (exit
2). An undefined ``deny`` for a control package is an error too, never an empty (passing) set.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import requests
from opa_client import OpaClient
from opa_client.errors import (
    ConnectionsError,
    DeleteDataError,
    DeletePolicyError,
    PolicyNotFoundError,
    QueryExecuteError,
    RegoParseError,
)

from hipaa_scan.scanner.engine import UNDEFINED
from hipaa_scan.scanner.errors import EngineError, HipaaScanError
from hipaa_scan.scanner.opa_packages import (  # noqa: F401  (re-exported)
    ROOT,
    OpaConfig,
    _short_list,
    check_prefix,
    meta_path,
    package_of,
    parse_url,
    read_token,
    rebase_package,
    rebase_source,
    scope_data,
    source_sha256,
)

_DENY_RE = re.compile(r"^deny\b", re.M)
_NA_RE = re.compile(r"^not_applicable\b", re.M)


def _reason(exc: BaseException) -> str:
    """A short reason for a connection-level failure (requests wraps urllib3's several times)."""
    text = str(exc)
    for needle, reason in (("Connection refused", "connection refused"),
                           ("Name or service not known", "host name not known"),
                           ("nodename nor servname", "host name not known"),
                           ("Temporary failure in name resolution", "host name not resolvable"),
                           ("CERTIFICATE_VERIFY_FAILED", "TLS certificate not trusted"),
                           ("SSLError", "TLS handshake failed"),
                           ("RemoteDisconnected", "the server closed the connection"),
                           ("Connection reset", "connection reset"),
                           ("timed out", "timed out")):
        if needle in text:
            return reason
    return type(exc).__name__


def _opa_error(body: Any) -> str:
    """``{"code": ..., "message": ..., "errors": [...]}`` (OPA's error body) → one line."""
    if not isinstance(body, dict):
        return "no error body"
    text = " ".join(str(x) for x in (body.get("code"), body.get("message")) if x)
    details = []
    for err in body.get("errors") or []:
        if isinstance(err, dict) and err.get("message"):
            loc = err.get("location") or {}
            at = f" ({loc.get('file')}:{loc.get('row')})" if loc.get("file") else ""
            details.append(f"{err['message']}{at}")
    if details:
        text += ": " + "; ".join(details[:3])
    return " ".join(text.split()) or "no error message"


# ----------------------------------------------------------------------------- the engine
class OpaEngine:
    """Rego evaluated by an OPA server, through opa-python-client."""

    name = "opa"

    def __init__(self, url: str, *, token: str | None = None, push: bool = False, package_prefix: str = ROOT,
                 timeout: float = 30.0, policy_set_sha256: str | None = None, client: OpaClient | None = None):
        host, port, tls = parse_url(url)
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.push = push
        self.token = uuid.uuid4().hex[:12]
        self.prefix = f"hipaa_scan_{self.token}" if push else check_prefix(package_prefix)
        self.policy_set_sha256 = policy_set_sha256
        self.client = client or OpaClient(host=host, port=port, ssl=tls, token=token, timeout=timeout)
        self._modules: list[tuple[str, str, str]] = []  # (path, package, source)
        self._packages: set[str] = set()
        self._input: Mapping[str, Any] | None = None
        self._batch: dict[str, Any] | None = None
        self._failed: dict[str, EngineError] = {}  # deny rule → its run-time error, from a batch
        self._prepared = False
        self._pushed: list[str] = []
        self._data: dict[str, Any] = {}
        self._pushed_data: list[str] = []

    @classmethod
    def from_config(cls, cfg: OpaConfig, policy_set_sha256: str) -> OpaEngine:
        token = read_token(cfg.token_file) if cfg.token_file else None
        return cls(cfg.url, token=token, push=cfg.push, package_prefix=cfg.package_prefix, timeout=cfg.timeout,
                   policy_set_sha256=policy_set_sha256)

    # -- error mapping: every client call goes through here
    def _call(self, what: str, fn: Callable, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except requests.Timeout:
            raise OpaUnavailable(f"OPA at {self.url} did not answer {what} within {self.timeout:g} s") from None
        except requests.ConnectionError as exc:
            raise OpaUnavailable(f"cannot reach OPA at {self.url} ({what}): {_reason(exc)}") from None
        except ConnectionsError as exc:
            raise OpaUnavailable(f"cannot reach OPA at {self.url} ({what}): {exc.message}") from None
        except requests.HTTPError as exc:
            resp = exc.response
            try:
                body = resp.json()
            except ValueError:
                body = None
            status = resp.status_code if resp is not None else 0
            text = f"OPA at {self.url} answered HTTP {status or '?'} to {what}: {_opa_error(body)}"
            if status == 500 and isinstance(body, dict) and body.get("code") == "internal_error" \
                    and what.startswith(("POST /v1/data/", "POST /v1/query")):
                raise EngineError(text) from None  # the policy failed at run time on this input
            raise OpaUnavailable(text) from None
        except RegoParseError as exc:  # the client raises it for any refused PUT
            body = {"code": exc.expression, "message": exc.message, "errors": exc.errors}
            kind = OpaRejected if exc.expression == "invalid_parameter" else OpaUnavailable
            raise kind(f"OPA at {self.url} rejected {what}: {_opa_error(body)}") from None
        except (PolicyNotFoundError, DeletePolicyError, DeleteDataError, QueryExecuteError) as exc:
            body = {"code": exc.expression, "message": exc.message}
            raise OpaUnavailable(f"OPA at {self.url} refused {what}: {_opa_error(body)}") from None
        except ValueError:  # a body that is not JSON (a proxy's error page, a non-OPA server)
            raise OpaUnavailable(f"OPA at {self.url} answered {what} with something that is not OPA's JSON") from None
        except requests.RequestException as exc:
            raise OpaUnavailable(f"request to OPA at {self.url} failed ({what}): {_reason(exc)}") from None

    # -- the Engine interface
    def add_module(self, path: str, source: str) -> None:
        package = package_of(source)
        if package is None:
            raise EngineError("module has no package declaration", path)
        self._modules.append((path, package, source))
        self._packages.add(package)

    def add_data(self, data: dict) -> None:
        """Data the policies read (``data.hipaa_scope``): pushed with the Data API, or checked in the bundle."""
        for key, value in data.items():
            self._data[rebase_package(key, ROOT)] = value

    def set_input(self, document: Mapping[str, Any]) -> None:
        if not self._prepared:
            if self.push:
                self.push_modules()
            else:
                self.verify()
            self._prepared = True
        self._input = document
        self._batch = None

    def _batched(self) -> dict[str, Any]:
        """Every control's deny set through the Query API, the inventory uploaded once per request.

        ``POST /v1/query`` with ``r0 := data.<pkg0>.deny; r1 := ...`` and the input. A policy
        that fails at run time (500) or a deny set that is undefined fails the whole query, so
        the control whose module OPA's error names keeps that error (its findings become
        ``error``) and the others are asked again; when the error names no control module (a
        library failed) or the answer is undefined, the rules are split in halves, until the
        culprits stand alone and are left to :meth:`eval_rule`, which asks for each of them
        with the Data API and reports its error (or the missing package) for that control.
        """
        if self._batch is None:
            self._batch, self._failed = {}, {}
            rules = sorted({f"data.{p}.deny" for _, p, src in self._modules if _DENY_RE.search(src)}
                           | {f"data.{p}.not_applicable" for _, p, src in self._modules if _NA_RE.search(src)})
            self._query_batch(rules)
        return self._batch

    def _query_batch(self, rules: list[str]) -> None:
        if not rules:
            return
        names = {f"r{i}": rule for i, rule in enumerate(rules)}
        query = "; ".join(f"{var} := data.{self._remote(rule)}" for var, rule in names.items())
        try:
            out = self._call(f"POST /v1/query ({len(rules)} deny rules)", self.client.ad_hoc_query, query,
                             self._input, {"strict-builtin-errors": "true"})
        except EngineError as exc:
            # OPA names the module of the failing expression (<...>/aws/s3/x.rego:17): leave that
            # control to eval_rule and ask for the others again; otherwise halve.
            culprits = [r for r in rules if self._module_file(r) in str(exc)]
            if len(culprits) == 1:
                self._failed[culprits[0]] = exc
                self._query_batch([r for r in rules if r not in culprits])
                return
            out = None
        if out is not None and not isinstance(out, dict):
            raise OpaUnavailable(f"OPA at {self.url} answered POST /v1/query with something that is not OPA's JSON")
        rows = (out or {}).get("result")
        if isinstance(rows, list) and len(rows) == 1 and isinstance(rows[0], dict) \
                and all(var in rows[0] for var in names):
            batch = self._batch if self._batch is not None else {}
            batch.update({rule: rows[0][var] for var, rule in names.items()})
            self._batch = batch
        elif len(rules) > 1:
            half = len(rules) // 2
            self._query_batch(rules[:half])
            self._query_batch(rules[half:])

    @staticmethod
    def _module_file(rule: str) -> str:
        """``data.hipaa.aws.s3.x.deny`` → ``/aws/s3/x.rego``, the tail of its module's id or bundle path."""
        package = rule.removeprefix("data.").rpartition(".")[0]
        return "/" + "/".join(package.split(".")[1:]) + ".rego:"

    def _remote(self, rule: str) -> str:
        package, _, name = rule.removeprefix("data.").rpartition(".")
        remote = rebase_package(package, self.prefix) if package.split(".")[0] == ROOT else package
        return f"{remote}.{name}"

    def eval_rule(self, rule: str) -> Any:
        """POST /v1/data/<rule path> with the input; UNDEFINED when OPA leaves it undefined.

        An undefined rule of a package this engine was given is an error: a partial set rule
        (``deny``) is always defined (possibly empty) when its package is loaded, so undefined
        means the package is gone from the server, and that must never read as "no denials".
        """
        if self._input is None:
            raise EngineError(f"evaluating {rule}: no input was set")
        batch = self._batched()
        if rule in batch:
            return batch[rule]
        if rule in self._failed:
            raise self._failed[rule]
        return self._direct(rule, self._input)

    def eval_rules_on(self, rules: list[str], document: dict) -> dict[str, Any]:
        """These rules over another input, each with the Data API, leaving the batch as it is
        (evaluation isolates a control's run-time error to the resources that cause it)."""
        return {rule: self._direct(rule, document) for rule in rules}

    def _direct(self, rule: str, document: Mapping[str, Any] | None) -> Any:
        package, _, name = rule.removeprefix("data.").rpartition(".")
        remote = rebase_package(package, self.prefix) if package.split(".")[0] == ROOT else package
        what = f"POST /v1/data/{remote.replace('.', '/')}/{name}"
        # strict-builtin-errors: a built-in given the wrong type (count(false)) is an error, as in the
        # embedded engine, not an undefined expression that would let a malformed resource pass.
        out = self._call(what, self.client.query_rule, document, remote, name, {"strict-builtin-errors": "true"})
        if not isinstance(out, dict):
            raise OpaUnavailable(f"OPA at {self.url} answered {what} with something that is not OPA's JSON")
        if "result" not in out:
            if package in self._packages:
                raise OpaUnavailable(f"OPA at {self.url} has no data.{remote}.{name} (the package disappeared "
                                     "from the server during the scan?); nothing was evaluated as passing")
            return UNDEFINED
        return out["result"]

    # -- push mode
    def policy_id(self, package: str) -> str:
        return f"hipaa-scan/{self.token}/" + "/".join(package.split(".")[1:]) + ".rego"

    def push_modules(self) -> None:
        """PUT the data documents, then every module (libraries first; one that needs another is retried)."""
        for key, value in sorted(self._data.items()):
            path = rebase_package(key, self.prefix).replace(".", "/")
            self._call(f"PUT /v1/data/{path}", self.client.update_or_create_data, value, path)
            self._pushed_data.append(path)
        pending = list(self._modules)
        while pending:
            failed, last = [], None
            for path, package, source in pending:
                pid = self.policy_id(package)
                try:
                    self._call(f"PUT /v1/policies/{pid} ({path})", self.client.update_policy_from_string,
                               rebase_source(source, self.prefix), pid, rego_compat=False)
                    self._pushed.append(pid)
                except OpaRejected as exc:  # may compile once a module it needs is there
                    failed.append((path, package, source))
                    last = exc
            if len(failed) == len(pending) and last is not None:
                raise last
            pending = failed

    def close(self) -> list[str]:
        """Delete what was pushed, newest first; return one line per module that could not be deleted."""
        problems = []
        while self._pushed:
            pid = self._pushed.pop()
            try:
                self._call(f"DELETE /v1/policies/{pid}", self.client.delete_policy, pid)
            except HipaaScanError as exc:
                problems.append(str(exc))
        while self._pushed_data:
            path = self._pushed_data.pop()
            try:
                self._call(f"DELETE /v1/data/{path}", self.client.delete_data, path)
            except HipaaScanError as exc:
                problems.append(str(exc))
        try:
            self.client.close_connection()
        except Exception as exc:  # closing a requests session; nothing to report to the user
            problems.append(f"closing the connection to OPA at {self.url}: {exc}")
        return problems

    def __enter__(self) -> OpaEngine:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        problems = self.close()
        if problems and exc_type is None:
            raise OpaUnavailable(f"the scan finished but {len(problems)} pushed document(s) could not be removed "
                                 f"from OPA; first: {problems[0]}")

    # -- deployed (bundle) mode
    def verify(self) -> None:
        """Check the deployed policies against the local ones before evaluating anything."""
        meta_ref = meta_path(self.prefix)
        meta_url = meta_ref.replace(".", "/")
        try:
            body = self._call(f"GET /v1/data/{meta_url}", self._get_defined, meta_url)
        except _Undefined:
            flag = "" if self.prefix == ROOT else f" --package-prefix {self.prefix}"
            raise OpaUnavailable(f"OPA at {self.url} has no data.{meta_ref}: deploy the bundle that "
                                 f"`hipaa-scan policy bundle{flag}` writes, or use --opa-push") from None
        meta = body if isinstance(body, dict) else {}
        packages = meta.get("packages")
        remote_hashes: dict = packages if isinstance(packages, dict) else {}
        missing, stale = [], []
        for _path, package, source in self._modules:
            remote = rebase_package(package, self.prefix)
            if remote_hashes.get(package) is None:
                missing.append(remote)
            elif remote_hashes[package] != source_sha256(source):
                stale.append(remote)
        controls = sorted({rebase_package(p, self.prefix) for _, p, s in self._modules
                           if _DENY_RE.search(s)} - set(missing))
        for remote in controls:
            path = remote.replace(".", "/") + "/deny"
            try:
                self._call(f"GET /v1/data/{path}", self._get_defined, path)
            except _Undefined:
                missing.append(remote)
        for key, value in sorted(self._data.items()):
            remote = rebase_package(key, self.prefix)
            path = remote.replace(".", "/")
            try:
                if self._call(f"GET /v1/data/{path}", self._get_defined, path) != value:
                    stale.append(f"data.{remote}")
            except _Undefined:
                missing.append(f"data.{remote}")
        theirs = meta.get("policy_set_sha256")
        if missing or stale:
            parts = []
            if missing:
                parts.append(f"missing packages: {_short_list(missing)}")
            if stale:
                parts.append(f"stale packages: {_short_list(stale)}")
            raise OpaUnavailable(f"OPA at {self.url} does not serve this policy set "
                                 f"(policy-set sha256 {str(theirs)[:12]} there, {str(self.policy_set_sha256)[:12]} here); "
                                 f"{'; '.join(parts)}; redeploy `hipaa-scan policy bundle` or use --opa-push")
        if self.policy_set_sha256 and theirs != self.policy_set_sha256:
            raise OpaUnavailable(f"OPA at {self.url} serves policy set sha256 {str(theirs)[:12]}, this scanner has "
                                 f"{self.policy_set_sha256[:12]} (same modules, different catalogue); redeploy "
                                 "`hipaa-scan policy bundle` or use --opa-push")

    def _get_defined(self, path: str):
        try:
            return self.client.get_data(path)["result"]
        except PolicyNotFoundError as exc:
            if exc.expression == "PolicyNotFoundError":  # 200 with no "result": undefined
                raise _Undefined(path) from None
            raise


class OpaUnavailable(HipaaScanError):
    """OPA could not be asked (network, timeout, authentication, not OPA's answer): the scan stops, exit 2.

    Distinct from :class:`EngineError`, which evaluation turns into ``error`` findings for the one
    control whose evaluation failed (OPA's 500 ``internal_error`` for a policy run-time error,
    the same as the embedded engine raising on that policy).
    """


class OpaRejected(OpaUnavailable):
    """OPA refused a module or document as invalid (400 ``invalid_parameter``)."""


class _Undefined(Exception):
    """A data path that OPA answers without a result."""
