"""S3: buckets (encryption, versioning, public access, TLS-only policy, access logging)
and the account-level public access block."""

from __future__ import annotations

import json

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, tags_of
from hipaa_scan.scanner.types import Resource

_PAB_KEYS = {"BlockPublicAcls": "block_public_acls", "IgnorePublicAcls": "ignore_public_acls",
             "BlockPublicPolicy": "block_public_policy", "RestrictPublicBuckets": "restrict_public_buckets"}


def _pab(conf: dict | None) -> dict:
    conf = conf or {}
    return {v: conf.get(k) is True for k, v in _PAB_KEYS.items()}


def _as_list(v):
    return v if isinstance(v, list) else [v]


#: Condition keys that narrow who a ``Principal: "*"`` grant reaches: to a network path (VPC,
#: VPC endpoint, source IP), to an organization or account, to a principal ARN, or (for AWS
#: service principals) to the resource or account the service acts for. A key such as
#: aws:SecureTransport, aws:UserAgent or s3:prefix narrows nothing: everyone still qualifies.
NARROWING_KEYS = frozenset({
    "aws:sourcevpce", "aws:sourcevpc", "aws:sourceip", "aws:principalorgid", "aws:principalorgpaths",
    "aws:principalaccount", "aws:principalarn", "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid",
    "aws:sourceorgpaths",
})
#: Operators that keep only requests whose key matches the value (``...IfExists`` and the
#: negated operators let requests without the key, or with any other value, through).
_NARROWING_OPERATORS = frozenset({
    "stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress",
})


def _narrowing_value(key: str, value) -> bool:
    """A condition value that actually restricts: not a bare wildcard, not 0.0.0.0/0, and for
    aws:PrincipalArn / aws:SourceArn one that names a concrete account where the ARN has one."""
    if not isinstance(value, str) or not value.strip("*?"):
        return False
    if key == "aws:sourceip" and value.endswith("/0"):
        return False
    if key in ("aws:principalarn",):
        parts = value.split(":")
        return len(parts) >= 6 and parts[4].isdigit()
    return True


def _narrows(condition) -> bool:
    """Whether a statement's Condition restricts it to identified principals or networks.

    Conditions are ANDed, so one narrowing clause is enough. Operator names are matched
    case-insensitively, and so are condition keys (as AWS evaluates them)."""
    if not isinstance(condition, dict):
        return False
    for operator, clauses in condition.items():
        op = str(operator).lower()
        if op.startswith("forallvalues:"):  # true when the key is absent: narrows nothing
            continue
        op = op.removeprefix("foranyvalue:")
        if op not in _NARROWING_OPERATORS or not isinstance(clauses, dict):
            continue
        for key, values in clauses.items():
            k = str(key).lower()
            vals = _as_list(values)
            if k in NARROWING_KEYS and vals and all(_narrowing_value(k, v) for v in vals):
                return True
    return False


def _everyone(st: dict) -> bool:
    if "NotPrincipal" in st:  # Allow with NotPrincipal: everyone except the listed principals
        return True
    principal = st.get("Principal")
    if principal == "*":
        return True
    return isinstance(principal, dict) and "*" in _as_list(principal.get("AWS", []))


def policy_facts(text: str | None) -> dict:
    """Facts about a bucket policy: present, denies non-TLS requests, grants to everyone.

    ``public_statements`` counts the Allow statements whose principal is everyone and whose
    condition does not narrow it (see :func:`_narrows`). A policy that does not parse gets no
    facts beyond ``present``/``parse_error`` (the controls then deny: unknown, not private)."""
    if not text:
        return {"present": False, "denies_insecure_transport": False, "public_statements": 0}
    try:
        doc = json.loads(text)
    except ValueError:
        return {"present": True, "parse_error": True}
    if not isinstance(doc, dict):
        return {"present": True, "parse_error": True}
    denies_tls = False
    public = 0
    for st in _as_list(doc.get("Statement", [])):
        if not isinstance(st, dict):
            continue
        everyone = _everyone(st)
        cond = st.get("Condition", {}) or {}
        if st.get("Effect") == "Deny" and everyone and "NotPrincipal" not in st:
            actions = [a.lower() for a in _as_list(st.get("Action", [])) if isinstance(a, str)]
            bool_cond = {k.lower(): v for k, v in (cond.get("Bool", {}) or {}).items()} if isinstance(cond, dict) else {}
            secure = bool_cond.get("aws:securetransport")
            if str(secure).lower() == "false" and any(a in ("s3:*", "*") for a in actions):
                denies_tls = True
        if st.get("Effect") == "Allow" and everyone and not _narrows(cond):
            public += 1
    return {"present": True, "denies_insecure_transport": denies_tls, "public_statements": public}


