"""Collector fuzzing from the botocore service models.

Every declared AWS :class:`ResourceSpec` is run against responses generated from the
OUTPUT SHAPE of each operation it calls (``service_model.operation_model(op).output_shape``),
served through :class:`botocore.stub.Stubber` (which validates every generated response
against the model). The operations a spec calls are found by recording the calls of a
``full`` run (every member present, one item per list).

Runs, per spec:

* ``full`` — every member, one item per list/map (the reference); ``full_alt`` (per
  operation) — the same with that operation's values changed (other strings, ``False``
  booleans, the last enum value), which tells which resource fields come from that
  operation ("derived" fields);
* (a) ``minimal`` (per operation) — that operation's response holds only the members the
  shape marks required, recursively; lists are kept with one (minimal) item so their items
  are exercised (an absent list is an empty list in the XML protocols — variant b covers
  that); ``minimal_alt`` is the same with changed values, which tells derived fields that
  come from the required members (what the API said) from ones the collector made up;
* (b) ``empty`` (per operation) — full, with every list and map of that response empty;
* (c) ``extra`` — full, plus unknown members at every structure level of every response
  (added after the Stubber's validation): the inventory must equal the ``full`` one;
* (d) ``paged`` — every pageable operation (paginator model) answers a first page carrying
  its output token (and ``more_results`` flag) and, asked with the input token, a second
  page; one item each. The collector must ask for the second page and keep its items;
* (e) ``denied`` (per operation) — that operation answers AccessDenied, the rest full.

Asserted per spec and variant: the collector never crashes (an AWS error raised out of a
spec is what the orchestrator records as a list-level error, by design; any other exception
is a crash); it records an inventory error for what it could not read; and it never writes a
value the API did not give where the value could make a control pass: the built-in policies
evaluate the (a) and (e) inventories, and no finding may ``pass`` on evidence that came from
an omitted or denied member (see ``PASS_ALLOWED`` for the justified exceptions).
"""

from __future__ import annotations

import copy
import functools
import json
from datetime import UTC, datetime

import boto3
import botocore.exceptions
import botocore.session
import pytest
from botocore.stub import Stubber

from hipaa_scan.collectors.aws import all_specs
from hipaa_scan.collectors.aws.base import AwsContext, ReadOnlyViolation
from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set

ACCOUNT = "123456789012"
REGION = "us-east-1"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
PAGE2 = "PG2"  #: in every string of a second page
MAX_DEPTH = 9

#: Values that steer a collector onto its deeper reads (member name → value); every other
#: value is derived from the member name and the shape alone.
STEER = {
    "KeyManager": "CUSTOMER",  # KMS: only customer managed keys are collected
    "KeySpec": "SYMMETRIC_DEFAULT", "CustomerMasterKeySpec": "SYMMETRIC_DEFAULT",  # KMS: rotation is read
    "KeyState": "Enabled",
}
OMIT = object()
#: Members given fixed values ("ShapeName.member" → (value, alt value); OMIT leaves the
#: member out), so that a run reaches the collector's deeper reads and the values that
#: matter to a control do change between ``full`` and ``full_alt``.
SHAPE_VALUES = {
    # the scanned account itself reported as failed: no run would read its status
    "BatchGetAccountStatusResponse.failedAccounts": ([], []),
    # a key in a custom key store cannot rotate: the rotation status would never be read
    "KeyMetadata.CustomKeyStoreId": (OMIT, OMIT),
    # snapshot sharing: the "restore" attribute, shared with an account, then with everyone
    "DBSnapshotAttribute.AttributeName": ("restore", "restore"),
    "DBSnapshotAttribute.AttributeValues": (["111122223333"], ["all"]),
    "DBClusterSnapshotAttribute.AttributeName": ("restore", "restore"),
    "DBClusterSnapshotAttribute.AttributeValues": (["111122223333"], ["all"]),
    # S3 ACL grants: a named account's canonical user, then everyone
    "Grantee.URI": ("http://acs.amazonaws.com/groups/s3/LogDelivery", "http://acs.amazonaws.com/groups/global/AllUsers"),
    # recursive shapes the generator would cut off below MAX_DEPTH (a required member missing there):
    # the collectors read none of them
    "WebACL.Rules": ([], []),
    "WebACL.PreProcessFirewallManagerRuleGroups": ([], []),
    "WebACL.PostProcessFirewallManagerRuleGroups": ([], []),
    "FileSystem.AdministrativeActions": ([], []),
    # every listed project is returned (a name CodeBuild did not find is an inventory error, tested apart)
    "BatchGetProjectsOutput.projectsNotFound": (OMIT, OMIT),
}
#: Member name endings kept by the ``minimal`` variant although optional (``bare`` drops them
#: too): without an identifier a listed item can only be skipped, and the rest of it would
#: never be exercised.
IDENTIFIERS = ("id", "arn", "name", "identifier", "url", "names", "ids")
#: Members that carry a JSON document (botocore decodes IAM's; the collectors parse the rest).
JSON_MEMBERS = {"Policy", "PolicyDocument", "AssumeRolePolicyDocument", "Document", "Content",
                "SecurityConfiguration"}
