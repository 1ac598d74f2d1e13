"""The history store's tables (SQLAlchemy Core), as the newest migration leaves them.

- ``scans``: one row per recorded scan: when, what (scope key, accounts, sources), the policy
  set and inventory hashes, the gate, the counts, the results document without its findings
  (``document``, JSON), and the manifest and its signature as they were written.
- ``findings``: one row per (scan, control, resource). ``control_id`` + ``resource_type`` +
  ``resource_id`` is the finding's identity across scans ('' when a control had no resource
  to judge), so drift is an exact join. The evidence is a hash into ``evidence``; ``extra``
  holds the finding's remaining fields (JSON) so the results document can be rebuilt.
- ``evidence``: each distinct evidence document once (sha256 of its canonical JSON).
- ``coverage``: per (scan, citation): the safeguard family, the rolled-up status and the
  finding counts: what trends and coverage moves are computed from, in SQL.

The schema itself is created and upgraded only by the Alembic migrations in ``migrations/``;
this module describes it for queries.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

scans = Table(
    "scans", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("scan_id", String(64), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # scan | evaluate
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("recorded_at", String(40), nullable=False),
    Column("scope", String(64), nullable=False),  # sha256 of the sources' identities (what "previous" means)
    Column("accounts", Text, nullable=False),  # ",a,b," for --account filters
    Column("sources", Text, nullable=False),  # JSON: the results' scan.targets
    Column("scanner_version", String(40)),
    Column("policy_set_sha256", String(64)),
    Column("inventory_sha256", String(64)),
    Column("fail_on", String(16)),
    Column("gate_verdict", String(16)),
    Column("gate_exit_code", Integer),
    Column("total", Integer, nullable=False),
    Column("n_pass", Integer, nullable=False),
    Column("n_fail", Integer, nullable=False),
    Column("n_error", Integer, nullable=False),
    Column("n_waived", Integer, nullable=False),
    Column("document", Text, nullable=False),  # the results without findings (JSON)
    Column("manifest", Text),  # manifest.json as written (JSON), when reports were written
    Column("signature_algorithm", String(32)),
    Column("signature_key_id", String(64)),
)
Index("ix_scans_started", scans.c.started_at)
Index("ix_scans_scope_started", scans.c.scope, scans.c.started_at)

evidence = Table(
    "evidence", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("data", Text, nullable=False),
)

findings = Table(
    "findings", metadata,
    Column("scan_pk", Integer, ForeignKey("scans.pk", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("control_id", String(128), nullable=False),
    Column("resource_type", String(128), nullable=False),
    Column("resource_id", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("message", Text, nullable=False),
    Column("evidence_sha256", String(64), ForeignKey("evidence.sha256"), nullable=False),
    Column("extra", Text, nullable=False),
)
Index("ix_findings_identity", findings.c.scan_pk, findings.c.control_id, findings.c.resource_type,
      findings.c.resource_id)
Index("ix_findings_resource", findings.c.scan_pk, findings.c.resource_type, findings.c.resource_id)
Index("ix_findings_evidence", findings.c.evidence_sha256)

coverage = Table(
    "coverage", metadata,
    Column("scan_pk", Integer, ForeignKey("scans.pk", ondelete="CASCADE"), nullable=False),
    Column("citation", String(64), nullable=False),
    Column("safeguard", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("n_pass", Integer, nullable=False),
    Column("n_fail", Integer, nullable=False),
    Column("n_error", Integer, nullable=False),
    Column("n_other", Integer, nullable=False),
)
Index("ix_coverage_scan", coverage.c.scan_pk, coverage.c.citation)

#: the schema revision this code writes (the head of migrations/versions)
HEAD = "0001"
