"""Governance after evaluation: waivers, then baseline, then attestations, then ``finalize``.

Each step is a pure function over the results document, so the same inventory, policies,
waivers, baseline and attestations (and the same ``as_of`` day) give the same results.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from hipaa_scan.scanner.attestations import AttestationSet, attestation_section, load_attestations
from hipaa_scan.scanner.baseline import Baseline, apply_baseline, load_baseline
from hipaa_scan.scanner.evaluate import finalize
from hipaa_scan.scanner.types import Document, Results
from hipaa_scan.scanner.waivers import DEFAULT_MAX_WAIVER_DAYS, WaiverSet, apply_waivers, load_waivers


@dataclass(frozen=True)
class Governance:
    waivers: WaiverSet | None = None
    baseline: Baseline | None = None
    attestations: AttestationSet | None = None

    @property
    def empty(self) -> bool:
        return self.waivers is None and self.baseline is None and self.attestations is None


def today_utc() -> date:
    return datetime.now(UTC).date()


def load_governance(waivers: Path | None = None, baseline: Path | None = None, attestations: Path | None = None,
                    max_waiver_days: int | None = None, today: date | None = None) -> Governance:
    """Load and validate every governance file given (errors: exit 2, file:line:col)."""
    today = today or today_utc()
    return Governance(
        waivers=load_waivers(waivers, today=today, max_days=max_waiver_days or DEFAULT_MAX_WAIVER_DAYS)
        if waivers else None,
        baseline=load_baseline(baseline) if baseline else None,
        attestations=load_attestations(attestations, today=today) if attestations else None,
    )


def as_of_date(results: Document, pin: bool) -> date:
    """The day waivers and attestations are judged on: today, or with ``--pin`` the collection day."""
    collected = (results.get("scan") or {}).get("collected_at")
    if pin and collected:
        try:
            return datetime.fromisoformat(collected.replace("Z", "+00:00")).astimezone(UTC).date()
        except ValueError:
            pass
    return today_utc()


def apply_governance(results: Results, gov: Governance, *, fail_on: str, allow_incomplete: bool,
                     as_of: date) -> Results:
    """Waivers first (an explicit, owned decision), then the baseline over what still fails."""
    doc: dict = dict(results)
    if gov.waivers is not None:
        doc = apply_waivers(doc, gov.waivers, as_of)
    if gov.baseline is not None:
        doc = apply_baseline(doc, gov.baseline)
    if gov.attestations is not None:
        doc = dict(doc, attestations=attestation_section(gov.attestations, as_of))
    doc = dict(doc, controls=[dict(c) for c in doc["controls"]])  # finalize sets control statuses in place
    return finalize(doc, fail_on, allow_incomplete)
