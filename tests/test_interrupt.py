"""Interruption and stalls, with real signals and real sockets.

- A stalled AWS service (a proxy in front of moto that never answers it) costs about two
  ``--timeout``s, not timeout × attempts × calls: the scan finishes, with ``error`` findings for
  what that service would have read, and everything else judged.
- The first SIGINT/SIGTERM stops a scan within 5 s with exit 130/143 and one line, during AWS
  collection and during report writing, and leaves the previous complete report set or nothing.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from demo.mototools import FAKE_CREDENTIALS

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "tests" / "fixtures" / "reports" / "results.json"
_SERVICE = re.compile(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")


class StallingProxy:
    """Forwards AWS calls to moto, except those ``stall(service, path)`` picks: those never get an answer."""

    def __init__(self, upstream: str, stall):
        self.upstream = upstream.removeprefix("http://")
        self.stall = stall
        self.stalled = 0
        self.release = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _any(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                m = _SERVICE.search(self.headers.get("Authorization", ""))
                if m and proxy.stall(m.group(1), self.path):
                    proxy.stalled += 1
                    proxy.release.wait(120)
                    self.close_connection = True
                    return
                conn = http.client.HTTPConnection(proxy.upstream, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection",)}
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)
                conn.close()

            do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _any

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):  # a client that gave up: not news
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stalling_kms(moto_server):
    proxy = StallingProxy(moto_server.endpoint, lambda service, path: service == "kms")
    yield proxy
    proxy.close()


@pytest.fixture
def stalling_bucket_reads(moto_server):
    """S3 answers ListBuckets, then never answers a call about one bucket (a stall mid-scan)."""
    s3 = moto_server.session().client("s3", region_name="us-east-1", endpoint_url=moto_server.endpoint)
    for name in ("phi-a", "phi-b", "phi-c"):
        s3.create_bucket(Bucket=name)
    proxy = StallingProxy(moto_server.endpoint,
                          lambda service, path: service == "s3" and path.split("?")[0].strip("/") != "")
    yield proxy
    proxy.close()


def _env(**extra: str) -> dict:
    return dict(os.environ, **FAKE_CREDENTIALS, **extra)


def _cmd(*args) -> list[str]:
    return [sys.executable, "-m", "hipaa_scan", *map(str, args)]


def test_a_stalled_aws_service_costs_about_two_timeouts(stalling_bucket_reads, tmp_path):
    """3 buckets × several calls each, every one stalled: without the breaker that is
    calls × attempts × 5 s (minutes); with it, two timeouts and the scan moves on."""
    out = tmp_path / "out"
    started = time.monotonic()
    proc = subprocess.run(_cmd("scan", "aws", "--endpoint-url", stalling_bucket_reads.endpoint, "--regions",
                               "us-east-1", "--timeout", "5", "--out", out, "--format", "json", "--quiet"),
                          capture_output=True, text=True, env=_env(), timeout=300)
    elapsed = time.monotonic() - started
    assert proc.returncode in (1, 3), proc.stderr
    assert elapsed < 30, f"the scan took {elapsed:.1f} s with one stalled service and --timeout 5"
    assert stalling_bucket_reads.stalled >= 2
    results = json.loads((out / "results.json").read_text())
    buckets = [f for f in results["findings"] if f["resource"] and f["resource"]["type"] == "aws_s3_bucket"
               and f["resource"]["id"].startswith("arn:aws:s3:::phi-")]
    assert {f["resource"]["id"] for f in buckets} == {f"arn:aws:s3:::phi-{x}" for x in "abc"}
    assert {f["status"] for f in buckets} == {"error"}
    assert any("did not answer within 5 s" in f["message"] for f in buckets), buckets[0]["message"]
    judged = {f["resource"]["type"] for f in results["findings"] if f["status"] in ("pass", "fail") and f["resource"]}
    assert len(judged) >= 3, judged  # the rest of the account was read and judged


def test_an_unanswering_endpoint_stops_the_scan_before_it_starts(tmp_path):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(50)  # accepts connections (the kernel does), never answers
    try:
        started = time.monotonic()
        proc = subprocess.run(_cmd("collect", "aws", "--endpoint-url", f"http://127.0.0.1:{sock.getsockname()[1]}",
                                   "--timeout", "2", "--max-attempts", "8", "-o", tmp_path / "i.json"),
                              capture_output=True, text=True, env=_env(), timeout=120)
        elapsed = time.monotonic() - started
    finally:
        sock.close()
    assert proc.returncode == 2
    assert "cannot identify the AWS account" in proc.stderr and "Traceback" not in proc.stderr
    assert elapsed < 15, elapsed
    assert not (tmp_path / "i.json").exists()


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _stops_within(proc: subprocess.Popen, sig: int, seconds: float) -> tuple[int, str, float]:
    sent = time.monotonic()
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, err, time.monotonic() - sent


@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_during_aws_collection_stops_the_scan(stalling_kms, tmp_path, sig, code):
    out = tmp_path / "out"
    proc = subprocess.Popen(_cmd("scan", "aws", "--endpoint-url", stalling_kms.endpoint, "--regions", "us-east-1",
                                 "--timeout", "120", "--out", out, "--format", "json,html", "--quiet"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        assert _wait_for(lambda: stalling_kms.stalled >= 1, 60), "the scan never reached the stalled service"
        rc, err, took = _stops_within(proc, sig, 5)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert rc == code
    assert took < 5, f"stopped {took:.1f} s after the signal"
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "interrupted" in lines[0] and signal.Signals(sig).name in lines[0], err
    assert "stopped after" not in err  # unwound cleanly, not by the watchdog
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


def _big_results(tmp_path: Path, copies: int) -> Path:
    doc = json.loads(RESULTS.read_text())
    findings = []
    for i in range(copies):
        for f in doc["findings"]:
            g = dict(f)
            if g.get("resource"):
                g["resource"] = dict(g["resource"], id=f"{g['resource']['id']}-{i}")
            findings.append(g)
    doc["findings"] = findings
    path = tmp_path / "big-results.json"
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize("previous", [False, True], ids=["new-directory", "over-a-previous-set"])
def test_a_signal_during_report_writing_leaves_the_previous_set_or_nothing(tmp_path, previous):
    results = _big_results(tmp_path, 250)  # ~30k findings: seconds of writing
    out = tmp_path / "out"
    if previous:
        done = subprocess.run(_cmd("report", RESULTS, "--out", out, "--format", "json,csv"), capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        before = {p.name: p.read_bytes() for p in out.iterdir()}
    proc = subprocess.Popen(_cmd("report", results, "--out", out, "--format", "json,junit,html,sarif,markdown,csv"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        staged = _wait_for(lambda: any(".partial-" in p.name for p in tmp_path.iterdir()), 60)
        assert staged, "the report set was never staged"
        time.sleep(0.3)  # some files written, the set not finished
        rc, err, took = _stops_within(proc, signal.SIGTERM, 5)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert rc == 143 and took < 5
    assert "interrupted (SIGTERM)" in err and "Traceback" not in err and "stopped after" not in err
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]
    if previous:
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before
        check = subprocess.run(_cmd("verify", out), capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout + check.stderr
    else:
        assert not out.exists()


@pytest.fixture
def silent_port():
    """A port whose connections the kernel accepts and nobody ever answers (a stalled peer)."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(50)
    yield sock.getsockname()[1]
    sock.close()


@pytest.mark.parametrize("source", ["tls", "host"])
def test_ctrl_c_during_tls_probes_and_ssh_sessions(silent_port, tmp_path, source):
    args = {"tls": ["scan", "tls", f"127.0.0.1:{silent_port}", "--timeout", "120"],
            "host": ["scan", "host", f"nobody@127.0.0.1:{silent_port}", "--connect-timeout", "120",
                     "--timeout", "120", "--accept-new-host-keys"]}[source]
    out = tmp_path / "out"
    proc = subprocess.Popen(_cmd(*args, "--out", out, "--quiet"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env())
    try:
        time.sleep(3)  # started, connected, waiting for the peer
        assert proc.poll() is None, proc.communicate()
        rc, err, took = _stops_within(proc, signal.SIGINT, 5)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert rc == 130 and took < 5, (rc, took, err)
    assert "interrupted (SIGINT)" in err and "Traceback" not in err
    assert "stopped after" not in err  # the asyncio tasks were cancelled, not abandoned to the watchdog
    assert not out.exists()