def collect_buckets(ctx: AwsContext, region: str) -> None:
    rt = "aws_s3_bucket"
    s3 = ctx.client("s3", region)
    buckets = listed(ctx, rt, paginate(s3, "list_buckets", "Buckets"), "Name", region=None, operation="ListBuckets")
    for b in buckets:
        name = b["Name"]
        bid = f"arn:{ctx.partition}:s3:::{name}"
        ok, loc = read(ctx, rt, s3.get_bucket_location, region=None, resource_id=bid, field="region", Bucket=name)
        bregion = ((loc or {}).get("LocationConstraint") or "us-east-1") if ok else None
        if bregion == "EU":
            bregion = "eu-west-1"
        c = ctx.client("s3", bregion or region)
        res: dict = {"id": bid, "name": name, "account": ctx.account, "region": bregion,
                     "created": b.get("CreationDate").isoformat() if b.get("CreationDate") else None}
        ok, tags = read(ctx, rt, c.get_bucket_tagging, region=bregion, resource_id=bid, field="tags",
                        absent=("NoSuchTagSet", "NoSuchTagSetError"), absent_value={"TagSet": []}, Bucket=name)
        if ok:  # denied: no tags field (the error names it), never an invented {}
            res["tags"] = tags_of(tags.get("TagSet"))
        ok, enc = read(ctx, rt, c.get_bucket_encryption, region=bregion, resource_id=bid, field="encryption",
                       absent=("ServerSideEncryptionConfigurationNotFoundError",), absent_value={}, Bucket=name)
        if ok:
            rules = (enc or {}).get("ServerSideEncryptionConfiguration", {}).get("Rules", [])
            default = rules[0].get("ApplyServerSideEncryptionByDefault", {}) if rules else {}
            res["encryption"] = {"enabled": bool(default.get("SSEAlgorithm")),
                                 "algorithm": default.get("SSEAlgorithm"),
                                 "kms_key_id": default.get("KMSMasterKeyID"),
                                 "bucket_key_enabled": bool(rules and rules[0].get("BucketKeyEnabled"))}
        ok, ver = read(ctx, rt, c.get_bucket_versioning, region=bregion, resource_id=bid, field="versioning",
                       Bucket=name)
        if ok:
            res["versioning"] = ver.get("Status") or "Disabled"
            res["mfa_delete"] = ver.get("MFADelete") == "Enabled"
        ok, pab = read(ctx, rt, c.get_public_access_block, region=bregion, resource_id=bid,
                       field="public_access_block", absent=("NoSuchPublicAccessBlockConfiguration",),
                       absent_value={}, Bucket=name)
        if ok:
            res["public_access_block"] = _pab((pab or {}).get("PublicAccessBlockConfiguration"))
        ok, pol = read(ctx, rt, c.get_bucket_policy, region=bregion, resource_id=bid, field="policy",
                       absent=("NoSuchBucketPolicy",), absent_value=None, Bucket=name)
        if ok and pol is not None and not pol.get("Policy"):  # an answer without the policy is not "no policy"
            ctx.error(rt, "GetBucketPolicy answered without the policy", region=bregion, resource_id=bid,
                      field="policy", operation="GetBucketPolicy", code="MissingMember")
        elif ok:
            res["policy"] = policy_facts((pol or {}).get("Policy"))
        ok, log = read(ctx, rt, c.get_bucket_logging, region=bregion, resource_id=bid, field="logging",
                       Bucket=name)
        if ok:
            le = (log or {}).get("LoggingEnabled") or {}
            res["logging"] = {"enabled": bool(le.get("TargetBucket")), "target_bucket": le.get("TargetBucket"),
                              "target_prefix": le.get("TargetPrefix")}
        ok, lock = read(ctx, rt, c.get_object_lock_configuration, region=bregion, resource_id=bid,
                        field="object_lock", absent=("ObjectLockConfigurationNotFoundError",), absent_value={},
                        Bucket=name)
        if ok:
            conf = (lock or {}).get("ObjectLockConfiguration") or {}
            retention = ((conf.get("Rule") or {}).get("DefaultRetention")) or {}
            res["object_lock"] = {"enabled": conf.get("ObjectLockEnabled") == "Enabled",
                                  "mode": retention.get("Mode"), "days": retention.get("Days"),
                                  "years": retention.get("Years")}
        ok, repl = read(ctx, rt, c.get_bucket_replication, region=bregion, resource_id=bid, field="replication",
                        absent=("ReplicationConfigurationNotFoundError",), absent_value={}, Bucket=name)
        if ok:
            rules = ((repl or {}).get("ReplicationConfiguration") or {}).get("Rules", [])
            enabled = [r for r in rules if r.get("Status") == "Enabled"]
            res["replication"] = {"enabled": bool(enabled),
                                  "destinations": sorted({(r.get("Destination") or {}).get("Bucket", "")
                                                          for r in enabled} - {""})}
        ok, acl = read(ctx, rt, c.get_bucket_acl, region=bregion, resource_id=bid, field="acl", Bucket=name)
        if ok:
            res["acl"] = acl_facts(acl.get("Grants", []))
        ok, own = read(ctx, rt, c.get_bucket_ownership_controls, region=bregion, resource_id=bid,
                       field="object_ownership", absent=("OwnershipControlsNotFoundError",), absent_value={},
                       Bucket=name)
        if ok:
            rules = (own.get("OwnershipControls") or {}).get("Rules") or []
            # no ownership controls: ACLs are in effect (the pre-2023 default, ObjectWriter)
            res["object_ownership"] = rules[0].get("ObjectOwnership") if rules else None
        ok, notif = read(ctx, rt, c.get_bucket_notification_configuration, region=bregion, resource_id=bid,
                         field="event_notifications", Bucket=name)
        if ok:
            # the destination kinds the bucket sends events to ([] when none)
            res["event_notifications"] = sorted(k for k in ("TopicConfigurations", "QueueConfigurations",
                                                            "LambdaFunctionConfigurations",
                                                            "EventBridgeConfiguration")
                                                if k in (notif or {}) and notif[k] not in (None, []))
        ok, life = read(ctx, rt, c.get_bucket_lifecycle_configuration, region=bregion, resource_id=bid,
                        field="lifecycle_rules", absent=("NoSuchLifecycleConfiguration",), absent_value={},
                        Bucket=name)
        if ok:
            rules = (life or {}).get("Rules") or []
            res["lifecycle_rules"] = {"enabled": sum(1 for r in rules if r.get("Status") == "Enabled"),
                                      "noncurrent_expiration": any(
                                          r.get("Status") == "Enabled" and (r.get("NoncurrentVersionExpiration")
                                                                            or r.get("NoncurrentVersionTransitions"))
                                          for r in rules)}
        ctx.inventory.add(rt, res)


