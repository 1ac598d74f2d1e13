"""The scan history store: scans recorded over time, drift between them, trends, signed evidence.

``--record`` (on every ``scan`` and on ``evaluate``) puts a scan into the store
(:mod:`.record`); ``hipaa-scan history …`` reads it back (scanner/cli/history.py).

- :mod:`.store` — open a store (SQLite file or PostgreSQL URL), apply the Alembic migrations
  (``migrations/``), record in one transaction, read scans back, prune.
- :mod:`.schema` — the tables: scans, findings (identity: control + resource), evidence blobs
  stored once per distinct content, per-citation coverage.
- :mod:`.diff` — drift between two scans, computed in SQL.
- :mod:`.trend` — pass rate per safeguard family and per citation over time (CSV, HTML with SVG).
- :mod:`.export` — the auditor's package (every scan's results, reports and manifests, signed).
- :mod:`.notify` — Slack / Teams / generic webhooks and mailto: after a recorded scan.

Needs the ``history`` extra (SQLAlchemy, Alembic, platformdirs); PostgreSQL also the ``db`` extra
(psycopg). See docs/history.md.
"""
