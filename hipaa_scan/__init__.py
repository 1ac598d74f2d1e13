"""hipaa-scan: HIPAA Security Rule compliance scanner and policy-as-code engine.

The one import name the distribution installs. The repository's folders are its parts:
``hipaa_scan.scanner`` (the pipeline, engines, CLI), ``hipaa_scan.collectors`` (read-only
collectors), ``hipaa_scan.policies`` (the Rego controls) and ``hipaa_scan.reports`` (writers).

The Python API (docs/api.md) is the pipeline's, re-exported here::

    import hipaa_scan as hs

    inventory = hs.collect(hs.AwsRequest(regions=("us-east-1",)))
    results = hs.evaluate(inventory, hs.EvaluationSettings(), hs.GateSettings(fail_on="medium"))
    hs.report(results, hs.ReportSettings(formats=("json", "sarif")))
    raise SystemExit(hs.gate(results))
"""

from hipaa_scan.scanner import __version__
from hipaa_scan.scanner.pipeline import (
    EvaluationSettings,
    GateSettings,
    OpaConfig,
    PhiScope,
    ReportSettings,
    ScanRequest,
    collect,
    evaluate,
    gate,
    report,
    scan,
)
from hipaa_scan.scanner.sources import AwsRequest, HostRequest, IacRequest, TlsRequest
from hipaa_scan.scanner.types import Finding, Inventory, Results

__all__ = [
    "AwsRequest",
    "EvaluationSettings",
    "Finding",
    "GateSettings",
    "HostRequest",
    "IacRequest",
    "Inventory",
    "OpaConfig",
    "PhiScope",
    "ReportSettings",
    "Results",
    "ScanRequest",
    "TlsRequest",
    "__version__",
    "collect",
    "evaluate",
    "gate",
    "report",
    "scan",
]
