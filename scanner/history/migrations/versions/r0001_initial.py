"""The first schema of the history store: scans, findings, evidence, coverage.

Revision ID: 0001
Revises:
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scans",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("scan_id", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("started_at", sa.String(40), nullable=False),
        sa.Column("finished_at", sa.String(40)),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("scope", sa.String(64), nullable=False),
        sa.Column("accounts", sa.Text, nullable=False),
        sa.Column("sources", sa.Text, nullable=False),
        sa.Column("scanner_version", sa.String(40)),
        sa.Column("policy_set_sha256", sa.String(64)),
        sa.Column("inventory_sha256", sa.String(64)),
        sa.Column("fail_on", sa.String(16)),
        sa.Column("gate_verdict", sa.String(16)),
        sa.Column("gate_exit_code", sa.Integer),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("n_pass", sa.Integer, nullable=False),
        sa.Column("n_fail", sa.Integer, nullable=False),
        sa.Column("n_error", sa.Integer, nullable=False),
        sa.Column("n_waived", sa.Integer, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("manifest", sa.Text),
        sa.Column("signature_algorithm", sa.String(32)),
        sa.Column("signature_key_id", sa.String(64)),
    )
    op.create_index("ix_scans_started", "scans", ["started_at"])
    op.create_index("ix_scans_scope_started", "scans", ["scope", "started_at"])
    op.create_table(
        "evidence",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "findings",
        sa.Column("scan_pk", sa.Integer, sa.ForeignKey("scans.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("control_id", sa.String(128), nullable=False),
        sa.Column("resource_type", sa.String(128), nullable=False),
        sa.Column("resource_id", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("evidence_sha256", sa.String(64), sa.ForeignKey("evidence.sha256"), nullable=False),
        sa.Column("extra", sa.Text, nullable=False),
    )
    op.create_index("ix_findings_identity", "findings", ["scan_pk", "control_id", "resource_type", "resource_id"])
    op.create_index("ix_findings_resource", "findings", ["scan_pk", "resource_type", "resource_id"])
    op.create_index("ix_findings_evidence", "findings", ["evidence_sha256"])
    op.create_table(
        "coverage",
        sa.Column("scan_pk", sa.Integer, sa.ForeignKey("scans.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("citation", sa.String(64), nullable=False),
        sa.Column("safeguard", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("n_pass", sa.Integer, nullable=False),
        sa.Column("n_fail", sa.Integer, nullable=False),
        sa.Column("n_error", sa.Integer, nullable=False),
        sa.Column("n_other", sa.Integer, nullable=False),
    )
    op.create_index("ix_coverage_scan", "coverage", ["scan_pk", "citation"])


def downgrade() -> None:
    for name in ("coverage", "findings", "evidence", "scans"):
        op.drop_table(name)
