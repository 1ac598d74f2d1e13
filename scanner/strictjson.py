"""Strict JSON reading: every JSON document hipaa-scan reads goes through :func:`loads`.

Python's json module accepts things that make a document mean something other than it says:
a duplicate key (the last one wins, so a second ``"errors": []`` hides collection errors),
``NaN`` and ``Infinity`` (not JSON; engines reject them with a message naming neither file nor
field), lone UTF-16 surrogates (not text), integers of thousands of digits and nesting thousands
of levels deep (both end in a traceback). :func:`loads` rejects each of them with one line naming
the file, the line and column, and the JSON path (``$.resources.aws_s3_bucket[3].tags``).

The fast path is json's C parser with two hooks (numbers and objects); only when it finds a
problem does a second, position-tracking pass run to say exactly where.
"""

from __future__ import annotations

import json
import math
import re
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from hipaa_scan.scanner.errors import InputError

#: deepest nesting of arrays and objects accepted (hipaa-scan's own documents nest < 12 levels)
MAX_DEPTH = 128
#: the largest integer magnitude accepted: 64-bit, as the engines and most JSON readers hold them
MAX_INT = 2**63
_MAX_INT_DIGITS = len(str(MAX_INT))

# A \uD800-\uDFFF escape anywhere: only then are strings walked for lone surrogates.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_EMPTY_PAIR = re.compile(rb"\[\]|\{\}")


class _Reject(Exception):
    """Raised from the parser hooks; :func:`loads` then locates the problem."""


def _int(text: str) -> int:
    digits = text.lstrip("-")
    if len(digits) > _MAX_INT_DIGITS or abs(int(text)) > MAX_INT:
        raise _Reject
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Reject
    return value


def _constant(text: str) -> Any:
    raise _Reject


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Reject
    return out


def _peels_within(shape: bytes) -> bool | None:
    """Peel the innermost empty pairs off ``shape`` one level per pass: True if it empties within
    MAX_DEPTH passes, False if not, None if it stops (unbalanced: brackets inside strings)."""
    for _ in range(MAX_DEPTH):
        if not shape:
            return True
        shape, n = _EMPTY_PAIR.subn(b"", shape)
        if n == 0:
            return None
    return not shape


def _too_deep(raw: bytes) -> bool:
    """Whether arrays/objects nest deeper than MAX_DEPTH. Real documents empty out in a few
    passes over their brackets; only a document with brackets inside strings that block the
    peeling or add depth has its strings removed first (slower, exact)."""
    if _peels_within(raw.translate(None, _NOT_BRACKET)):
        return False
    return _peels_within(_STRING.sub(b"", raw).translate(None, _NOT_BRACKET)) is False


