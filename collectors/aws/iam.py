"""IAM: the account (root MFA, root keys, password policy) and users (console MFA, keys)."""

from __future__ import annotations

from collectors.aws.base import AwsContext, ResourceSpec, paginate, read


def collect_account(ctx: AwsContext, region: str) -> None:
    rt = "aws_account"
    iam = ctx.client("iam", region)
    res = {"id": ctx.account, "name": ctx.account, "account": ctx.account, "region": None}
    ok, out = read(ctx, rt, iam.get_account_summary, region=None, resource_id=ctx.account, field="root")
    if ok:
        summary = out.get("SummaryMap", {})
        res["root"] = {"mfa_enabled": summary.get("AccountMFAEnabled") == 1,
                       "access_keys_present": summary.get("AccountAccessKeysPresent", 0) > 0}
    ok, out = read(ctx, rt, iam.get_account_password_policy, region=None, resource_id=ctx.account,
                   field="password_policy", absent=("NoSuchEntity",), absent_value=None)
    if ok:
        pp = (out or {}).get("PasswordPolicy")
        res["password_policy"] = {"present": False} if pp is None else {
            "present": True,
            "minimum_length": pp.get("MinimumPasswordLength"),
            "require_uppercase": pp.get("RequireUppercaseCharacters") is True,
            "require_lowercase": pp.get("RequireLowercaseCharacters") is True,
            "require_numbers": pp.get("RequireNumbers") is True,
            "require_symbols": pp.get("RequireSymbols") is True,
            "reuse_prevention": pp.get("PasswordReusePrevention"),
            "max_age_days": pp.get("MaxPasswordAge"),
            "expire_passwords": pp.get("ExpirePasswords") is True,
        }
    ctx.inventory.add(rt, res)


def collect_users(ctx: AwsContext, region: str) -> None:
    rt = "aws_iam_user"
    iam = ctx.client("iam", region)
    for u in paginate(iam, "list_users", "Users"):
        name, arn = u["UserName"], u["Arn"]
        res = {"id": arn, "name": name, "account": ctx.account, "region": None,
               "created": u["CreateDate"].isoformat() if u.get("CreateDate") else None,
               "password_last_used": u["PasswordLastUsed"].isoformat() if u.get("PasswordLastUsed") else None}
        ok, out = read(ctx, rt, iam.get_login_profile, region=None, resource_id=arn, field="console_access",
                       absent=("NoSuchEntity",), absent_value=None, UserName=name)
        if ok:
            res["console_access"] = out is not None
        ok, out = read(ctx, rt, iam.list_mfa_devices, region=None, resource_id=arn, field="mfa_devices",
                       UserName=name)
        if ok:
            res["mfa_devices"] = sorted(d["SerialNumber"] for d in out.get("MFADevices", []))
            res["mfa_enabled"] = bool(res["mfa_devices"])
        ok, out = read(ctx, rt, iam.list_access_keys, region=None, resource_id=arn, field="access_keys",
                       UserName=name)
        if ok:
            res["access_keys"] = [{"id": k["AccessKeyId"], "status": k.get("Status"),
                                   "created": k["CreateDate"].isoformat() if k.get("CreateDate") else None}
                                  for k in sorted(out.get("AccessKeyMetadata", []), key=lambda k: k["AccessKeyId"])]
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_account", "iam", "global", ("iam:GetAccountSummary", "iam:GetAccountPasswordPolicy"),
                 collect_account, "The AWS account (root user, password policy)"),
    ResourceSpec("aws_iam_user", "iam", "global",
                 ("iam:ListUsers", "iam:GetLoginProfile", "iam:ListMFADevices", "iam:ListAccessKeys"),
                 collect_users, "IAM users"),
]
