"""One-line messages from what a service or a command returned.

A service may answer an error with a whole HTML page (a proxy's 502, a web server's 500), a
multi-line stack or kilobytes of XML. Inventory errors, findings and every report carry
instead one line: markup stripped (an HTML page becomes its title and first heading), entities
decoded, whitespace collapsed, control characters dropped, and the length capped with "…".
Collectors apply it where they record an error (collectors/aws/base.py and the other
collectors' error paths); report writers apply it again, defensively, to what they print.
"""

from __future__ import annotations

import html
import re

#: the longest message an inventory error or a report line carries
MAX_MESSAGE = 300

_MARKUP = re.compile(r"<\s*(?:!doctype|html|head|body|title|h[1-6]|p|div|pre|br|hr|center|span|table)\b",
                     re.IGNORECASE)
_BLOCKS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HEADING = re.compile(r"<h[1-3][^>]*>(.*?)</h[1-3]\s*>", re.IGNORECASE | re.DOTALL)
_PARA = re.compile(r"<p[^>]*>(.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def one_line(value: object, limit: int = MAX_MESSAGE) -> str:
    """``value`` as one readable line of at most ``limit`` characters (markup stripped)."""
    text = "" if value is None else str(value)
    found = _MARKUP.search(text)
    if found:  # keep what precedes the markup ("GetBucketPolicy 502: <html>…"), reduce the markup
        start = text.rfind("<", 0, found.start() + 1)
        prefix, text = text[:start], _BLOCKS.sub(" ", text[start:])
        parts: list[str] = []
        for rx in (_TITLE, _HEADING, _PARA):  # the title, then a heading or paragraph that adds to it
            m = rx.search(text)
            part = _text(m.group(1)) if m else ""
            if part and not any(part in q or q in part for q in parts):
                parts.append(part)
        text = prefix + (": ".join(parts[:2]) if parts else _text(text))
    text = " ".join(_CONTROL.sub(" ", text).split())
    if len(text) > limit:
        text = text[: max(1, limit - 1)].rstrip() + "…"
    return text


def error_text(code: object, message: object, limit: int = MAX_MESSAGE) -> tuple[str, str]:
    """(code, message) of a service error, each one line; the code short (at most 80 characters)."""
    return one_line(code, 80) or "Error", one_line(message, limit)
