"""``--notify``: Slack / Teams / generic webhooks against a local HTTP server on 127.0.0.1, and
mailto: through a local SMTP sink (aiosmtpd); only when something changed unless --notify-always;
bounded retries; a failed delivery is a warning that never changes the exit code."""

from __future__ import annotations

import copy
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from hipaa_scan.scanner.cli import cli
from hipaa_scan.scanner.history.notify import parse_target, send
from hipaa_scan.scanner.history.record import RecordSettings, report_and_record
from hipaa_scan.scanner.history.store import Store, normalise_url
from hipaa_scan.scanner.pipeline import ReportSettings
from tests.reports_data import fixture_results
from tests.test_history import INVENTORY

pytest.importorskip("sqlalchemy")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Hook:
    """A local webhook receiver: records every POST; answers the first ``fail_first`` with 503."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict]] = []
        self.fail_first = 0
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if hook.fail_first > 0:
                    hook.fail_first -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                hook.posts.append((self.path, json.loads(body)))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def hook():
    h = Hook()
    yield h
    h.server.shutdown()


@pytest.fixture(scope="module")
def smtp():
    controller_mod = pytest.importorskip("aiosmtpd.controller")
    from aiosmtpd.handlers import Sink

    class Keep(Sink):
        def __init__(self) -> None:
            self.messages: list[tuple[str, list[str], str]] = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content.decode()))
            return "250 OK"

    handler = Keep()
    port = free_port()
    c = controller_mod.Controller(handler, hostname="127.0.0.1", port=port)
    c.start()
    yield handler, port
    c.stop()


def two_scans() -> tuple[dict, dict]:
    a = fixture_results()
    a["scan"]["id"], a["scan"]["started_at"] = "n-a", "2026-03-01T00:00:00Z"
    b = copy.deepcopy(a)
    b["scan"]["id"], b["scan"]["started_at"] = "n-b", "2026-03-02T00:00:00Z"
    next(f for f in b["findings"] if f["status"] == "pass" and f["resource"])["status"] = "fail"
    return a, b


def test_parse_targets():
    assert parse_target("https://hooks.slack.com/services/T/B/x").kind == "slack"
    assert parse_target("https://acme.webhook.office.com/webhookb2/x").kind == "teams"
    assert parse_target("teams+http://127.0.0.1:8/x").kind == "teams"
    assert parse_target("https://example.org/hook").kind == "webhook"
    assert parse_target("mailto:sec@example.org").kind == "email"
    assert parse_target("https://hooks.slack.com/services/T/B/secret").display() == "slack https://hooks.slack.com/…"
    for bad in ("ftp://x/y", "mailto:nobody", "hooks.slack.com"):
        with pytest.raises(Exception, match="--notify|webhook"):
            parse_target(bad)


def test_sends_only_when_something_changed_and_every_kind(tmp_path, hook, smtp):
    handler, port = smtp
    targets = [f"slack+{hook.url}/slack", f"teams+{hook.url}/teams", f"{hook.url}/generic",
               f"mailto:sec@example.org?smtp=127.0.0.1:{port}"]
    rec = RecordSettings(Store.open(normalise_url(str(tmp_path / "h.sqlite"))), tuple(map(parse_target, targets)))
    a, b = two_scans()
    out = report_and_record(a, ReportSettings(formats=("json",), out_dir=tmp_path / "a"), rec, kind="scan")
    assert out.sent == [] and out.warnings == [] and hook.posts == []  # first scan: nothing to compare
    rec = RecordSettings(Store.open(normalise_url(str(tmp_path / "h.sqlite"))), rec.notify)
    out = report_and_record(b, ReportSettings(formats=("json",), out_dir=tmp_path / "b"), rec, kind="scan")
    assert out.warnings == [] and len(out.sent) == 4
    by_path = dict(hook.posts)
    assert by_path["/slack"]["text"].startswith("hipaa-scan: 1 new failure(s), 0 fixed since the previous scan (scan n-b")
    assert "NEW FAIL" in by_path["/slack"]["text"]
    assert by_path["/teams"]["@type"] == "MessageCard" and by_path["/teams"]["themeColor"] == "C62828"
    assert by_path["/generic"]["diff"]["counts"]["new_failures"] == 1 and by_path["/generic"]["scan"] == "n-b"
    (sender, rcpts, body) = handler.messages[-1]
    assert rcpts == ["sec@example.org"] and "Subject: hipaa-scan: 1 new failure(s)" in body and "NEW FAIL" in body
    hook.posts.clear()
    # nothing changed → nothing sent; --notify-always → sent anyway
    c = copy.deepcopy(b)
    c["scan"]["id"], c["scan"]["started_at"] = "n-c", "2026-03-03T00:00:00Z"
    rec = RecordSettings(Store.open(normalise_url(str(tmp_path / "h.sqlite"))), rec.notify[:1])
    out = report_and_record(c, ReportSettings(formats=("json",), out_dir=tmp_path / "c"), rec, kind="scan")
    assert out.diff is not None and not out.diff.changed and out.sent == [] and hook.posts == []
    d = copy.deepcopy(c)
    d["scan"]["id"], d["scan"]["started_at"] = "n-d", "2026-03-04T00:00:00Z"
    rec = RecordSettings(Store.open(normalise_url(str(tmp_path / "h.sqlite"))), rec.notify, notify_always=True)
    out = report_and_record(d, ReportSettings(formats=("json",), out_dir=tmp_path / "d"), rec, kind="scan")
    assert len(out.sent) == 1 and hook.posts[-1][1]["text"].startswith("hipaa-scan: 0 new failure(s)")


def test_retries_are_bounded_and_failure_is_a_warning(hook):
    a, b = two_scans()
    sleeps: list[float] = []
    hook.fail_first = 2  # two 503s, then 200: delivered on the third attempt
    sent, warnings = send([parse_target(f"{hook.url}/retry")], None, b, always=True, sleep=sleeps.append)
    assert sent and warnings == [] and sleeps == [0.5, 1.0]
    hook.fail_first = 5
    sleeps.clear()
    sent, warnings = send([parse_target(f"{hook.url}/retry")], None, b, always=True, sleep=sleeps.append)
    assert sent == [] and len(sleeps) == 2 and "failed after 3 attempt(s): HTTP Error 503" in warnings[0]
    hook.fail_first = 0


def test_cli_delivery_failure_never_changes_the_exit_code(tmp_path):
    dead = free_port()  # nothing listens there
    (tmp_path / "inv.json").write_text(json.dumps(INVENTORY))
    args = ["evaluate", str(tmp_path / "inv.json"), "--record", "--store", str(tmp_path / "h.sqlite"), "--fail-on",
            "never", "--notify", f"http://127.0.0.1:{dead}/hook", "--notify-always"]
    r = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / "r.json")])
    assert r.exit_code == 0, r.stderr
    assert f"warning: notification to webhook http://127.0.0.1:{dead}/… failed after 3 attempt(s)" in r.stderr
    r = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "inv.json"), "-o", str(tmp_path / "r2.json"),
                                 "--notify", "gopher://x"])
    assert r.exit_code == 2 and "is not an http(s):// webhook URL" in r.stderr
