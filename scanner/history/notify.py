"""``--notify URL``: tell a team what changed since the previous recorded scan.

Targets (repeatable; also ``notify:`` in hipaa-scan.yaml):

- ``https://hooks.slack.com/…`` or ``slack+https://…``: Slack-compatible JSON (``{"text": …}``;
  Mattermost and Rocket.Chat take the same);
- ``https://….webhook.office.com/…``, ``https://….logic.azure.com/…`` or ``teams+https://…``:
  a Microsoft Teams message card;
- any other ``http(s)://…`` (or ``webhook+https://…``): generic JSON, the diff's counts and the
  first changes of each kind;
- ``mailto:team@example.org`` (``?smtp=host:port`` picks the server; default
  ``$HIPAA_SCAN_SMTP`` or localhost:25; ``$HIPAA_SCAN_SMTP_USER`` / ``_PASSWORD`` log in after
  STARTTLS; port 465 is TLS from the start): a plain-text email.

A notification is sent only when something changed since the previous scan of the same scope
(``--notify-always``: after every recorded scan). Each request times out; a failed delivery
is retried a bounded number of times and then reported as a warning: it never changes the
scan's exit code.
"""

from __future__ import annotations

import json
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hipaa_scan.scanner.errors import InputError

ENV_SMTP = "HIPAA_SCAN_SMTP"
ENV_SMTP_FROM = "HIPAA_SCAN_SMTP_FROM"
TIMEOUT = 10.0
ATTEMPTS = 3
_TEAMS_HOSTS = (".webhook.office.com", ".logic.azure.com", ".office.com")


@dataclass(frozen=True)
class Target:
    kind: str  # slack | teams | webhook | email
    url: str  # the URL requests go to (prefix removed), or the mailto: address

    def display(self) -> str:
        """The target without secrets (webhook URLs carry their token in the path)."""
        if self.kind == "email":
            return self.url.split("?")[0]
        p = urllib.parse.urlsplit(self.url)
        return f"{self.kind} {p.scheme}://{p.hostname}{':' + str(p.port) if p.port else ''}/…"


def parse_target(value: str) -> Target:
    """A ``--notify`` value → :class:`Target` (exit 2 on anything else)."""
    v = value.strip()
    low = v.lower()
    if low.startswith("mailto:"):
        addr = urllib.parse.unquote(v[7:].split("?")[0])
        if "@" not in addr:
            raise InputError(f"{value!r} has no email address (mailto:team@example.org)", "--notify")
        return Target("email", v)
    kind = None
    for prefix in ("slack", "teams", "webhook"):
        if low.startswith(prefix + "+"):
            kind, v, low = prefix, v[len(prefix) + 1:], low[len(prefix) + 1:]
    p = urllib.parse.urlsplit(v)
    if p.scheme not in ("http", "https") or not p.hostname:
        raise InputError(f"{value!r} is not an http(s):// webhook URL or a mailto: address", "--notify")
    if kind is None:
        host = p.hostname.lower()
        kind = ("slack" if host == "hooks.slack.com" else
                "teams" if host.endswith(_TEAMS_HOSTS) else "webhook")
    return Target(kind, v)


def _title(diff: Any, results: Mapping[str, Any]) -> str:
    scan_id = (results.get("scan") or {}).get("id")
    gate = (results.get("gate") or {}).get("verdict", "?")
    if diff is None:
        return f"hipaa-scan: first recorded scan {scan_id} (gate {gate})"
    c = diff.counts()
    return (f"hipaa-scan: {c['new_failures']} new failure(s), {c['fixed']} fixed since the previous scan "
            f"(scan {scan_id}, gate {gate})")


def _lines(diff: Any, limit: int = 10) -> list[str]:
    if diff is None:
        return ["No earlier scan of the same scope to compare with."]
    out = [diff.summary_line()]
    for c in diff.new_failures[:limit]:
        out.append(f"NEW FAIL [{c.severity}] {c.control_id} {c.resource_type}:{c.resource_id}")
    if len(diff.new_failures) > limit:
        out.append(f"… and {len(diff.new_failures) - limit} more new failures")
    for c in diff.fixed[:limit]:
        out.append(f"fixed [{c.severity}] {c.control_id} {c.resource_type}:{c.resource_id}")
    return out


