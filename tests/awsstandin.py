"""A local HTTP stand-in for the AWS operations moto cannot serve.

It listens on 127.0.0.1, tells the service from the request's SigV4 credential scope, the
operation from the X-Amz-Target header (JSON protocol) or from the method and the request URI
templates of botocore's service model (REST-JSON protocol), and answers only the operations it
was given. Each answer is written in botocore's member names (as a client returns them) and is
serialised through the operation's output shape from the service model: wire names
(``locationName``), timestamps as epoch seconds, and a member the shape does not have is a test
error, not a silent extra. Any other operation gets a 400 ``UnknownOperationException``, which
the collector records as an inventory error.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

import botocore.session

Answer = dict | Callable[[dict], dict]  #: a response in member names, or a function of the request's input


class ShapeError(AssertionError):
    """A canned answer does not fit the operation's output shape."""


def _serialise(shape, value, where: str):
    kind = shape.type_name
    if kind == "structure":
        if not isinstance(value, dict):
            raise ShapeError(f"{where}: {shape.name} wants an object")
        out = {}
        for name, v in value.items():
            if name not in shape.members:
                raise ShapeError(f"{where}: {shape.name} has no member {name}")
            member = shape.members[name]
            if member.serialization.get("location"):  # headers, status code: not in the body
                continue
            out[member.serialization.get("name", name)] = _serialise(member, v, f"{where}.{name}")
        return out
    if kind == "list":
        if not isinstance(value, list):
            raise ShapeError(f"{where}: {shape.name} wants a list")
        return [_serialise(shape.member, v, f"{where}[]") for v in value]
    if kind == "map":
        return {k: _serialise(shape.value, v, f"{where}.{k}") for k, v in value.items()}
    if kind == "timestamp":
        if not isinstance(value, datetime):
            raise ShapeError(f"{where}: {shape.name} wants a datetime")
        return value.timestamp()
    if kind == "boolean" and not isinstance(value, bool):
        raise ShapeError(f"{where}: {shape.name} wants a boolean")
    if kind in ("integer", "long") and (isinstance(value, bool) or not isinstance(value, int)):
        raise ShapeError(f"{where}: {shape.name} wants an integer")
    if kind == "string" and not isinstance(value, str):
        raise ShapeError(f"{where}: {shape.name} wants a string")
    return value


def _uri_regex(template: str) -> re.Pattern:
    path = template.split("?")[0]
    out = ""
    for part in re.split(r"(\{[^}]+\})", path):
        if part.startswith("{"):
            name = part[1:-1].rstrip("+")
            out += f"(?P<{name}>.+)" if part.endswith("+}") else f"(?P<{name}>[^/]+)"
        else:
            out += re.escape(part)
    return re.compile("^" + out.rstrip("/") + "/?$")


class StandIn:
    """``StandIn({"backup": {"ListBackupVaults": {...}}})``; ``with`` starts and stops it."""

    def __init__(self, answers: dict[str, dict[str, Answer]]):
        session = botocore.session.get_session()
        self.answers = answers
        self.models = {}  # signing name -> service model
        for service in answers:
            model = session.get_service_model(service)
            self.models[model.signing_name] = model
        self.calls: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> StandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, payload = standin.dispatch(self.command, self.path, dict(self.headers), body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/x-amz-json-1.1")
                self.send_header("Content-Length", str(len(data)))
                if status >= 400:
                    self.send_header("x-amzn-ErrorType", payload["__type"])
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _operation(self, model, method: str, path: str, headers: dict, body: bytes) -> tuple[Any, dict]:
        if model.protocol == "json":
            target = headers.get("X-Amz-Target") or headers.get("x-amz-target") or ""
            name = target.split(".")[-1]
            return (model.operation_model(name) if name in model.operation_names else None,
                    json.loads(body or b"{}"))
        parts = urlsplit(path)
        for name in model.operation_names:
            op = model.operation_model(name)
            if op.http.get("method") != method:
                continue
            m = _uri_regex(op.http["requestUri"]).match(parts.path)
            if m:
                # URI variables carry the input members' wire names (locationName): give them back
                # under the member names, as a client's input has them
                names = {mem.serialization.get("name", n): n for n, mem in op.input_shape.members.items()
                         if mem.serialization.get("location") == "uri"} if op.input_shape is not None else {}
                params = {names.get(k, k): unquote(v) for k, v in m.groupdict().items()}
                return op, dict(json.loads(body or b"{}"), **params)
        return None, {}

    def dispatch(self, method: str, path: str, headers: dict, body: bytes) -> tuple[int, dict]:
        auth = headers.get("Authorization") or headers.get("authorization") or ""
        scope = re.search(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/", auth)
        model = self.models.get(scope.group(1)) if scope else None
        op, params = self._operation(model, method, path, headers, body) if model else (None, {})
        service = model.service_name if model else "?"
        answer = self.answers.get(service, {}).get(op.name) if op is not None else None
        self.calls.append((service, op.name if op is not None else f"{method} {path}"))
        if answer is None:
            return 400, {"__type": "UnknownOperationException",
                         "message": f"the stand-in does not serve {service} {method} {path}"}
        try:
            value = answer(params) if callable(answer) else answer
            return 200, _serialise(op.output_shape, value, op.name) if op.output_shape is not None else {}
        except (ShapeError, KeyError) as exc:
            self.errors.append(str(exc))
            return 500, {"__type": "InternalFailure", "message": str(exc)}
