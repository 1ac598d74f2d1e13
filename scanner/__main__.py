from hipaa_scan.scanner.cli import entry

entry()
