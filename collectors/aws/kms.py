"""KMS: customer managed keys (spec, origin, key store, state, automatic rotation) and, for enabled
ones, whether they serve Nitro Enclaves and whether their policy requires enclave attestation."""

from __future__ import annotations

import fnmatch
import json

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, read_pages
from hipaa_scan.scanner.types import Resource

#: actions that release key material or plaintext (Prowler's kms enclave checks)
SENSITIVE = ("kms:decrypt", "kms:derivesharedsecret", "kms:generatedatakey", "kms:generatedatakeywithoutplaintext",
             "kms:generatedatakeypair", "kms:generatedatakeypairwithoutplaintext", "kms:generaterandom")
_ATTESTATION = "kms:recipientattestation:"


def _as_list(v) -> list:
    return v if isinstance(v, list) else [] if v is None else [v]


def _sensitive_patterns(st: dict) -> list[str] | None:
    """The statement's action patterns that match a sensitive action; None when it uses NotAction
    (which grants everything it does not name: taken as sensitive)."""
    if "NotAction" in st:
        return None
    return [a for a in (str(x).lower() for x in _as_list(st.get("Action")))
            if any(fnmatch.fnmatchcase(act, a) for act in SENSITIVE)]


def _attested(st: dict) -> bool:
    cond = st.get("Condition")
    return isinstance(cond, dict) and any(
        isinstance(keys, dict) and any(str(k).lower().startswith(_ATTESTATION) for k in keys) for keys in cond.values())


def attestation_facts(policy_text: str | None) -> dict:
    """Sensitive Allow statements without a kms:RecipientAttestation:* condition (unattested_allows),
    and those of them no Deny with such a condition covers (bypass_paths), named by Sid or position."""
    try:
        doc = json.loads(policy_text or "{}")
    except ValueError:
        doc = None
    statements = _as_list(doc.get("Statement")) if isinstance(doc, dict) else None
    if statements is None or not all(isinstance(st, dict) for st in statements):
        # an unreadable policy grants what it grants: every label unknown, so nothing passes on it
        return {"unattested_allows": ["(unparseable policy)"], "bypass_paths": ["(unparseable policy)"]}
    denies = [st for st in statements if st.get("Effect") == "Deny" and _attested(st)]
    unattested, bypass = [], []
    for i, st in enumerate(statements):
        if st.get("Effect") != "Allow":
            continue
        patterns = _sensitive_patterns(st)
        if patterns == [] or _attested(st):
            continue
        label = str(st.get("Sid") or f"statement {i + 1}")
        unattested.append(label)
        covered = patterns is not None and all(
            any(any(fnmatch.fnmatchcase(act, d.lower()) or fnmatch.fnmatchcase(d.lower(), p)
                    for d in (str(x) for x in _as_list(deny.get("Action"))))
                for deny in denies)
            for p in patterns for act in SENSITIVE if fnmatch.fnmatchcase(act, p))
        if not covered:
            bypass.append(label)
    return {"unattested_allows": unattested, "bypass_paths": bypass}


def _enclave_named(text: str | None) -> bool:
    return "enclave" in (text or "").lower()


