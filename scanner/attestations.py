"""Attestations: signed-off statements for the citations no collector can check.

``attestations.yaml`` (schema: ``scanner/schemas/attestations.schema.json``)::

    attestations:
      - citation: "164.308(a)(1)(ii)(C)"     # exact catalogue spelling
        attested_by: Jane Doe
        role: Security Officer
        date: 2026-10-01                     # when it was attested (not in the future)
        expires: 2027-10-01
        evidence: {url: https://wiki.example.com/sanction-policy}   # and/or sha256 (+ file)
      - citation: "164.310(a)(2)(iv)"         # addressable: say whether it is implemented
        ...
        implemented: false
        rationale: Cloud-only; no facility of ours holds ePHI.
        alternative_measure: AWS SOC 2 report reviewed yearly (inherited control).

For an addressable specification, ``implemented: true``, or ``implemented: false`` with the
documented ``rationale`` and ``alternative_measure`` (164.306(d)(3)). A required one cannot
be attested as not implemented. In coverage, a citation with no automated control becomes
``attested`` while a valid attestation covers it, and stays ``manual`` (with the reason)
when the attestation is missing or expired.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path

from hipaa_scan.scanner.catalogue import load_catalogue
from hipaa_scan.scanner.yamlfile import load_yaml, parse_date, validate_doc


@dataclass(frozen=True)
class Attestation:
    citation: str
    attested_by: str
    role: str
    date: dt.date
    expires: dt.date
    evidence: dict
    where: str
    implemented: bool | None = None
    alternative_measure: str | None = None
    rationale: str | None = None
    notes: str | None = None

    def expired(self, as_of: dt.date) -> bool:
        return self.expires < as_of

    def summary(self) -> dict:
        out = {"citation": self.citation, "attested_by": self.attested_by, "role": self.role,
               "date": self.date.isoformat(), "expires": self.expires.isoformat(), "evidence": dict(self.evidence),
               "implemented": self.implemented, "source": self.where}
        if self.implemented is False:
            out.update(rationale=self.rationale, alternative_measure=self.alternative_measure)
        if self.notes:
            out["notes"] = self.notes
        return out


@dataclass(frozen=True)
class AttestationSet:
    file: str
    attestations: tuple[Attestation, ...]


def load_attestations(path: Path, *, today: date) -> AttestationSet:
    """Load and validate an attestations file; every error names file:line:col (exit 2)."""
    doc = load_yaml(path, "attestations")
    validate_doc(doc, "attestations")
    catalogue = load_catalogue()
    out: list[Attestation] = []
    for i, a in enumerate((doc.data or {}).get("attestations") or []):
        base = ("attestations", i)
        citation = a["citation"]
        if citation not in catalogue:
            raise doc.error(base + ("citation",), f"unknown HIPAA citation {citation!r} (not in the Security Rule "
                                                  "catalogue; write it exactly as 'hipaa-scan attest template' does)")
        spec = catalogue.by_id[citation]
        signed = parse_date(doc, base + ("date",), a["date"])
        expires = parse_date(doc, base + ("expires",), a["expires"])
        if signed > today:
            raise doc.error(base + ("date",), f"date {signed.isoformat()} is in the future")
        if expires <= signed:
            raise doc.error(base + ("expires",),
                            f"expires {expires.isoformat()} is not after date {signed.isoformat()}")
        implemented = a.get("implemented")
        if spec.required:
            if implemented is False:
                raise doc.error(base + ("implemented",),
                                f"{citation} is a required specification: it must be implemented (an alternative "
                                "measure is only allowed for addressable ones, 164.306(d)(3))")
            for key in ("alternative_measure", "rationale"):
                if key in a:
                    raise doc.error(base + (key,), f"'{key}' applies only to addressable specifications; "
                                                   f"{citation} is required", key=True)
        else:
            if implemented is None:
                raise doc.error(base, f"{citation} is addressable: add 'implemented: true', or 'implemented: false' "
                                      "with 'rationale' and 'alternative_measure' (164.306(d)(3))")
            if implemented is False:
                for key in ("rationale", "alternative_measure"):
                    if key not in a:
                        raise doc.error(base, f"{citation} is attested as not implemented: add '{key}' "
                                              "(why it is not reasonable and appropriate, and the equivalent "
                                              "measure in place, 164.306(d)(3))")
            else:
                for key in ("alternative_measure", "rationale"):
                    if key in a:
                        raise doc.error(base + (key,), f"'{key}' is for 'implemented: false'", key=True)
        evidence = dict(a["evidence"])
        if evidence.get("sha256"):
            evidence["sha256"] = evidence["sha256"].lower()
        if evidence.get("file") and evidence.get("sha256"):
            f = (doc.base_dir / evidence["file"]).resolve()
            if f.is_file():
                actual = hashlib.sha256(f.read_bytes()).hexdigest()
                if actual != evidence["sha256"]:
                    raise doc.error(base + ("evidence", "sha256"),
                                    f"does not match {evidence['file']} (its sha256 is {actual})")
                evidence["verified"] = True
            else:
                evidence["verified"] = False
        out.append(Attestation(
            citation=citation, attested_by=a["attested_by"].strip(), role=a["role"].strip(), date=signed,
            expires=expires, evidence=evidence, where=doc.where(base), implemented=implemented,
            alternative_measure=a.get("alternative_measure"), rationale=a.get("rationale"), notes=a.get("notes"),
        ))
    return AttestationSet(doc.name, tuple(out))


def attestation_section(attestations: AttestationSet, as_of: date) -> dict:
    """The results document's ``attestations`` section (what :func:`apply_to_coverage` reads)."""
    entries = []
    for a in attestations.attestations:
        entries.append(dict(a.summary(), status="expired" if a.expired(as_of) else "valid"))
    return {"file": attestations.file, "as_of": as_of.isoformat(), "entries": entries}