#: ``full`` gives them "{}"; ``full_alt`` one document every collector finds something in (a
#: public admin statement, Session Manager inputs, EMR encryption), so that what a collector
#: derives from a document changes between the two.
JSON_ALT = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}],
    "inputs": {"idleSessionTimeout": "20", "maxSessionDuration": "60", "s3BucketName": "logs"},
    "EncryptionConfiguration": {"EnableAtRestEncryption": True, "EnableInTransitEncryption": True},
})
AWS_ERRORS = (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError, ReadOnlyViolation)

_BOTO = botocore.session.get_session()
SPECS = all_specs()
SPEC_IDS = [f"{s.resource_type}:{s.collect.__name__}" for s in SPECS]


# -- generation --------------------------------------------------------------------


@functools.cache
def service_model(service: str):
    return _BOTO.get_service_model(service)


@functools.cache
def paginator(service: str, op: str) -> dict | None:
    try:
        model = _BOTO.get_paginator_model(service)
    except botocore.exceptions.UnknownServiceError:
        return None
    try:
        return model.get_paginator(op)
    except ValueError:
        return None


def _as_list(v):
    return [] if v is None else v if isinstance(v, list) else [v]


def _token_paths(service: str, op: str) -> tuple[list[str], list[str], list[str]]:
    """(output tokens, more_results, result keys) of a pageable operation (dotted paths)."""
    p = paginator(service, op) or {}
    return (_as_list(p.get("output_token")), _as_list(p.get("more_results")), _as_list(p.get("result_key")))


@functools.cache
def _response(service: str, mode: str, alt: bool, tag: str, op: str, page: int) -> dict:
    return Gen(service, mode, alt=alt, tag=tag)._response(op, page)


