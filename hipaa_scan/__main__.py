"""``python -m hipaa_scan``: the ``hipaa-scan`` command."""

from hipaa_scan.scanner.cli import entry

entry()