def payload(target: Target, diff: Any, results: Mapping[str, Any]) -> dict[str, Any]:
    title, lines = _title(diff, results), _lines(diff)
    if target.kind == "slack":
        return {"text": title + "\n" + "\n".join(lines)}
    if target.kind == "teams":
        return {"@type": "MessageCard", "@context": "https://schema.org/extensions", "summary": title,
                "themeColor": "C62828" if diff is not None and diff.new_failures else "2E7D32",
                "title": title, "text": "<br>".join(_escape_teams(x) for x in lines)}
    return {"event": "hipaa-scan.scan.recorded", "title": title, "scan": results.get("scan", {}).get("id"),
            "gate": results.get("gate", {}), "diff": diff.as_dict(limit=50) if diff is not None else None}


def _escape_teams(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _post(url: str, body: dict[str, Any], timeout: float) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST",
                                 headers={"Content-Type": "application/json", "User-Agent": "hipaa-scan"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        resp.read(65536)


def _mail(target: Target, subject: str, text: str, timeout: float, env: Mapping[str, str]) -> None:
    import smtplib
    from email.message import EmailMessage

    rest = target.url[7:]
    addr, _, query = rest.partition("?")
    params = urllib.parse.parse_qs(query)
    server = (params.get("smtp") or [env.get(ENV_SMTP) or "localhost:25"])[0]
    host, _, port_s = server.rpartition(":") if ":" in server else (server, "", "25")
    port = int(port_s or 25)
    msg = EmailMessage()
    msg["Subject"] = (params.get("subject") or [subject])[0]
    msg["From"] = env.get(ENV_SMTP_FROM) or f"hipaa-scan@{socket.gethostname()}"
    msg["To"] = ", ".join(urllib.parse.unquote(a) for a in addr.split(","))
    msg.set_content(text)
    cls = smtplib.SMTP_SSL if port == 465 else smtplib.SMTP
    with cls(host, port, timeout=timeout) as smtp:
        user, password = env.get("HIPAA_SCAN_SMTP_USER"), env.get("HIPAA_SCAN_SMTP_PASSWORD")
        if user and password:
            if cls is smtplib.SMTP:
                smtp.starttls()
            smtp.login(user, password)
        smtp.send_message(msg)


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return exc.code == 429 or exc.code >= 500
    return True  # connection refused, timeout, DNS, SMTP errors


def send(targets: list[Target], diff: Any, results: Mapping[str, Any], *, always: bool = False,
         timeout: float = TIMEOUT, attempts: int = ATTEMPTS, backoff: float = 0.5,
         env: Mapping[str, str] | None = None, sleep: Callable[[float], None] = time.sleep) -> tuple[list[str], list[str]]:
    """Deliver to every target; return (what was sent, warnings). Never raises for a delivery."""
    env = os.environ if env is None else env
    if not targets:
        return [], []
    if not always and (diff is None or not diff.changed):
        return [], []
    sent, warnings = [], []
    for t in targets:
        last: BaseException | None = None
        for attempt in range(1, attempts + 1):
            try:
                if t.kind == "email":
                    _mail(t, _title(diff, results), "\n".join(_lines(diff, limit=50)), timeout, env)
                else:
                    _post(t.url, payload(t, diff, results), timeout)
                last = None
                break
            except Exception as exc:
                last = exc
                if not _retryable(exc) or attempt == attempts:
                    break
                sleep(backoff * 2 ** (attempt - 1))
        if last is None:
            sent.append(t.display())
        else:
            reason = str(last).splitlines()[0] if str(last) else type(last).__name__
            warnings.append(f"notification to {t.display()} failed after {attempt} attempt(s): {reason}")
    return sent, warnings