class Gen:
    """Deterministic values from a shape. ``mode``: full | minimal | empty | extra;
    ``alt`` changes every value (strings, booleans, enums, numbers, times)."""

    def __init__(self, service: str, mode: str, *, alt: bool = False, tag: str = "1"):
        self.service, self.mode, self.alt, self.tag = service, mode, alt, ("2" if alt else tag)

    def response(self, op: str, *, page: int = 0) -> dict:
        return copy.deepcopy(_response(self.service, self.mode, self.alt, self.tag, op, page))

    def _response(self, op: str, page: int) -> dict:
        shape = service_model(self.service).operation_model(op).output_shape
        if shape is None:
            return {}
        out = self.value(shape, op, 0)
        tokens, more, _ = _token_paths(self.service, op)
        for path in tokens + more:  # never a token outside variant (d): the collector would be told "more"
            _delete(out, path)
        for path in more:
            _set(out, path, False)
        if page == 1:
            for path in tokens:
                _set(out, path, "tok-" + path.rsplit(".", 1)[-1])
            for path in more:
                _set(out, path, True)
        return out

    def value(self, shape, name: str, depth: int):
        t = shape.type_name
        if t == "structure":
            if depth > MAX_DEPTH:
                return {}
            required = set(shape.required_members)
            out = {}
            members = list(shape.members.items())
            if shape.metadata.get("union") or getattr(shape, "is_tagged_union", False):
                members = members[:1]  # a tagged union holds exactly one member
            for m, ms in members:
                fixed = SHAPE_VALUES.get(f"{shape.name}.{m}")
                if fixed is not None:
                    if fixed[self.alt] is not OMIT and (self.mode not in ("minimal", "bare") or m in required):
                        out[m] = copy.deepcopy(fixed[self.alt])
                    continue
                if self.mode in ("minimal", "bare") and m not in required and ms.type_name != "list" and not (
                        self.mode == "minimal" and m.lower().endswith(IDENTIFIERS)):
                    continue
                v = self.value(ms, m, depth + 1)
                if v is not None:
                    out[m] = v
            return out
        if t == "list":
            if (self.mode == "empty" and not shape.metadata.get("min")) or depth > MAX_DEPTH:
                return []
            v = self.value(shape.member, name, depth + 1)
            return [] if v is None else [v] * max(1, shape.metadata.get("min", 1))
        if t == "map":
            if self.mode == "empty" or depth > MAX_DEPTH:
                return {}
            keys = list(shape.key.enum) if shape.key.enum else [self.scalar(shape.key, f"{name}Key")]
            if self.mode in ("minimal", "bare"):
                keys = keys[:1]
            out = {}
            for k in keys:
                v = self.value(shape.value, k, depth + 1)
                if v is not None:
                    out[k] = v
            return out
        return self.scalar(shape, name)

    def scalar(self, shape, name: str):
        t = shape.type_name
        if t == "string":
            if name in STEER and (not shape.enum or STEER[name] in shape.enum):
                return STEER[name]
            if shape.enum:
                return shape.enum[-1] if self.alt else shape.enum[0]
            if name in JSON_MEMBERS:
                return JSON_ALT if self.alt else "{}"
            s = self.string(name)
            pad = "x" * max(0, shape.metadata.get("min", 0) - len(s))
            return s.replace(f"-{self.tag}", f"{pad}-{self.tag}", 1) if pad and s.endswith(f"-{self.tag}") else s + pad
        if t in ("integer", "long"):
            lo, hi = shape.metadata.get("min", 0), shape.metadata.get("max", 10 ** 9)
            return int(min(max(9 if self.alt else 7, lo), hi))
        if t in ("float", "double"):
            return 9.5 if self.alt else 7.5
        if t == "boolean":
            return not self.alt
        if t == "timestamp":
            return datetime(2025, 6, 1, tzinfo=UTC) if self.alt else datetime(2026, 1, 1, tzinfo=UTC)
        if t == "blob":
            return b"blob-" + self.tag.encode()
        return None

    def string(self, name: str) -> str:
        low = name.lower()
        if low.endswith("region") or low == "locationconstraint":
            return REGION
        if low in ("accountid", "ownerid", "owneraccount", "awsaccountid"):
            return ACCOUNT
        if low.endswith("arn"):
            return f"arn:aws:{self.service}:{REGION}:{ACCOUNT}:{low}/{name}-{self.tag}"
        return f"{name}-{self.tag}"


def _delete(doc: dict, path: str) -> None:
    *parents, last = path.split(".")
    for p in parents:
        doc = doc.get(p) if isinstance(doc, dict) else None
    if isinstance(doc, dict):
        doc.pop(last, None)


def _set(doc: dict, path: str, value) -> None:
    *parents, last = path.split(".")
    for p in parents:
        if not isinstance(doc.get(p), dict):
            return
        doc = doc[p]
    doc[last] = value


