"""Waivers: accepted risks that are explained, owned, ticketed and expire.

``waivers.yaml`` (schema: ``scanner/schemas/waivers.schema.json``)::

    waivers:
      - id: W-001
        control: AWS-S3-02            # a control id, or a glob (AWS-S3-*)
        resource:                     # at least one of id / tags; type is optional
          id: "arn:aws:s3:::legacy-*" # exact id or glob
          tags: {env: sandbox}        # every listed tag must match
        account: "123456789012"       # optional
        region: us-east-1             # optional
        reason: Legacy bucket, read-only, deleted with the Q3 migration.
        approver: jane.doe@example.com
        ticket: https://tracker.example.com/SEC-123
        expires: 2027-03-31           # required; at most --max-waiver-days (365) ahead

Waivers are applied after evaluation by :func:`apply_waivers`, a pure function over the
results document: a matching ``fail`` becomes ``waived`` with the waiver attached. An
``error`` finding is never waived (incomplete collection stays visible): the attempt is
listed under ``refused``. An expired waiver applies to nothing and is listed as
``expired``; an active waiver that matched no finding is listed as ``unused``.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from fnmatch import fnmatchcase
from pathlib import Path

from hipaa_scan.scanner.types import Document
from hipaa_scan.scanner.yamlfile import load_yaml, parse_date, validate_doc

DEFAULT_MAX_WAIVER_DAYS = 365


@dataclass(frozen=True)
class Waiver:
    id: str
    control: str
    reason: str
    approver: str
    ticket: str
    expires: date
    where: str
    resource_id: str | None = None
    resource_type: str | None = None
    tags: tuple[tuple[str, str], ...] = ()
    account: str | None = None
    region: str | None = None

    def expired(self, as_of: date) -> bool:
        """A waiver is valid through its ``expires`` day and expired from the day after."""
        return self.expires < as_of

    def selector(self) -> dict:
        sel: dict = {}
        if self.resource_id is not None:
            sel["id"] = self.resource_id
        if self.resource_type is not None:
            sel["type"] = self.resource_type
        if self.tags:
            sel["tags"] = dict(self.tags)
        return sel

    def summary(self) -> dict:
        return {"id": self.id, "control": self.control, "resource": self.selector(), "account": self.account,
                "region": self.region, "reason": self.reason, "approver": self.approver, "ticket": self.ticket,
                "expires": self.expires.isoformat(), "source": self.where}

    def attached(self) -> dict:
        """What a waived finding carries."""
        return {"id": self.id, "reason": self.reason, "approver": self.approver, "ticket": self.ticket,
                "expires": self.expires.isoformat(), "source": self.where}

    @functools.cached_property
    def _id_match(self):
        """The resource-id glob as a compiled regex match (fnmatchcase semantics)."""
        return re.compile(fnmatch.translate(self.resource_id)).match if self.resource_id is not None else None

    def matches(self, finding: dict) -> bool:
        res = finding.get("resource")
        if not res:
            return False
        if not fnmatchcase(finding["control_id"], self.control):
            return False
        return self.matches_resource(res)

    def matches_resource(self, res: dict) -> bool:
        """The resource part of :meth:`matches` (the control glob already checked)."""
        if self.resource_type is not None and res.get("type") != self.resource_type:
            return False
        if self.resource_id is not None and not (res.get("id") == self.resource_id
                                                 or self._id_match(res.get("id") or "")):
            return False
        if self.tags:
            tags = res.get("tags") or {}
            if not all(k in tags and _tag_value(tags[k]) == v for k, v in self.tags):
                return False
        if self.account is not None and str(res.get("account") or "") != self.account:
            return False
        if self.region is not None and res.get("region") != self.region:
            return False
        return True


@dataclass(frozen=True)
class WaiverSet:
    file: str
    waivers: tuple[Waiver, ...]


def _tag_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def load_waivers(path: Path, *, today: date, max_days: int = DEFAULT_MAX_WAIVER_DAYS) -> WaiverSet:
    """Load and validate a waivers file; every error names file:line:col (exit 2).

    ``expires`` may be in the past (the waiver is then reported as expired), but not more
    than ``max_days`` after ``today``: a longer acceptance is a decision to renew, not to skip.
    """
    doc = load_yaml(path, "waivers")
    validate_doc(doc, "waivers")
    entries = (doc.data or {}).get("waivers") or []
    out: list[Waiver] = []
    seen: dict[str, str] = {}
    limit = today + timedelta(days=max_days)
    for i, w in enumerate(entries):
        base = ("waivers", i)
        if w["id"] in seen:
            raise doc.error(base + ("id",), f"duplicate waiver id {w['id']!r} (first at {seen[w['id']]})")
        seen[w["id"]] = doc.where(base)
        expires = parse_date(doc, base + ("expires",), w["expires"])
        if expires > limit:
            raise doc.error(base + ("expires",),
                            f"expires {expires.isoformat()} is more than {max_days} days ahead (latest allowed "
                            f"{limit.isoformat()}); renew the waiver later, or raise the limit with "
                            "--max-waiver-days / max_waiver_days")
        res = w["resource"]
        out.append(Waiver(
            id=w["id"], control=w["control"], reason=" ".join(w["reason"].split()), approver=w["approver"].strip(),
            ticket=w["ticket"], expires=expires, where=doc.where(base),
            resource_id=res.get("id"), resource_type=res.get("type"),
            tags=tuple(sorted((str(k), _tag_value(v)) for k, v in (res.get("tags") or {}).items())),
            account=str(w["account"]) if w.get("account") is not None else None, region=w.get("region"),
        ))
    return WaiverSet(doc.name, tuple(out))


def _ref(finding: dict) -> dict:
    r = finding["resource"]
    return {"control_id": finding["control_id"], "resource_type": r.get("type"), "resource_id": r.get("id"),
            "account": r.get("account"), "region": r.get("region")}


_GLOB_CHARS = set("*?[")


class _Index:
    """Waivers by what a finding can be looked up with: exact resource id, one tag, or neither (globs)."""

    def __init__(self, waivers: list[Waiver]):
        self.order = {w.id: i for i, w in enumerate(waivers)}
        self.by_id: dict[str, list[Waiver]] = {}
        self.by_tag: dict[tuple[str, str], list[Waiver]] = {}
        self.by_prefix: dict[int, dict[str, list[Waiver]]] = {}  # id globs by their literal prefix's length
        self.rest: list[Waiver] = []
        for w in waivers:
            if w.resource_id is not None and not _GLOB_CHARS & set(w.resource_id):
                self.by_id.setdefault(w.resource_id, []).append(w)
            elif w.tags:
                self.by_tag.setdefault(w.tags[0], []).append(w)
            elif w.resource_id is not None:
                prefix = w.resource_id[:min(w.resource_id.find(c) % (len(w.resource_id) + 1) for c in _GLOB_CHARS)]
                self.by_prefix.setdefault(len(prefix), {}).setdefault(prefix, []).append(w)
            else:
                self.rest.append(w)

    def candidates(self, finding: dict) -> list[Waiver]:
        res = finding["resource"]
        rid = res.get("id") or ""
        out = list(self.by_id.get(rid, ()))
        if self.by_tag:
            for k, v in (res.get("tags") or {}).items():
                out.extend(self.by_tag.get((k, _tag_value(v)), ()))
        for n, groups in self.by_prefix.items():
            out.extend(groups.get(rid[:n], ()))
        out.extend(self.rest)
        if len(out) > 1:
            out.sort(key=lambda w: self.order[w.id])
        return out


def apply_waivers(results: Document, waivers: WaiverSet, as_of: date) -> dict:
    """Return a copy of ``results`` with the waivers applied and a ``waivers`` section.

    The first active waiver (in file order) that matches a ``fail`` finding waives it.
    Summary, coverage and gate are not recomputed here: call ``finalize`` afterwards.
    The input document is not modified (findings are copied before their status changes).
    """
    doc = dict(results)
    doc["findings"] = [dict(f) for f in results["findings"]]
    applied: dict[str, list[dict]] = {w.id: [] for w in waivers.waivers}
    would: dict[str, int] = {w.id: 0 for w in waivers.waivers}
    passing: dict[str, int] = {w.id: 0 for w in waivers.waivers}
    refused: list[dict] = []
    active = [w for w in waivers.waivers if not w.expired(as_of)]
    expired = [w for w in waivers.waivers if w.expired(as_of)]
    by_control: dict[str, tuple[_Index, _Index]] = {}  # control id → waivers whose control glob matches it
    for f in doc["findings"]:
        if not f.get("resource"):
            continue
        cid = f["control_id"]
        if cid not in by_control:
            by_control[cid] = (_Index([w for w in active if fnmatchcase(cid, w.control)]),
                               _Index([w for w in expired if fnmatchcase(cid, w.control)]))
        act, exp = by_control[cid]
        if f["status"] == "fail":
            for w in exp.candidates(f):
                if w.matches_resource(f["resource"]):
                    would[w.id] += 1
        if f["status"] not in ("fail", "error", "pass"):
            continue
        matching = [w for w in act.candidates(f) if w.matches_resource(f["resource"])]
        if not matching:
            continue
        if f["status"] == "fail":
            w = matching[0]
            f["status"] = "waived"
            f["waiver"] = w.attached()
            applied[w.id].append(_ref(f))
        elif f["status"] == "error":
            for w in matching:
                refused.append(dict(_ref(f), waiver=w.id,
                                    reason="an error finding is never waived: the resource could not be read"))
        else:
            for w in matching:
                passing[w.id] += 1
    refused_ids = {r["waiver"] for r in refused}
    doc["waivers"] = {
        "file": waivers.file,
        "as_of": as_of.isoformat(),
        "total": len(waivers.waivers),
        "applied": [dict(w.summary(), findings=applied[w.id], count=len(applied[w.id]))
                    for w in active if applied[w.id]],
        "expired": [dict(w.summary(), would_match=would[w.id]) for w in expired],
        "unused": [dict(w.summary(), matched_passing=passing[w.id])
                   for w in active if not applied[w.id] and w.id not in refused_ids],
        "refused": refused,
    }
    return doc


#: ``hipaa-scan waiver template``: a waivers file that loads as is (no waiver yet) and shows
#: every field; docs/waivers.md describes the format
TEMPLATE = """\
# waivers.yaml: accepted risks for hipaa-scan (--waivers waivers.yaml, or `waivers:` in hipaa-scan.yaml).
# A waiver turns matching 'fail' findings into 'waived' until it expires; it never hides an
# 'error' (something that could not be read). Format: docs/waivers.md.
version: 1
waivers:
  # - id: W-001                              # unique; letters, digits, '.', '_', '-'
  #   control: AWS-S3-05                     # a control id, or a glob such as AWS-S3-*
  #   resource:                              # at least one of id / tags
  #     id: "arn:aws:s3:::legacy-logs"       # the finding's resource id, exact or a glob
  #     # type: aws_s3_bucket                # optional: only resources of this type
  #     # tags: {env: sandbox}               # every listed tag must match
  #   # account: "123456789012"              # optional
  #   # region: us-east-1                    # optional
  #   reason: Read-only legacy bucket, deleted with the Q3 migration.
  #   approver: jane.doe@example.com         # who accepted the risk
  #   ticket: https://tracker.example.com/SEC-123
  #   expires: {expires}                    # YYYY-MM-DD, at most --max-waiver-days (365) ahead
"""


def template(today: date | None = None) -> str:
    """The starter waivers file; its example expires 90 days from ``today``."""
    return TEMPLATE.replace("{expires}", ((today or date.today()) + timedelta(days=90)).isoformat())