def collect_keys(ctx: AwsContext, region: str) -> None:
    rt = "aws_kms_key"
    kms = ctx.client("kms", region)
    alias_error: Exception | None = None
    try:  # alias names per key id, once per region (an enclave key may be known by its alias only)
        aliases: dict[str, list[str]] | None = {}
        for a in paginate(kms, "list_aliases", "Aliases"):
            if a.get("TargetKeyId") and a.get("AliasName"):
                aliases.setdefault(a["TargetKeyId"], []).append(a["AliasName"])  # type: ignore[union-attr]
    except Exception as exc:  # which keys serve enclaves is unknown: each enabled key names the error below
        aliases, alias_error = None, exc
    for k in listed(ctx, rt, paginate(kms, "list_keys", "Keys"), "KeyArn", region=region, operation="ListKeys"):
        arn = k["KeyArn"]
        ok, out = read(ctx, rt, kms.describe_key, region=region, resource_id=arn, field="rotation_enabled",
                       KeyId=arn)
        if not ok:  # unknown key manager: judged (as an error) like a customer managed key
            ctx.inventory.add(rt, {"id": arn, "name": k.get("KeyId", arn), "account": ctx.account, "region": region})
            continue
        meta = out.get("KeyMetadata", {})
        if not meta.get("KeyManager"):  # unknown key manager: judged (as an error) like a customer managed key
            ctx.error(rt, "DescribeKey returned no KeyManager", region=region, resource_id=arn,
                      field="rotation_enabled", operation="DescribeKey", code="MissingMember")
            ctx.inventory.add(rt, {"id": arn, "name": k.get("KeyId", arn), "account": ctx.account, "region": region})
            continue
        if meta.get("KeyManager") != "CUSTOMER":
            continue  # AWS managed keys rotate yearly by AWS; only customer managed keys are judged
        res: Resource = {"id": arn, "name": meta.get("Description") or meta.get("KeyId"), "account": ctx.account,
               "region": region, "key_manager": "CUSTOMER", "key_state": meta.get("KeyState"),
               "key_spec": meta.get("KeySpec") or meta.get("CustomerMasterKeySpec"),
               "origin": meta.get("Origin"), "custom_key_store_id": meta.get("CustomKeyStoreId")}
        # Only symmetric keys with KMS-generated material outside custom key stores can rotate
        # automatically; for the others rotation_enabled stays out (AWS-KMS-01: not applicable).
        if (res["key_spec"] == "SYMMETRIC_DEFAULT" and res["key_state"] == "Enabled" and res["origin"] == "AWS_KMS"
                and not res["custom_key_store_id"]):
            ok, rot = read(ctx, rt, kms.get_key_rotation_status, region=region, resource_id=arn,
                           field="rotation_enabled", KeyId=arn)
            if ok:
                res["rotation_enabled"] = rot.get("KeyRotationEnabled") is True
        if res["key_state"] == "Enabled":
            _enclave_facts(ctx, kms, res, meta, aliases, alias_error)
        ctx.inventory.add(rt, res)


def _enclave_facts(ctx: AwsContext, kms, res: Resource, meta: dict, aliases, alias_error) -> None:
    """enclave_key (Prowler's identification: the prowler:enclave-key tag, "enclave" in the description, a
    tag or an alias, or a policy with kms:RecipientAttestation conditions) and enclave_attestation."""
    rt, arn, region = "aws_kms_key", res["id"], res["region"]
    ok_tags, tags = read_pages(ctx, rt, kms, "list_resource_tags", "Tags", region=region, resource_id=arn,
                               field="enclave_key", KeyId=arn)
    ok_pol, pol = read(ctx, rt, kms.get_key_policy, region=region, resource_id=arn, field="enclave_attestation",
                       KeyId=arn, PolicyName="default")
    text = (pol or {}).get("Policy") if ok_pol else None
    if ok_pol and not text:
        ctx.error(rt, "GetKeyPolicy answered without the policy", region=region, resource_id=arn,
                  field="enclave_attestation", operation="GetKeyPolicy", code="MissingMember")
        ok_pol = False
    if ok_pol:
        res["enclave_attestation"] = attestation_facts(text)
    if aliases is None:
        ctx.error(rt, alias_error or "ListAliases failed", region=region, resource_id=arn, field="enclave_key")
    elif ok_tags and ok_pol:
        tag_pairs = [(str(t.get("TagKey") or ""), str(t.get("TagValue") or "")) for t in tags]
        res["enclave_key"] = (any(k.lower() == "prowler:enclave-key" and v.lower() == "true" for k, v in tag_pairs)
                              or _enclave_named(meta.get("Description"))
                              or any(_enclave_named(k) or _enclave_named(v) for k, v in tag_pairs)
                              or any(_enclave_named(a) for a in aliases.get(meta.get("KeyId") or "", []))
                              or _ATTESTATION in (text or "").lower())
    elif ok_pol:  # the tags are unknown: the key is known to be an enclave key only from its own evidence
        ctx.error(rt, "the key's tags could not be read", region=region, resource_id=arn, field="enclave_key",
                  operation="ListResourceTags", code="ReadFailed")


SPECS = [
    ResourceSpec("aws_kms_key", "kms", "regional",
                 ("kms:ListKeys", "kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ListAliases",
                  "kms:ListResourceTags", "kms:GetKeyPolicy"),
                 collect_keys, "KMS customer managed keys"),
]