def add_unknown(doc, shape, depth: int = 0) -> None:
    """Unknown members at every structure level (after the Stubber's validation)."""
    if shape is None or depth > MAX_DEPTH:
        return
    if shape.type_name == "structure" and isinstance(doc, dict):
        for m, ms in shape.members.items():
            if m in doc:
                add_unknown(doc[m], ms, depth + 1)
        doc["UnknownMember"] = "unknown"
        doc["UnknownStructure"] = {"Nested": ["x"], "Enabled": False}
    elif shape.type_name == "list" and isinstance(doc, list):
        for item in doc:
            add_unknown(item, shape.member, depth + 1)
    elif shape.type_name == "map" and isinstance(doc, dict):
        for v in doc.values():
            add_unknown(v, shape.value, depth + 1)


def _mark_page2(doc, op: str):
    """Every generated string of a second page ends with PAGE2 + the operation (map keys too)."""
    if isinstance(doc, dict):
        return {_mark_page2(k, op): _mark_page2(v, op) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_mark_page2(v, op) for v in doc]
    if isinstance(doc, str) and doc.endswith("-1"):
        return doc + PAGE2 + op
    return doc


# -- running a spec ------------------------------------------------------------------


class Plan:
    """What every operation answers in one run: ``per_op`` {operation: mode} overrides the
    default mode; ``denied``: the operation that answers AccessDenied; ``paged``: variant (d)."""

    def __init__(self, default: str = "full", per_op: dict | None = None, denied: str | None = None,
                 paged: bool = False):
        self.default, self.per_op, self.denied, self.paged = default, dict(per_op or {}), denied, paged
        self.calls: list[tuple[str, str, dict]] = []  # (service, operation, params)


class FuzzStubber(Stubber):
    """A Stubber that, for each call, queues a response generated from the plan."""

    def __init__(self, client, plan: Plan):
        super().__init__(client)
        self.plan = plan
        self.service = client.meta.service_model.service_name
        self.methods = {v: k for k, v in client.meta.method_to_api_mapping.items()}

    def _assert_expected_params(self, model, params, context, **kwargs):
        op, plan = model.name, self.plan
        plan.calls.append((self.service, op, dict(params)))
        self._queue.clear()  # a call that failed client-side validation left its response behind
        method = self.methods[op]
        if op == plan.denied:
            self.add_client_error(method, service_error_code="AccessDenied", http_status_code=403,
                                  service_message=f"User is not authorized to perform: {op}")
        else:
            mode = plan.per_op.get(op, plan.default)
            alt = mode.endswith("_alt")
            page = 0
            tokens, more, _ = _token_paths(self.service, op)
            if plan.paged and tokens:
                pag = paginator(self.service, op)
                asked = any(params.get(t) for t in _as_list(pag.get("input_token")))
                page = 2 if asked else 1
            resp = Gen(self.service, mode.removesuffix("_alt"), alt=alt).response(op, page=1 if page == 1 else 0)
            if page == 2:
                resp = _mark_page2(resp, op)
            self.add_response(method, resp)
            if mode == "extra":
                add_unknown(resp, model.output_shape)
        super()._assert_expected_params(model, params, context, **kwargs)


@functools.cache
def _base_client(service: str):
    session = boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=REGION)
    return session.client(service, region_name=REGION)


class FuzzContext(AwsContext):
    """Every client of a run is the service's stubbed client, whatever region is asked."""

    stubbers: dict

    def client(self, service: str, region: str | None = None):
        if service not in self.stubbers:
            s = FuzzStubber(_base_client(service), self.plan)
            s.activate()
            self.stubbers[service] = s
        return self.stubbers[service].client


