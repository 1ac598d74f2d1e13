"""Drift between two recorded scans, computed in SQL.

A finding's identity is (control, resource type, resource id), the same in every scan, so the
diff is a join of the two scans' findings on it; only the rows that differ leave the database
(never the whole scans). The categories:

- **new failures**: a finding that is ``fail`` now and was not (it was pass, error, … or absent);
- **fixed**: ``fail`` before, ``pass`` or ``not_applicable`` now;
- **status changes**: every other change of status of a finding present in both scans;
- **new / removed resources**: resources (type, id) only in the later / earlier scan;
- **coverage moves**: citations whose rolled-up status changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hipaa_scan.scanner.gate import FAIL_ON_CHOICES

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

SEVERITY_RANK = {"critical": 4, "high": 3, "medium": 2, "low": 1}

_CHANGED = """
SELECT b.control_id, b.resource_type, b.resource_id, a.status AS old, b.status AS new, b.severity, b.message
FROM findings b
LEFT JOIN findings a ON a.scan_pk = :a AND a.control_id = b.control_id
     AND a.resource_type = b.resource_type AND a.resource_id = b.resource_id
WHERE b.scan_pk = :b AND (a.status IS NULL OR a.status <> b.status)
UNION ALL
SELECT a.control_id, a.resource_type, a.resource_id, a.status AS old, NULL AS new, a.severity, a.message
FROM findings a
LEFT JOIN findings b ON b.scan_pk = :b AND b.control_id = a.control_id
     AND b.resource_type = a.resource_type AND b.resource_id = a.resource_id
WHERE a.scan_pk = :a AND b.status IS NULL
ORDER BY 1, 2, 3
"""

_RESOURCES = """
SELECT DISTINCT x.resource_type, x.resource_id FROM findings x
WHERE x.scan_pk = :this AND x.resource_id <> ''
  AND NOT EXISTS (SELECT 1 FROM findings y WHERE y.scan_pk = :other
                  AND y.resource_type = x.resource_type AND y.resource_id = x.resource_id)
