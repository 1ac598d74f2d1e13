"""The CI gate: findings + ``--fail-on`` → verdict and exit code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from hipaa_scan.scanner.errors import ExitCode
from hipaa_scan.scanner.policies import SEVERITIES
from hipaa_scan.scanner.types import Gate

FAIL_ON_CHOICES = (*SEVERITIES, "never")


def evaluate_gate(findings: Sequence[Any], fail_on: str, allow_incomplete: bool = False,
                  collection_errors: int = 0) -> Gate:
    """Return the gate's verdict.

    Exit 1 if any unwaived ``fail`` is at or above ``fail_on``; otherwise exit 3 if any
    finding is ``error``, or the inventory records a collection error (``collection_errors``:
    also one that no control's finding shows, so what was not read never reads as a clean
    scan), unless ``allow_incomplete``; else 0.
    A failing gate outranks an incomplete scan: the failures are certain, the gaps are not.
    ``waived`` (an unexpired waiver) and ``baseline`` (a failure the baseline knew) never fail it.
    """
    return gate_from_counts(Counter((f["severity"], f["status"]) for f in findings), fail_on, allow_incomplete,
                            collection_errors)


def gate_from_counts(by_severity: Mapping[tuple[str, str], int], fail_on: str, allow_incomplete: bool = False,
                     collection_errors: int = 0) -> Gate:
    """:func:`evaluate_gate` from the findings' counts by (severity, status)."""
    if fail_on not in FAIL_ON_CHOICES:
        raise ValueError(f"unknown severity {fail_on!r}")
    threshold = -1 if fail_on == "never" else SEVERITIES.index(fail_on)
    blocking = sum(n for (sev, status), n in by_severity.items()
                   if status == "fail" and SEVERITIES.index(sev) <= threshold)
    errors = sum(n for (_, status), n in by_severity.items() if status == "error")
    verdict: Literal["passed", "failed", "incomplete"]
    if blocking:
        code, verdict = ExitCode.GATE_FAILED, "failed"
    elif (errors or collection_errors) and not allow_incomplete:
        code, verdict = ExitCode.INCOMPLETE, "incomplete"
    else:
        code, verdict = ExitCode.OK, "passed"
    return {
        "fail_on": fail_on,
        "allow_incomplete": allow_incomplete,
        "verdict": verdict,
        "exit_code": int(code),
        "blocking_findings": blocking,
        "error_findings": errors,
        "collection_errors": collection_errors,
        "waived_findings": sum(n for (_, status), n in by_severity.items() if status == "waived"),
        "baseline_findings": sum(n for (_, status), n in by_severity.items() if status == "baseline"),
    }