class Run:
    def __init__(self, spec, plan: Plan):
        self.spec, self.plan = spec, plan
        self.crash: BaseException | None = None
        ctx = FuzzContext(session=None, account=ACCOUNT, regions=[REGION], inventory=InventoryBuilder(),
                          clock=lambda: NOW)
        ctx.plan, ctx.stubbers = plan, {}
        where = None if spec.scope == "global" else REGION
        try:
            spec.collect(ctx, REGION)
        except AWS_ERRORS as exc:  # what the orchestrator records for a spec that raised (list-level)
            ctx.error(spec.resource_type, exc, region=where)
        except Exception as exc:
            self.crash = exc
        finally:
            for s in ctx.stubbers.values():
                s.deactivate()
        doc = ctx.inventory.document()
        self.resources = {r["id"]: r for items in doc["resources"].values() for r in items}
        self.types = {r["id"]: t for t, items in doc["resources"].items() for r in items}
        self.errors = doc["errors"]
        self.ops = sorted({op for _, op, _ in plan.calls})

    def touched(self, rid: str) -> bool:
        """An error touches the resource (names it, or is list-level for its type)."""
        return any(e.get("resource_id") in (rid, None) for e in self.errors)


@functools.cache
def runs(spec_index: int) -> dict:
    """Every run of one spec: {"full": Run, ("minimal", op): Run, ...}."""
    spec = SPECS[spec_index]
    out = {"full": Run(spec, Plan())}
    ops = out["full"].ops
    for op in ops:
        out[("full_alt", op)] = Run(spec, Plan(per_op={op: "full_alt"}))
        out[("minimal", op)] = Run(spec, Plan(per_op={op: "minimal"}))
        out[("minimal_alt", op)] = Run(spec, Plan(per_op={op: "minimal_alt"}))
        out[("bare", op)] = Run(spec, Plan(per_op={op: "bare"}))
        out[("empty", op)] = Run(spec, Plan(per_op={op: "empty"}))
        out[("denied", op)] = Run(spec, Plan(denied=op))
    out["extra"] = Run(spec, Plan(default="extra"))
    out["paged"] = Run(spec, Plan(paged=True))
    return out


_ABSENT = "<absent>"


def _at(value, path: str):
    """The value at a dotted path ("" is the whole resource), or _ABSENT."""
    if not path:
        return value
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return _ABSENT
        value = value[part]
    return value


def _changed(a, b, prefix: str = "") -> set[str]:
    """Dotted paths where two resources differ (a dict whose keys differ is one leaf: tags)."""
    if isinstance(a, dict) and isinstance(b, dict) and set(a) == set(b):
        out = set()
        for k in a:
            out |= _changed(a[k], b[k], f"{prefix}{k}.")
        return out
    return set() if a == b else {prefix.rstrip(".")}


#: Fields that only label a resource (a fallback is not a claim about its configuration).
LABELS = {"id", "name"}


def counterpart(run: Run, rid: str, ref: Run):
    """``ref``'s resource ``rid`` in ``run``: the same id, else the same type and position
    (ids that come from the operation's own values change with them)."""
    if rid in run.resources:
        return run.resources[rid]
    t = ref.types[rid]
    k = sorted(i for i, tt in ref.types.items() if tt == t).index(rid)
    same = sorted(i for i, tt in run.types.items() if tt == t)
    mine = [i for i, tt in ref.types.items() if tt == t]
    return run.resources[same[k]] if len(same) == len(mine) else _ABSENT


def derived_fields(spec_index: int, op: str) -> dict[str, set[str]]:
    """{resource id: dotted fields whose value changes with ``op``'s response} (full vs full_alt;
    "" when the resource itself depends on it)."""
    r = runs(spec_index)
    full, alt = r["full"], r[("full_alt", op)]
    return {rid: {f for f in _changed(res, counterpart(alt, rid, full)) if f not in LABELS}
            for rid, res in full.resources.items()}


def _covers(evidence_path: str, fields) -> list[str]:
    """The derived fields an evidence path reads (the path itself, below it, or above it)."""
    return sorted(f for f in fields if f == evidence_path or f.startswith(evidence_path + ".")
                  or evidence_path.startswith(f + "."))


def _error_for(run: Run, op: str) -> bool:
    return any(e.get("operation") == op or op in (e.get("message") or "") for e in run.errors)


