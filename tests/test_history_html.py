"""The history's HTML in headless Chromium: the trend page, the export's index.html and the
report of a recorded scan ("Changed since the previous scan" and the family trend charts) load
with no console error and no network request; hostile strings stay text."""

from __future__ import annotations

import copy
import json

import pytest

from hipaa_scan.scanner.history.record import RecordSettings, report_and_record
from hipaa_scan.scanner.history.store import Store, normalise_url
from hipaa_scan.scanner.pipeline import ReportSettings
from tests.test_history import make_pair
from tests.test_reports_html import CHROMEDRIVER, CHROMIUM, driver  # noqa: F401 - the shared Chromium fixture

pytest.importorskip("sqlalchemy")
pytest.importorskip("selenium.webdriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs Debian chromium and chromium-driver (make deps-system)")

HOSTILE = '<img src=x onerror="document.title=\'pwned\'">'


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict:
    from click.testing import CliRunner

    from hipaa_scan.scanner.cli import cli

    tmp = tmp_path_factory.mktemp("hist-html")
    store = normalise_url(str(tmp / "h.sqlite"))
    a, b, _ = make_pair()
    c = copy.deepcopy(b)
    c["scan"]["id"], c["scan"]["started_at"] = "scan-c-0003", "2026-03-05T10:00:00Z"
    for f in c["findings"]:
        if f["status"] == "fail" and f["resource"]:
            f["status"], f["resource"]["id"] = "pass", f["resource"]["id"]
            break
    b["findings"][-1]["resource"]["id"] = "arn:aws:s3:::" + HOSTILE
    c["findings"][-1]["resource"]["id"] = "arn:aws:s3:::" + HOSTILE
    for i, doc in enumerate((a, b, c)):
        report_and_record(doc, ReportSettings(formats=("json", "html"), out_dir=tmp / f"r{i}"),
                          RecordSettings(Store.open(store)), kind="scan")
    runner = CliRunner()
    assert runner.invoke(cli, ["history", "trend", "--store", store, "--out", str(tmp / "t")]).exit_code == 0
    r = runner.invoke(cli, ["history", "export", "--store", store, "--out", str(tmp / "e")])
    assert r.exit_code == 0, r.stderr
    return {"trend": tmp / "t" / "trend.html", "index": tmp / "e" / "index.html", "report": tmp / "r1" / "report.html"}


def load(drv, path) -> list[str]:
    """Open a file; return every URL it requested (only itself is allowed) after checking the console."""
    drv.get_log("performance")
    drv.get_log("browser")
    drv.get(path.as_uri())
    drv.execute_script("return document.readyState")
    severe = [e for e in drv.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert severe == []
    urls = []
    for entry in drv.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    assert drv.execute_script("return performance.getEntriesByType('resource').length") == 0
    return urls


def test_trend_page_renders_without_console_errors_or_network(driver, pages):  # noqa: F811
    assert load(driver, pages["trend"]) == [pages["trend"].as_uri()]
    charts = driver.find_elements("css selector", "#family-charts .chart")
    assert {c.get_attribute("data-family") for c in charts} >= {"administrative", "technical"}
    tech = driver.find_element("css selector", '#family-charts .chart[data-family="technical"]')
    assert len(tech.find_elements("css selector", "circle.dot")) == 3  # one point per scan
    assert len(driver.find_elements("css selector", "#scans tbody tr")) == 3
    assert driver.find_elements("css selector", "#citation-trend tbody tr")
    assert driver.title == "hipaa-scan: compliance trend"


def test_export_index_and_recorded_report(driver, pages):  # noqa: F811
    assert load(driver, pages["index"]) == [pages["index"].as_uri()]
    assert len(driver.find_elements("css selector", "#scans tbody tr")) == 3
    link = driver.find_element("css selector", '#scans tr[data-scan="scan-b-0002"] a')
    assert link.get_attribute("href").endswith("/report.html")
    assert load(driver, pages["report"]) == [pages["report"].as_uri()]
    section = driver.find_element("id", "history")
    assert "Changed since the previous scan" in section.text and "scan-a-0001" in section.text
    rows = section.find_elements("css selector", 'table[data-kind="new_failures"] tr')
    assert len(rows) == 1 + 2  # header + the two new failures
    assert HOSTILE in section.text and driver.title != "pwned"  # shown as text, never run
    assert len(section.find_elements("css selector", "figure[data-family] polyline")) >= 3