def loads(raw: bytes | str, where: str) -> Any:
    """Parse ``raw`` strictly; :class:`InputError` names ``where`` (a file), line, column and path."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x})", f"{where}:{line}:{col}") from None
    if text.startswith("\ufeff"):  # a byte-order mark some editors write: not part of the document
        text = text[1:]
    if _too_deep(data):
        _locate(text, where)
    try:
        doc = json.loads(text, object_pairs_hook=_pairs, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", f"{where}:{exc.lineno}:{exc.colno}") from None
    except (_Reject, RecursionError, ValueError):
        _locate(text, where)
        raise InputError("invalid JSON", where) from None  # the locating pass found nothing more precise
    if _SURROGATE_ESCAPE.search(data):
        _locate(text, where)
    return doc


# --- the locating pass: a small recursive-descent reader that knows its path and position ---

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_LITERALS = {"true": True, "false": False, "null": None}


def _path(parts: list) -> str:
    if len(parts) > 12:
        return f"{_path(parts[:6])}…({len(parts) - 10} levels)…{_path(parts[-4:])[1:]}"
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part, ensure_ascii=True)}]"
    return out


class _Locator:
    def __init__(self, text: str, where: str):
        self.text = text
        self.where = where

    def fail(self, pos: int, message: str, path: list) -> None:
        line = self.text.count("\n", 0, pos) + 1
        col = pos - (self.text.rfind("\n", 0, pos) + 1) + 1
        raise InputError(f"{_path(path)}: {message}", f"{self.where}:{line}:{col}")

    def ws(self, pos: int) -> int:
        m = _WS.match(self.text, pos)
        return m.end() if m else pos

    def string(self, pos: int, path: list) -> tuple[str, int]:
        try:
            value, end = scanstring(self.text, pos + 1, True)
        except ValueError:
            self.fail(pos, "invalid string", path)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(pos, "a lone UTF-16 surrogate (\\uD800-\\uDFFF) is not text", path)
        return value, end

    def value(self, pos: int, path: list) -> int:
        """Parse the value at ``pos`` (iteratively, so depth cannot overflow the stack)."""
        stack: list[tuple[str, int, set[str]]] = []  # (kind, index, keys seen)
        pos = self.ws(pos)
        while True:
            if len(stack) > MAX_DEPTH:
                self.fail(pos, f"nested more than {MAX_DEPTH} levels deep", path)
            ch = self.text[pos:pos + 1]
            if ch == "{":
                pos = self.ws(pos + 1)
                if self.text.startswith("}", pos):
                    pos += 1
                else:
                    stack.append(("object", 0, set()))
                    pos = self._key(pos, stack, path)
                    continue
            elif ch == "[":
                pos = self.ws(pos + 1)
                if self.text.startswith("]", pos):
                    pos += 1
                else:
                    stack.append(("array", 0, set()))
                    path.append(0)
                    continue
            elif ch == '"':
                _, pos = self.string(pos, path)
            else:
                pos = self.scalar(pos, path)
            # after a value: close containers or move to the next member
            while True:
                if not stack:
                    return pos
                pos = self.ws(pos)
                kind, index, keys = stack[-1]
                ch = self.text[pos:pos + 1]
                if ch == ",":
                    pos = self.ws(pos + 1)
                    if kind == "array":
                        stack[-1] = (kind, index + 1, keys)
                        path[-1] = index + 1
                    else:
                        path.pop()
                        pos = self._key(pos, stack, path)
                    break
                if ch == ("]" if kind == "array" else "}"):
                    stack.pop()
                    path.pop()
                    pos += 1
                    continue
                self.fail(pos, "invalid JSON", path)
            pos = self.ws(pos)

    def _key(self, pos: int, stack: list, path: list) -> int:
        if not self.text.startswith('"', pos):
            self.fail(pos, "expected a member name in double quotes", path)
        key, end = self.string(pos, path)
        keys = stack[-1][2]
        if key in keys:
            self.fail(pos, f"duplicate key {json.dumps(key, ensure_ascii=False)} (JSON readers disagree on which "
                           "one counts)", path)
        keys.add(key)
        path.append(key)
        end = self.ws(end)
        if not self.text.startswith(":", end):
            self.fail(end, "expected ':'", path)
        return self.ws(end + 1)

    def scalar(self, pos: int, path: list) -> int:
        for word, _ in _LITERALS.items():
            if self.text.startswith(word, pos):
                return pos + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if self.text.startswith(word, pos):
                self.fail(pos, f"{word} is not a JSON number", path)
        m = _NUMBER.match(self.text, pos)
        if not m:
            self.fail(pos, "invalid JSON value", path)
        assert m is not None
        number = m.group(0)
        if m.group(1) is None and m.group(2) is None:
            if len(number.lstrip("-")) > _MAX_INT_DIGITS or abs(int(number)) > MAX_INT:
                self.fail(pos, f"integer out of range (more than 2^63 in magnitude: {number[:24]}…)", path)
        elif not math.isfinite(float(number)):
            self.fail(pos, f"number out of range ({number[:24]}…)", path)
        return m.end()


def _locate(text: str, where: str) -> None:
    """Raise the first problem in ``text``, named by line, column and path; return if none."""
    loc = _Locator(text, where)
    end = loc.ws(loc.value(0, []))
    if end != len(text):
        loc.fail(end, "extra data after the document", [])


def dumps_check(value: Any) -> None:
    """Raise ValueError if ``value`` holds a float JSON cannot represent (NaN, ±Infinity)."""
    json.dumps(value, allow_nan=False)
