"""Error messages are one line: a service's code and message, markup stripped, length capped —
where a collector records the error (a real botocore call answered by an HTML 502 page) and,
defensively, in the reports (HTML, JUnit, SARIF, Markdown)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from hipaa_scan.scanner.messages import MAX_MESSAGE, error_text, one_line
from tests.reports_data import fixture_results

PAGE = ("<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title>\n<style>body { font: 12px }</style>"
        "<script>var x = '<p>no</p>';</script></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n"
        + "<hr><center>nginx/1.25.3</center>\n" * 200 + "</body>\n</html>\n")


@pytest.mark.parametrize(("raw", "expected"), [
    (PAGE, "502 Bad Gateway"),
    ("GetBucketPolicy 502: " + PAGE, "GetBucketPolicy 502: 502 Bad Gateway"),
    ("<html><body><p>Service &amp; region\nunavailable</p></body></html>", "Service & region unavailable"),
    ("Access denied\n  for user\tx", "Access denied for user x"),
    ("a < b and c > d", "a < b and c > d"),
    ("bell\x07 and \x1b[31mred", "bell and [31mred"),
    (None, ""),
])
def test_one_line(raw, expected):
    assert one_line(raw) == expected


def test_one_line_caps_the_length():
    text = one_line("word " * 200)
    assert len(text) == MAX_MESSAGE and text.endswith("…")
    assert error_text("X" * 200, "m") == ("X" * 79 + "…", "m")
    assert error_text(None, "m")[0] == "Error"


@pytest.fixture(scope="module")
def html_502_server():
    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            body = PAGE.encode()
            self.send_response(502)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_aws_read_error_from_an_html_page_is_one_line_in_the_inventory(html_502_server):
    boto3 = pytest.importorskip("boto3")
    from hipaa_scan.collectors.aws.base import AwsContext, read
    from hipaa_scan.scanner.inventory import InventoryBuilder

    builder = InventoryBuilder()
    session = boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1")
    ctx = AwsContext(session=session, account="123456789012", regions=["us-east-1"], inventory=builder,
                     clock=lambda: datetime.now(UTC), endpoint_url=html_502_server, max_attempts=1)
    ok, _ = read(ctx, "aws_s3_bucket", ctx.client("s3").get_bucket_policy, region="us-east-1",
                 resource_id="arn:aws:s3:::phi", field="policy", Bucket="phi")
    assert ok is False
    [err] = builder.errors
    assert err["code"] == "502" and err["operation"] == "GetBucketPolicy" and err["field"] == "policy"
    assert "<" not in err["message"] and "\n" not in err["message"] and len(err["message"]) <= MAX_MESSAGE
    assert "Bad Gateway" in err["message"]


def _raw_html_results() -> dict:
    """Results from an older inventory whose error messages still carry the whole page."""
    doc = fixture_results()
    for f in doc["findings"]:
        if f["status"] == "error":
            f["message"] = f"Could not read aws_ebs_volume: DescribeVolumes 502: {PAGE}"
    doc["errors"][0]["message"] = PAGE
    return doc


def test_reports_show_one_line_messages():
    from hipaa_scan.reports import html, junit, markdown, sarif

    doc = _raw_html_results()
    page = html.render(doc)
    assert "nginx/1.25.3" not in page and "&lt;center&gt;" not in page
    assert "Could not read aws_ebs_volume: DescribeVolumes 502: 502 Bad Gateway" in page
    xml = junit.render(doc)
    assert "nginx" not in xml and 'message="Could not read aws_ebs_volume: DescribeVolumes 502: 502 Bad Gateway"' in xml
    assert "nginx" not in markdown.render(doc)
    log = sarif.build(doc)
    texts = [r["message"]["text"] for r in log["runs"][0]["results"]]
    texts += [n["message"]["text"] for n in log["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert not any("nginx" in t or "<" in t.replace("<img src=x onerror=alert(1)>", "") for t in texts)
