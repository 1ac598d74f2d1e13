"""PDF: the HTML evidence report printed by headless Chromium (its print stylesheet).

Chromium is looked up as ``$HIPAA_SCAN_CHROMIUM``, then ``chromium``, ``chromium-browser``,
``google-chrome``, ``google-chrome-stable`` on PATH. Without it, ``--format pdf`` fails
before any work with one line saying how to install it (exit 2). Chromium runs with a
throw-away profile, no network (the page's Content-Security-Policy allows no request
either) and every control expanded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from hipaa_scan.reports import html
from hipaa_scan.scanner.errors import HipaaScanError
from hipaa_scan.scanner.types import Results

NAME = "pdf"
FILENAME = "report.pdf"
DESCRIPTION = "the HTML evidence report as PDF (needs headless Chromium)"

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: seconds Chromium may take to print by default (--pdf-timeout, $HIPAA_SCAN_PDF_TIMEOUT); a
#: 10k-finding report is a four-digit page count
TIMEOUT = 900.0


class RendererMissing(HipaaScanError):
    """A report format needs a program that is not installed."""


class RenderError(HipaaScanError):
    """The external renderer ran and failed."""


def find_chromium() -> str | None:
    env = os.environ.get("HIPAA_SCAN_CHROMIUM")
    if env:
        return env if (os.path.isfile(env) and os.access(env, os.X_OK)) else shutil.which(env)
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def preflight() -> None:
    """Raise :class:`RendererMissing` unless Chromium can be found."""
    if not find_chromium():
        raise RendererMissing("needs headless Chromium, which was not found: install it "
                              "(Debian/Ubuntu: apt-get install chromium) or set HIPAA_SCAN_CHROMIUM to its path; "
                              "or open report.html in a browser and print it to PDF", "--format pdf")


def chromium_args(binary: str, profile: str, html_path: Path, pdf_path: Path) -> list[str]:
    return [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", f"--user-data-dir={profile}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
            "--run-all-compositor-stages-before-draw", f"--print-to-pdf={pdf_path}", html_path.as_uri()]


def write(results: Results, path: Path, results_data: bytes | None = None, timeout: float = TIMEOUT,
          **_options) -> None:
    binary = find_chromium()
    if binary is None:
        preflight()  # raises RendererMissing with the install hint
        return
    path = Path(path).resolve()
    with tempfile.TemporaryDirectory(prefix="hipaa-scan-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html.render(results, print_mode=True, results_data=results_data), encoding="utf-8")
        out = Path(tmp) / "report.pdf"
        try:
            proc = subprocess.run(chromium_args(binary, str(Path(tmp) / "profile"), page, out),
                                  capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise RenderError(f"Chromium did not finish printing the PDF within {timeout:g} s "
                              "(give --pdf-timeout, or HIPAA_SCAN_PDF_TIMEOUT, to wait longer)", str(path)) from None
        except OSError as exc:
            raise RendererMissing(f"cannot run Chromium ({binary}): {exc.strerror}", "--format pdf") from None
        if proc.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise RenderError(f"Chromium failed to print the PDF (exit {proc.returncode}): {last}", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(out), str(path))
