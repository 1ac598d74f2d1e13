"""The pipeline with typed inputs: collect → evaluate → report → gate.

The CLI (scanner/cli/) builds these settings once per command from its options; a notebook
or another program calls the same functions::

    from hipaa_scan.scanner import pipeline
    from hipaa_scan.scanner.sources import TlsRequest

    inventory = pipeline.collect(TlsRequest(targets=("127.0.0.1:8443",)))
    results = pipeline.evaluate(inventory, pipeline.EvaluationSettings(), pipeline.GateSettings("medium"))
    pipeline.report(results, pipeline.ReportSettings(formats=("json", "sarif"), out_dir=Path("out")))
    exit_code = pipeline.gate(results)

Every check of the settings happens when they are built (``__post_init__``), before any
network call, and raises a one-line :class:`~hipaa_scan.scanner.errors.InputError` (exit 2).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.gate import FAIL_ON_CHOICES, evaluate_gate
from hipaa_scan.scanner.opa_packages import ROOT, OpaConfig, check_prefix, parse_url, read_token
from hipaa_scan.scanner.outputs import check_dir
from hipaa_scan.scanner.selection import ControlSelection
from hipaa_scan.scanner.sources import ProgressLine, SourceRequest
from hipaa_scan.scanner.types import Inventory, Results

if TYPE_CHECKING:
    from hipaa_scan.scanner.governance import Governance
    from hipaa_scan.scanner.policies import PolicySet

__all__ = ["ControlSelection", "EvaluationSettings", "GateSettings", "OpaConfig", "PhiScope", "ReportSettings", "ScanRequest",
           "collect", "evaluate", "gate", "opa_settings", "report", "scan"]


@dataclass(frozen=True)
class PhiScope:
    """Which resources hold ePHI: those carrying any of ``tags`` ((key, value) pairs)."""

    tags: tuple[tuple[str, str], ...] = ()
    only: bool = False  #: evaluate only in-scope resources

    def __post_init__(self) -> None:
        if self.only and not self.tags:
            raise InputError("--phi-only needs at least one --phi-tag KEY=VALUE", "--phi-only")

    @classmethod
    def parse(cls, tags: Iterable[str], only: bool = False) -> PhiScope:
        """From ``KEY=VALUE`` strings (``--phi-tag phi=true``)."""
        pairs = []
        for item in tags:
            key, sep, val = item.partition("=")
            if not sep or not key.strip():
                raise InputError(f"{item!r} is not KEY=VALUE (e.g. --phi-tag phi=true)", "--phi-tag")
            pairs.append((key.strip(), val.strip()))
        return cls(tuple(pairs), only)


def opa_settings(engine: str = "embedded", *, url: str | None = None, token_file: Path | None = None,
                 push: bool = False, package_prefix: str | None = None, timeout: float = 30.0,
                 given: Iterable[str] = ()) -> OpaConfig | None:
    """``--engine`` and the ``--opa-*`` options → None (embedded) or a checked :class:`OpaConfig`.

    ``given`` names the ``--opa-*`` options the user set, so one given without ``--engine opa``
    is an error rather than silently ignored.
    """
    if engine != "opa":
        given = sorted(given)
        if given:
            raise InputError(f"{given[0]} needs --engine opa", given[0])
        return None
    if not url:
        raise InputError("--engine opa needs --opa-url (e.g. http://opa:8181)", "--engine")
    if push and package_prefix:
        raise InputError("--opa-push uploads the policies under a scan-specific package root; "
                         "--opa-package-prefix names where deployed policies live: give one of them", "--opa-push")
    parse_url(url)
    if token_file:
        read_token(token_file)
    return OpaConfig(url=url, token_file=token_file, push=push, package_prefix=check_prefix(package_prefix or ROOT),
                     timeout=timeout)


@dataclass(frozen=True)
class EvaluationSettings:
    """How to evaluate: which policies, on which engine, with which governance files."""

    policy_dirs: tuple[Path, ...] = ()  #: extra directories of Rego controls
    pin: bool = False  #: scan id and times derived from the inputs (byte-identical results)
    phi: PhiScope = field(default_factory=PhiScope)
    engine: OpaConfig | None = None  #: None: the embedded engine (regorus)
    governance: Governance | None = None  #: waivers, baseline, attestations (scanner/governance.py)
    jobs: int = 0  #: worker processes for the embedded engine; 0: one per core for big inventories
    #: which controls run (scanner/selection.py); by default those the inventory's collectors feed
    selection: ControlSelection = field(default_factory=ControlSelection)

    def __post_init__(self) -> None:
        if not isinstance(self.jobs, int) or self.jobs < 0:
            raise InputError(f"{self.jobs!r} is not a number of worker processes (0 or more)", "--jobs")

    def policy_set(self) -> PolicySet:
        from hipaa_scan.scanner.policies import load_policy_set

        return load_policy_set(self.policy_dirs)


@dataclass(frozen=True)
class GateSettings:
    """When the gate fails: an unwaived failure at or above ``fail_on`` (exit 1), or anything
    unread (exit 3) unless ``allow_incomplete``."""

    fail_on: str = "high"
    allow_incomplete: bool = False

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON_CHOICES:
            raise InputError(f"unknown severity {self.fail_on!r}; choose one of {', '.join(FAIL_ON_CHOICES)}",
                             "--fail-on")


@dataclass(frozen=True)
class ReportSettings:
    """Which report files to write, where, and the manifest's signing key."""

    formats: tuple[str, ...] = ("json", "junit", "html")
    out_dir: Path = Path("hipaa-out")
    junit_group: str = "control"  #: JUnit suites per "control" or per "citation"
    sign_key: bytes | None = None  #: HMAC-SHA256 key for manifest.json
    pdf_timeout: float = 900.0  #: seconds Chromium may take to print report.pdf

    def __post_init__(self) -> None:
        from hipaa_scan.reports import parse_formats

        object.__setattr__(self, "formats", tuple(parse_formats(",".join(self.formats))))
        check_dir(self.out_dir, "--out")  # before any collection: a wrong --out fails at once
        if self.junit_group not in ("control", "citation"):
            raise InputError(f"unknown JUnit grouping {self.junit_group!r}", "--junit-group")

    def writer_options(self) -> dict[str, dict[str, Any]]:
        return {"junit": {"group": self.junit_group}, "pdf": {"timeout": self.pdf_timeout}}