_PUBLIC_GROUPS = ("http://acs.amazonaws.com/groups/global/AllUsers",
                  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers")


def acl_facts(grants: list[dict]) -> dict:
    """What a bucket ACL grants to everyone (AllUsers) or to any AWS user (AuthenticatedUsers)."""
    public = sorted({str(g["Permission"]) for g in grants
                     if (g.get("Grantee") or {}).get("URI") in _PUBLIC_GROUPS and g.get("Permission")})
    return {"public_permissions": public,
            "public_read": any(p in ("READ", "READ_ACP", "FULL_CONTROL") for p in public),
            "public_write": any(p in ("WRITE", "WRITE_ACP", "FULL_CONTROL") for p in public)}


def collect_account_public_access_block(ctx: AwsContext, region: str) -> None:
    """Account-level S3 Block Public Access, as the ``aws_s3_account_settings`` resource."""
    rt = "aws_s3_account_settings"
    c = ctx.client("s3control", region)
    rid = f"arn:{ctx.partition}:s3::{ctx.account}:account"
    res: Resource = {"id": rid, "name": f"S3 settings of {ctx.account}", "account": ctx.account, "region": None}
    ok, conf = read(ctx, rt, c.get_public_access_block, region=None, resource_id=rid, field="public_access_block",
                    absent=("NoSuchPublicAccessBlockConfiguration",), absent_value={}, AccountId=ctx.account)
    if ok:
        res["public_access_block"] = _pab((conf or {}).get("PublicAccessBlockConfiguration"))
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_s3_bucket", "s3", "global",
                 ("s3:ListAllMyBuckets", "s3:GetBucketLocation", "s3:GetBucketTagging", "s3:GetEncryptionConfiguration",
                  "s3:GetBucketVersioning", "s3:GetBucketPublicAccessBlock", "s3:GetBucketPolicy",
                  "s3:GetBucketLogging", "s3:GetBucketObjectLockConfiguration", "s3:GetReplicationConfiguration",
                  "s3:GetBucketAcl", "s3:GetBucketOwnershipControls", "s3:GetBucketNotification",
                  "s3:GetLifecycleConfiguration"),
                 collect_buckets, "S3 buckets"),
    ResourceSpec("aws_s3_account_settings", "s3control", "global", ("s3:GetAccountPublicAccessBlock",),
                 collect_account_public_access_block, "S3 account-level Block Public Access"),
]