def problems(spec_index: int, variant: str) -> tuple[list[str], dict]:
    """The collector defects one variant shows for one spec (inventory-level), and for the
    policy check {run key: {resource id: fields not from the API}}."""
    r = runs(spec_index)
    full = r["full"]
    out: list[str] = []
    untrusted: dict = {}
    for key, run in r.items():
        if run.crash is not None:
            if variant == "crash":
                out.append(f"{key}: crashed with {run.crash!r}")
    if variant == "crash":
        return out, untrusted
    if variant == "full":
        if not full.resources:
            out.append("the full run collected no resource")
        out += [f"full: unexpected error {e}" for e in full.errors]
    elif variant == "extra":
        extra = r["extra"]
        if extra.resources != full.resources:
            out.append(f"unknown members changed the inventory: {_diff(full.resources, extra.resources)}")
        if extra.errors != full.errors:
            out.append(f"unknown members changed the errors: {extra.errors}")
    elif variant == "empty":
        for op in full.ops:
            run = r[("empty", op)]
            out += [f"empty {op}: unexpected error {e}" for e in run.errors]
    elif variant == "paged":
        out += _paged_problems(spec_index)
    elif variant in ("minimal", "bare", "denied"):
        for op in full.ops:
            run = r[(variant, op)]
            other = r[("minimal_alt", op)] if variant == "minimal" else None
            derived = derived_fields(spec_index, op)
            if variant == "denied" and not _error_for(run, op):
                out.append(f"{op} denied: no inventory error names it")
            for rid, fields in derived.items():
                if not fields:
                    continue
                got = counterpart(run, rid, full)
                if got is _ABSENT:
                    if not run.errors:
                        out.append(f"{variant} {op}: {rid} vanished without an inventory error")
                    continue
                alt = counterpart(other, rid, full) if other else _ABSENT
                if variant == "minimal":  # what changes when only this answer is cut down comes from it too
                    fields = fields | {f for f in _changed(full.resources[rid], got) if f not in LABELS}
                missing, made_up = [], []
                for f in sorted(fields - {""}):
                    value = _at(got, f)
                    if value is _ABSENT:
                        missing.append(f)
                    elif value is None:
                        continue  # "the API said nothing", stated as such
                    elif variant == "bare":
                        continue  # bare runs check crashes, silent drops and missing errors only
                    elif variant == "denied" or value == _at(alt, f):
                        # denied: the API gave nothing; minimal: the value does not change with the
                        # values of the required members, so the collector made it up
                        made_up.append(f)
                if missing and not run.touched(got["id"]):
                    out.append(f"{variant} {op}: {rid} lacks {missing} and no inventory error says why")
                if made_up:
                    untrusted.setdefault((variant, op), {})[rid] = sorted(set(made_up))
                    if variant == "denied":
                        out.append(f"{op} denied: {rid} still has {sorted(set(made_up))} (the API gave none)")
    return out, untrusted


def _diff(a: dict, b: dict) -> str:
    keys = sorted(_changed(a, b))
    return ", ".join(f"{k}: {_at(a, k)!r} -> {_at(b, k)!r}" for k in keys[:8])


#: Operations whose second-page items are aggregated or joined, not copied, into the
#: inventory (so their strings cannot appear there); that the second page was asked for
#: is still checked.
AGGREGATED = {
    "ListFindings": "counted (stale_high_findings)",
    "DescribeDBParameters": "only the TLS parameters (rds.force_ssl, ...) are kept",
    "DescribeClusterParameters": "only require_ssl is kept",
    "ListResourceComplianceSummaries": "joined to the managed instances by instance id",
    "DescribeFlowLogs": "joined to the VPCs by resource id",
    "ListBackupSelections": "each selection's content comes from GetBackupSelection",
    "ListRecoveryPointsByBackupVault": "counted; only unencrypted points are listed",
    "ListVirtualMFADevices": "reduced to root.hardware_mfa",
    "ListDetectors": "reduced to enabled/detector ids",
    "DescribeSSLPolicies": "looked up by the listeners' policy names",
    "DescribeVpcEndpoints": "joined to the VPCs by VPC id (their service names)",
    "DescribeScalableTargets": "joined to the tables by resource id (read/write flags)",
    "ListProjects": "the names are read through BatchGetProjects, whose answers fill the inventory",
    "ListAliases": "joined to the keys by key id, reduced to enclave_key",
    "ListResourceTags": "reduced to enclave_key",
}