@dataclass(frozen=True)
class ScanRequest:
    """One ``scan``: a source to collect, then evaluate, report and gate."""

    source: SourceRequest
    evaluation: EvaluationSettings = field(default_factory=EvaluationSettings)
    gate: GateSettings = field(default_factory=GateSettings)
    report: ReportSettings = field(default_factory=ReportSettings)


def collect(source: SourceRequest, progress: ProgressLine | None = None) -> Inventory:
    """Collect one source (read-only) into an inventory."""
    return source.collect(progress)


def inventory_sha256(inventory: Inventory) -> str:
    """The hash of the inventory as it is written to inventory.json."""
    return hashlib.sha256(inventory_bytes(inventory)).hexdigest()


def inventory_bytes(inventory: Inventory) -> bytes:
    """The bytes inventory.json holds (scanner.inventory.write_json)."""
    from hipaa_scan.scanner.inventory import document_text

    return document_text(inventory).encode("utf-8")


@contextlib.contextmanager
def _engine(settings: EvaluationSettings, policy_set: PolicySet) -> Iterator[Any]:
    if settings.engine is None:
        yield None
        return
    from hipaa_scan.scanner.extras import require

    require("opa")
    from hipaa_scan.scanner.engine_opa import OpaEngine

    with OpaEngine.from_config(settings.engine, policy_set.sha256) as engine:
        yield engine


def evaluate(inventory: Inventory, settings: EvaluationSettings | None = None, gate_settings: GateSettings | None = None,
             *, inventory_sha256: str = "") -> Results:
    """Judge every resource with every control; the results carry the gate's verdict."""
    from hipaa_scan.scanner.evaluate import Evaluator, finalize

    settings = settings or EvaluationSettings()
    gate_settings = gate_settings or GateSettings()
    policy_set = settings.policy_set()
    selected, selection = settings.selection.apply(policy_set, inventory)
    with _engine(settings, policy_set) as engine:
        results = Evaluator(selected, engine, jobs=settings.jobs).evaluate(
            inventory, inventory_sha256=inventory_sha256, fail_on=gate_settings.fail_on, pin=settings.pin,
            phi_tags=settings.phi.tags, phi_only=settings.phi.only)
    results["selection"] = selection
    if selection["deselected"]:  # coverage: a citation whose controls were all left out is not_assessed
        finalize(results, gate_settings.fail_on, gate_settings.allow_incomplete)
    gov = settings.governance
    if gov is not None and not gov.empty:
        from hipaa_scan.scanner.governance import apply_governance, as_of_date

        return apply_governance(results, gov, fail_on=gate_settings.fail_on,
                                allow_incomplete=gate_settings.allow_incomplete, as_of=as_of_date(results, settings.pin))
    results["gate"] = evaluate_gate(results["findings"], gate_settings.fail_on, gate_settings.allow_incomplete,
                                    len(results.get("errors") or []))
    return results


def report(results: Results, settings: ReportSettings | None = None, *, inventory: Inventory | None = None,
           inputs: Iterable[tuple[str, Path]] = ()) -> list[Path]:
    """Write the report files and manifest.json into ``settings.out_dir``; return their paths.

    With ``inventory``, inventory.json is written beside them (a scan's evidence of what was read);
    ``inputs`` names input files the manifest records by hash (e.g. ``("results", path)``).
    """
    from hipaa_scan.reports import manifest, write_reports
    from hipaa_scan.scanner.inventory import write_json
    from hipaa_scan.scanner.outputs import staged_dir

    settings = settings or ReportSettings()
    out_dir = settings.out_dir
    # written into a hidden staging directory, moved into place with manifest.json last: an
    # interrupted or failed run leaves the previous complete set or nothing (scanner/outputs.py)
    with staged_dir(out_dir) as stage:
        extra: list[Path] = []
        if inventory is not None:
            write_json(inventory, stage / "inventory.json")
            extra.append(stage / "inventory.json")
        written = write_reports(results, stage, list(settings.formats), settings.writer_options())
        manifest.write(stage, [*extra, *written], inputs=list(inputs), results=results, key=settings.sign_key,
                       final_dir=out_dir)
    return [out_dir / p.name for p in written] + [out_dir / manifest.MANIFEST]


def gate(results: Results) -> int:
    """The exit code a CI pipeline gates on: 0 passed, 1 failed on findings, 3 incomplete."""
    return int(results["gate"]["exit_code"])


def scan(request: ScanRequest, progress: ProgressLine | None = None) -> Results:
    """Collect, evaluate and report one source; return the results (``gate(results)`` is the exit code)."""
    # a bad --policy-dir, or a --controls pattern that matches nothing, fails before any network call
    request.evaluation.selection.check(request.evaluation.policy_set())
    inventory = collect(request.source, progress)
    results = evaluate(inventory, request.evaluation, request.gate, inventory_sha256=inventory_sha256(inventory))
    report(results, request.report, inventory=inventory)
    return results