ORDER BY 1, 2
"""

_COVERAGE = """
SELECT b.citation, b.safeguard, a.status AS old, b.status AS new
FROM coverage b JOIN coverage a ON a.scan_pk = :a AND a.citation = b.citation
WHERE b.scan_pk = :b AND a.status <> b.status
ORDER BY 1
"""


@dataclass
class Change:
    control_id: str
    resource_type: str
    resource_id: str
    old: str | None
    new: str | None
    severity: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Diff:
    """What changed from scan ``a`` (earlier) to scan ``b`` (later)."""

    a: dict[str, Any]
    b: dict[str, Any]
    new_failures: list[Change] = field(default_factory=list)
    fixed: list[Change] = field(default_factory=list)
    status_changes: list[Change] = field(default_factory=list)
    appeared: list[Change] = field(default_factory=list)  #: findings only in b, not failing
    disappeared: list[Change] = field(default_factory=list)  #: findings only in a
    new_resources: list[tuple[str, str]] = field(default_factory=list)
    removed_resources: list[tuple[str, str]] = field(default_factory=list)
    coverage_moves: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any((self.new_failures, self.fixed, self.status_changes, self.appeared, self.disappeared,
                    self.new_resources, self.removed_resources, self.coverage_moves))

    def counts(self) -> dict[str, int]:
        return {"new_failures": len(self.new_failures), "fixed": len(self.fixed),
                "status_changes": len(self.status_changes), "appeared": len(self.appeared),
                "disappeared": len(self.disappeared), "new_resources": len(self.new_resources),
                "removed_resources": len(self.removed_resources), "coverage_moves": len(self.coverage_moves)}

    def new_at_or_above(self, severity: str) -> list[Change]:
        """New failures at or above ``severity`` (``never``: none)."""
        if severity == "never":
            return []
        floor = SEVERITY_RANK[severity]
        return [c for c in self.new_failures if SEVERITY_RANK.get(c.severity, 0) >= floor]

    def summary_line(self) -> str:
        c = self.counts()
        return (f"{c['new_failures']} new failure(s), {c['fixed']} fixed, {c['status_changes']} other status change(s), "
                f"{c['new_resources']} new and {c['removed_resources']} removed resource(s), "
                f"{c['coverage_moves']} coverage move(s)")

    def as_dict(self, limit: int | None = None) -> dict[str, Any]:
        def cut(items: list[Any]) -> list[Any]:
            return items if limit is None else items[:limit]

        return {
            "from": self.a, "to": self.b, "counts": self.counts(), "changed": self.changed,
            "new_failures": [c.as_dict() for c in cut(self.new_failures)],
            "fixed": [c.as_dict() for c in cut(self.fixed)],
            "status_changes": [c.as_dict() for c in cut(self.status_changes)],
            "appeared": [c.as_dict() for c in cut(self.appeared)],
            "disappeared": [c.as_dict() for c in cut(self.disappeared)],
            "new_resources": [{"type": t, "id": i} for t, i in cut(self.new_resources)],
            "removed_resources": [{"type": t, "id": i} for t, i in cut(self.removed_resources)],
            "coverage_moves": cut(self.coverage_moves),
        }


def _scan_info(conn: Connection, pk: int) -> dict[str, Any]:
    from sqlalchemy import select

    from hipaa_scan.scanner.history.schema import scans

    r = conn.execute(select(scans.c.scan_id, scans.c.started_at, scans.c.kind).where(scans.c.pk == pk)).one()
    return {"scan_id": r.scan_id, "started_at": r.started_at, "kind": r.kind}


def compute(conn: Connection, a: int, b: int) -> Diff:
    """The diff from scan ``a`` to scan ``b`` (store primary keys)."""
    from sqlalchemy import text

    d = Diff(_scan_info(conn, a), _scan_info(conn, b))
    for r in conn.execute(text(_CHANGED), {"a": a, "b": b}):
        c = Change(r.control_id, r.resource_type, r.resource_id, r.old, r.new, r.severity, r.message)
        if c.new == "fail":
            d.new_failures.append(c)
        elif c.old == "fail" and c.new in ("pass", "not_applicable"):
            d.fixed.append(c)
        elif c.old is None:
            d.appeared.append(c)
        elif c.new is None:
            d.disappeared.append(c)
        else:
            d.status_changes.append(c)
    d.new_resources = [(r[0], r[1]) for r in conn.execute(text(_RESOURCES), {"this": b, "other": a})]
    d.removed_resources = [(r[0], r[1]) for r in conn.execute(text(_RESOURCES), {"this": a, "other": b})]
    d.coverage_moves = [{"citation": r.citation, "safeguard": r.safeguard, "old": r.old, "new": r.new}
                        for r in conn.execute(text(_COVERAGE), {"a": a, "b": b})]
    return d


def _who(c: Change) -> str:
    return f"{c.control_id} {c.resource_type}:{c.resource_id}" if c.resource_id else f"{c.control_id} (no resource)"


def render_text(d: Diff, limit: int = 50) -> list[str]:
    """The diff as lines for a terminal (``history diff``)."""
    out = [f"from {d.a['scan_id']} ({d.a['started_at']})", f"  to {d.b['scan_id']} ({d.b['started_at']})",
           d.summary_line()]

    def section(title: str, items: list[Any], fmt: Any) -> None:
        if not items:
            return
        out.append("")
        out.append(f"{title} ({len(items)}):")
        out.extend("  " + fmt(x) for x in items[:limit])
        if len(items) > limit:
            out.append(f"  … and {len(items) - limit} more (--format json lists all)")

    section("New failures", d.new_failures, lambda c: f"[{c.severity}] {_who(c)}: {c.old or 'absent'} → fail. {c.message}")
    section("Fixed", d.fixed, lambda c: f"[{c.severity}] {_who(c)}: fail → {c.new}")
    section("Status changes", d.status_changes, lambda c: f"[{c.severity}] {_who(c)}: {c.old} → {c.new}")
    section("New findings (not failing)", d.appeared, lambda c: f"{_who(c)}: {c.new}")
    section("Findings no longer present", d.disappeared, lambda c: f"{_who(c)}: was {c.old}")
    section("New resources", d.new_resources, lambda t: f"{t[0]}:{t[1]}")
    section("Removed resources", d.removed_resources, lambda t: f"{t[0]}:{t[1]}")
    section("Coverage moves", d.coverage_moves, lambda m: f"{m['citation']} ({m['safeguard']}): {m['old']} → {m['new']}")
    return out


FAIL_ON_NEW_CHOICES = FAIL_ON_CHOICES
