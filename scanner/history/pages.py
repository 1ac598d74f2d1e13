"""The history's own HTML pages (the trend page, the export's index.html): Jinja2 with
autoescaping, no script, and a Content-Security-Policy that allows no network request."""

from __future__ import annotations

import functools
from typing import Any

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@functools.lru_cache(maxsize=1)
def _env() -> Any:
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("hipaa_scan.scanner.history", "templates"),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


def render(template: str, **values: Any) -> str:
    from hipaa_scan.scanner import __version__

    return _env().get_template(template).render(csp=CSP, version=__version__, **values)
