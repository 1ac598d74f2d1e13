"""hipaa-scan: HIPAA Security Rule compliance scanner and policy-as-code engine."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hipaa-scan")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