def _paged_problems(spec_index: int) -> list[str]:
    r = runs(spec_index)
    run = r["paged"]
    out = []
    text = json.dumps([run.resources, run.errors], default=str)
    for service, op in sorted({(s, o) for s, o, _ in run.plan.calls}):
        pag = paginator(service, op)
        if not pag:
            continue
        tokens = _as_list(pag.get("input_token"))
        calls = [p for s, o, p in run.plan.calls if (s, o) == (service, op)]
        first = [p for p in calls if not any(p.get(t) for t in tokens)]
        second = [p for p in calls if any(p.get(t) for t in tokens)]
        if _error_for(run, op):
            continue
        if first and len(second) < len(first):
            out.append(f"{op}: {len(first)} first pages but {len(second)} second pages asked for "
                       "(the second page was dropped)")
        elif first and op not in AGGREGATED and PAGE2 + op not in text:
            out.append(f"{op}: the second page's items are not in the inventory")
    return out


#: (control id, field) → why a ``pass`` on a value that did not come from the API (an
#: omitted member) is right. Keep each entry justified.
PASS_ALLOWED: dict[tuple[str, str], str] = {
    ("AWS-LOGS-02", "never_expire"): "DescribeLogGroups leaves retentionInDays out exactly when the group never "
                                     "expires (documented); a group that never expires keeps its logs, which is "
                                     "what the control asks (its evidence_optional says so too)",
    ("AWS-EC2-04", "public"): "a CreateVolumePermission names a Group or a UserId; the minimal answer keeps the "
                              "UserId (an identifier), so the one grant is to an account and public=False is "
                              "what the API said (a permission naming neither is an inventory error)",
    ("AWS-BACKUP-11", "recovery_points.short_retention"): "ListRecoveryPointsByBackupVault leaves Lifecycle out "
                                                          "for a point with no lifecycle, which AWS Backup keeps "
                                                          "until it is deleted by hand: kept at least 35 days",
}


@functools.cache
def policy_set():
    return load_policy_set()


@functools.cache
def evaluated() -> tuple[dict, list[dict]]:
    """Every (a) and (e) run of every spec in one inventory (each run its own account and id
    prefix, so errors touch only their own run), evaluated once with the built-in policies.
    Returns ({prefixed id: (spec index, run key, resource id)}, findings)."""
    doc = {"resources": {}, "errors": [], "sources": [], "collected_at": "2026-11-23T12:00:00Z"}
    index = {}
    n = 0
    for i in range(len(SPECS)):
        for key, run in runs(i).items():
            if not (isinstance(key, tuple) and key[0] in ("minimal", "denied")):
                continue
            n += 1
            acct, pre = str(300000000000 + n), f"run{n}|"
            for rid, res in run.resources.items():
                index[pre + rid] = (i, key, rid)
                doc["resources"].setdefault(run.types[rid], []).append(dict(res, id=pre + rid, account=acct))
            for e in run.errors:
                doc["errors"].append(dict(e, account=acct, resource_id=pre + e["resource_id"]
                                          if e.get("resource_id") else None))
    result = Evaluator(policy_set()).evaluate(doc, pin=True)
    return index, result["findings"]


def _set_path(resource: dict, path: str, value) -> dict:
    out = copy.deepcopy(resource)
    cur = out
    *parents, last = path.split(".")
    for p in parents:
        cur = cur[p]
    cur[last] = value
    return out


