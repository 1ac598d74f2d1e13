"""The HTML evidence report in a real browser: headless Chromium driven by selenium.

Checks what a person (and an attacker) would: the page loads with no console error and no
network request, the coverage matrix has all 61 citations, the filters change what is
shown, and hostile resource names and accounts are shown as text and run nothing.
A screenshot goes to tests/artifacts/ (and to docs/report-screenshot.png when that file is
missing or HIPAA_SCAN_UPDATE_SCREENSHOT=1).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from hipaa_scan.reports import html as html_report
from tests.reports_data import HOSTILE, fixture_results

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS_SHOT = ROOT / "docs" / "report-screenshot.png"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
HOSTILE_ACCOUNT = '"><script>window.pwned=1</script>'
HOSTILE_MSG = "<img src=x onerror=\"document.title='pwned'\">"

webdriver = pytest.importorskip("selenium.webdriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs Debian chromium and chromium-driver (make deps-system)")


def hostile_results() -> dict:
    doc = fixture_results()
    for f in doc["findings"]:
        r = f.get("resource") or {}
        if r.get("name") == HOSTILE:
            r["account"] = HOSTILE_ACCOUNT
            f["message"] = f"{f['message']} {HOSTILE_MSG}"
            f["evidence"] = {"encryption": {"enabled": False, "note": HOSTILE}}
    return doc


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    html_report.write(hostile_results(), path)
    return path


@pytest.fixture(scope="module")
def driver():
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
                 "--disable-dev-shm-usage", "--window-size=1400,1000", "--hide-scrollbars"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def page(driver, report_file):
    driver.get_log("performance")  # drop what the blank start page logged
    driver.get(report_file.as_uri())
    driver.execute_script("return document.readyState")
    return driver


def visible_rows(drv) -> int:
    return drv.execute_script(
        "return Array.from(document.querySelectorAll('tr.finding')).filter(function (tr) {"
        " return !tr.hidden && !tr.closest('details').hidden; }).length;")


def set_filter(drv, element_id: str, value: str) -> None:
    drv.execute_script(
        "var el = document.getElementById(arguments[0]); el.value = arguments[1];"
        "el.dispatchEvent(new Event(el.tagName === 'INPUT' ? 'input' : 'change'));", element_id, value)
    if element_id == "f-text":
        drv.execute_script("return new Promise(function (r) { setTimeout(r, 300); });")


def test_loads_without_console_errors_or_network_requests(page, report_file):
    assert page.execute_script("return document.documentElement.getAttribute('data-ready')") == "1"  # script ran
    severe = [e for e in page.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert severe == []
    requested = []
    for entry in page.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            requested.append(msg["params"]["request"]["url"])
    assert requested == [report_file.as_uri()]  # the file itself, nothing else
    resources = page.execute_script("return performance.getEntriesByType('resource').length")
    assert resources == 0


def test_coverage_matrix_has_every_citation(page):
    rows = page.find_elements("css selector", "#coverage-matrix tbody tr")
    assert len(rows) == 61
    by_cit = {r.get_attribute("data-citation"): r for r in rows}
    assert by_cit["164.312(a)(2)(iv)"].get_attribute("data-status") == "fail"
    assert "Addressable" in by_cit["164.312(a)(2)(iv)"].text
    assert by_cit["164.308(a)(1)(ii)(C)"].get_attribute("data-status") == "attested"
    assert "Required" in by_cit["164.308(a)(1)(ii)(C)"].text
    manual = page.find_elements("css selector", "#to-attest + p + ul li")
    assert len(manual) == sum(1 for r in fixture_results()["coverage"] if r["status"] == "manual") == 33


def test_filters_change_visible_rows(page):
    doc = fixture_results()
    total = len(doc["findings"])
    assert visible_rows(page) == total
    set_filter(page, "f-status", "fail")
    assert visible_rows(page) == sum(1 for f in doc["findings"] if f["status"] == "fail") == 4
    assert page.find_element("id", "f-count").text == f"4 of {total} findings shown"
    set_filter(page, "f-severity", "critical")
    assert visible_rows(page) == 1  # the public RDS instance
    page.find_element("id", "f-reset").click()
    assert visible_rows(page) == total
    set_filter(page, "f-text", "legacy-logs")
    assert visible_rows(page) == sum(1 for f in doc["findings"]
                                     if f["resource"] and f["resource"]["name"] == "legacy-logs") == 5
    set_filter(page, "f-text", "")
    set_filter(page, "f-citation", "164.312(a)(2)(iv)")
    assert visible_rows(page) == sum(1 for f in doc["findings"] if "164.312(a)(2)(iv)" in f["hipaa"])
    page.find_element("id", "f-reset").click()
    set_filter(page, "f-account", HOSTILE_ACCOUNT)
    assert visible_rows(page) == sum(1 for f in doc["findings"] if f["resource"] and f["resource"]["name"] == HOSTILE)
    set_filter(page, "f-text", "no-such-resource-anywhere")
    assert visible_rows(page) == 0
    assert page.find_element("id", "no-match").is_displayed()
    page.find_element("id", "f-reset").click()
    assert visible_rows(page) == total


def test_hostile_strings_are_text_and_execute_nothing(page):
    from selenium.common.exceptions import NoAlertPresentException

    assert page.execute_script("return document.querySelectorAll('img').length") == 0
    assert page.execute_script("return typeof window.pwned") == "undefined"
    assert page.title.startswith("HIPAA Security Rule evidence report")
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.text  # noqa: B018
    names = [e.text for e in page.find_elements("css selector", "span.rname")]
    assert HOSTILE in names
    options = page.execute_script(
        "return Array.from(document.querySelectorAll('#f-account option')).map(function (o) { return o.value; });")
    assert HOSTILE_ACCOUNT in options
    evidence = page.execute_script("return document.body.textContent")
    assert HOSTILE_MSG in evidence and '"note": "<img src=x onerror=alert(1)>"' in evidence


def test_failed_controls_come_first_and_open(page):
    controls = page.find_elements("css selector", "details.control")
    statuses = [c.get_attribute("data-status") for c in controls]
    assert statuses[:4] == ["fail"] * 4 and statuses[4] == "error"
    assert controls[0].get_attribute("id") == "ctl-aws-rds-02"  # critical before high
    assert all(c.get_attribute("open") for c in controls[:5])
    assert not any(c.get_attribute("open") for c in controls[5:])


def test_print_media_hides_filters(page):
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert page.execute_script("return getComputedStyle(document.getElementById('filters')).display") == "none"
        assert page.execute_script("return getComputedStyle(document.getElementById('cover')).breakAfter") in (
            "page", "always")
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_screenshot(driver, tmp_path):
    """A screenshot of the top of a report (benign names) for tests/artifacts and the README."""
    doc = fixture_results()
    for f in doc["findings"]:
        r = f.get("resource") or {}
        if r.get("name") == HOSTILE:
            r["name"], r["id"] = "phi-scans-2019", "arn:aws:s3:::phi-scans-2019"
            f["message"] = f["message"].replace(HOSTILE, "phi-scans-2019")
    path = tmp_path / "report.html"
    html_report.write(doc, path)
    driver.set_window_size(1400, 1900)
    driver.get(path.as_uri())
    driver.execute_script("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report.png"
    driver.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    if not DOCS_SHOT.exists() or os.environ.get("HIPAA_SCAN_UPDATE_SCREENSHOT") == "1":
        DOCS_SHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, DOCS_SHOT)