def apply_to_coverage(rows: list[dict], section: dict | None) -> list[dict]:
    """Mark coverage rows with their attestation. Called by ``finalize`` (so it is idempotent).

    A row with no automated control (``manual``) becomes ``attested`` when a valid attestation
    covers it; otherwise it stays ``manual`` with ``manual_reason``. A row with automated
    controls keeps its status and carries the attestation as extra evidence.
    """
    if section is None:
        return rows
    by_citation: dict[str, list[dict]] = {}
    for e in section.get("entries", []):
        by_citation.setdefault(e["citation"], []).append(e)
    for row in rows:
        found = by_citation.get(row["citation"], [])
        valid = sorted((e for e in found if e["status"] == "valid"), key=lambda e: e["expires"], reverse=True)
        expired = sorted((e for e in found if e["status"] == "expired"), key=lambda e: e["expires"], reverse=True)
        if valid:
            row["attestation"] = valid[0]
            if row["status"] == "manual":
                row["status"] = "attested"
                row.pop("manual_reason", None)
        elif row["status"] == "manual":
            if expired:
                e = expired[0]
                row["manual_reason"] = (f"attestation by {e['attested_by']} ({e['role']}) expired on {e['expires']}")
                row["attestation"] = e
            else:
                row["manual_reason"] = f"no automated control and no attestation in {section.get('file')}"
    return rows


def needs_attestation(coverage_rows: list[dict]) -> list[str]:
    """Citations a person must attest: the coverage rows with no automated control."""
    return [r["citation"] for r in coverage_rows if r["status"] in ("manual", "attested")]


def template(policy_set, today: date | None = None) -> tuple[str, list[str]]:
    """An attestations file listing, commented out, every citation no control of ``policy_set`` cites.

    Loaded as written it holds no attestation (each citation stays ``manual``); uncomment
    and fill in an entry to attest it.
    """
    from datetime import datetime, timedelta

    today = today or datetime.now(UTC).date()
    cited = {c for p in policy_set.policies for c in p.hipaa}
    missing = [c for c in load_catalogue().citations if c.citation not in cited]
    lines = [
        "# hipaa-scan attestations: the Security Rule citations no automated control checks.",
        f"# {len(missing)} citations need a person's attestation. Uncomment an entry, fill it in, and pass",
        "# this file with --attestations (or 'attestations:' in hipaa-scan.yaml). In coverage, an attested",
        "# citation shows as 'attested' until 'expires'; a missing or expired one stays 'manual'.",
        "# evidence: {url: https://...} and/or {sha256: <64 hex>, file: path/to/evidence.pdf}.",
        "# Addressable specifications: 'implemented: true', or 'implemented: false' with 'rationale' and",
        "# 'alternative_measure' (why it is not reasonable and appropriate, and the equivalent measure;",
        "# 164.306(d)(3)).",
        "version: 1",
        "attestations:",
    ]
    for c in missing:
        lines += [
            "",
            f"# {c.citation} {c.name} ({c.safeguard}, {c.requirement})",
            f'# - citation: "{c.citation}"',
            '#   attested_by: ""',
            '#   role: ""',
            f"#   date: {today.isoformat()}",
            f"#   expires: {(today + timedelta(days=365)).isoformat()}",
            '#   evidence: {url: "https://"}',
        ]
        if not c.required:
            lines += ["#   implemented: true"]
    return "\n".join(lines) + "\n", [c.citation for c in missing]