@functools.cache
def counterfactual() -> dict:
    """For each ``pass`` of (a)/(e) whose evidence holds a value that did not come from the API:
    the same resource with that value replaced by what the API gave in the ``full`` and
    ``full_alt`` runs, evaluated once. A made-up value *made* a control pass when some real
    value does not pass. Returns {(spec index, variant): [violation, ...]}."""
    index, findings = evaluated()
    policies = policy_set().by_id()
    doc = {"resources": {}, "errors": [], "sources": [], "collected_at": "2026-11-23T12:00:00Z"}
    cases = {}
    for f in findings:
        if f["status"] != "pass" or not f["resource"] or f["resource"]["id"] not in index:
            continue
        i, key, rid = index[f["resource"]["id"]]
        fields = problems(i, key[0])[1].get(key, {}).get(rid, [])
        if not fields:
            continue
        p = policies[f["control_id"]]
        r = runs(i)
        res = r[key].resources[rid]
        paths = p.evidence or [k for k in res if k not in ("id", "name", "account", "region")]
        hits = sorted({h for ev in paths for h in _covers(ev, fields)} - {fld for c, fld in PASS_ALLOWED if c == p.id})
        for h in hits:
            real = [_at(counterpart(x, rid, r["full"]), h) for x in (r["full"], r[("full_alt", key[1])])]
            made_up = _at(res, h)
            if isinstance(made_up, bool):
                real.append(not made_up)  # a boolean nobody gave: does the verdict hang on it?
            elif isinstance(made_up, int):
                real.append(made_up + 1)
            for value in real:
                if value is _ABSENT or value == _at(res, h):
                    continue
                n = len(cases) + 1
                cid = f"cf{n}|{rid}"
                cases[(p.id, cid)] = (i, key[0], f"{key[1]}: {p.id} passes {rid} on {h}={_at(res, h)!r}, which the "
                                               f"API did not give (with {value!r} it does not pass)")
                doc["resources"].setdefault(r[key].types[rid], []).append(
                    dict(_set_path(res, h, value), id=cid, account=str(400000000000 + n)))
    out: dict = {}
    if cases:
        for f in Evaluator(policy_set()).evaluate(doc, pin=True)["findings"]:
            case = cases.get((f["control_id"], (f["resource"] or {}).get("id")))
            if case and f["status"] != "pass":
                out.setdefault(case[:2], []).append(case[2])
    return out


def pass_violations(spec_index: int, variant: str) -> list[str]:
    """Findings that pass because of a value that came from no API answer (see counterfactual)."""
    return sorted(set(counterfactual().get((spec_index, variant), [])))


# -- the tests -------------------------------------------------------------------------

#: crash: no run of the spec crashes; full: the reference run reads everything without an
#: error; (a) minimal and bare; (b) empty; (c) extra; (d) paged; (e) denied.
VARIANTS = ("crash", "full", "minimal", "bare", "empty", "extra", "paged", "denied")


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("index", range(len(SPECS)), ids=SPEC_IDS)
def test_collector_fuzz(index, variant):
    found = problems(index, variant)[0]
    if variant in ("minimal", "denied"):
        found += pass_violations(index, variant)
    assert not found, "\n".join(found)


def test_fuzz_summary():
    """How much was covered (printed with ``pytest -s``); every spec calls at least one operation."""
    ops, total = set(), 0
    for i in range(len(SPECS)):
        r = runs(i)
        assert r["full"].ops, f"{SPEC_IDS[i]} called no operation"
        ops |= {(s, o) for s, o, _ in r["full"].plan.calls}
        total += len(r)
    pageable = sum(1 for s, o in ops if paginator(s, o))
    print(f"\ncollector fuzzing: {len(SPECS)} specs, {len(ops)} operations ({pageable} pageable), "
          f"{len(VARIANTS)} checks x {len(SPECS)} specs, {total} collector runs "
          f"(variants per operation: minimal, minimal_alt, bare, empty, denied, full_alt; per spec: full, "
          f"extra, paged)")
    assert len(ops) >= 100
