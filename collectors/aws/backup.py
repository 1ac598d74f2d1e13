"""AWS Backup: vaults (lock, recovery point encryption), plans and their selections, and
restore testing plans per region."""

from __future__ import annotations

import botocore.exceptions

from hipaa_scan.collectors.aws.base import AwsContext, ReadOnlyViolation, ResourceSpec, listed, paginate, read, read_pages
from hipaa_scan.scanner.types import Resource


def collect_vaults(ctx: AwsContext, region: str) -> None:
    rt = "aws_backup_vault"
    bk = ctx.client("backup", region)
    for v in listed(ctx, rt, paginate(bk, "list_backup_vaults", "BackupVaultList"),
                    "BackupVaultName", "BackupVaultArn", region=region, operation="ListBackupVaults"):
        name, arn = v["BackupVaultName"], v["BackupVaultArn"]
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region,
               "locked": v.get("Locked") is True, "encryption_key_arn": v.get("EncryptionKeyArn"),
               "min_retention_days": v.get("MinRetentionDays")}
        ok, points = read_pages(ctx, rt, bk, "list_recovery_points_by_backup_vault", "RecoveryPoints", region=region,
                                resource_id=arn, field="recovery_points", BackupVaultName=name)
        if ok:
            res["recovery_points"] = {
                "count": len(points),
                "unencrypted": sorted(p.get("RecoveryPointArn") or "(no ARN)" for p in points
                                      if p.get("IsEncrypted") is not True),
                # points set to be deleted after fewer days than AWS-BACKUP-11's minimum (no DeleteAfterDays: kept)
                "short_retention": sorted(p.get("RecoveryPointArn") or "(no ARN)" for p in points
                                          if _delete_after(p) is not None and _delete_after(p) < 35)}
        ctx.inventory.add(rt, res)


def _delete_after(point: dict):
    days = (point.get("Lifecycle") or {}).get("DeleteAfterDays")
    return days if isinstance(days, int) else None


def collect_plans(ctx: AwsContext, region: str) -> None:
    """Backup plans with what their selections cover (ARNs, ``*``, tag conditions)."""
    rt = "aws_backup_plan"
    bk = ctx.client("backup", region)
    for p in listed(ctx, rt, paginate(bk, "list_backup_plans", "BackupPlansList"), "BackupPlanId", "BackupPlanArn",
                    region=region, operation="ListBackupPlans"):
        pid, arn = p["BackupPlanId"], p["BackupPlanArn"]
        res: Resource = {"id": arn, "name": p.get("BackupPlanName") or pid, "account": ctx.account, "region": region}
        try:
            res["selections"] = [_selection(bk, pid, s["SelectionId"]) for s in
                                 paginate(bk, "list_backup_selections", "BackupSelectionsList", BackupPlanId=pid)]
        except (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError, ReadOnlyViolation,
                KeyError) as exc:  # KeyError: a selection listed without its id
            # What this region's plans cover is unknown: every coverage control here is an error.
            ctx.error(rt, exc, region=region)
        ok, out = read(ctx, rt, bk.get_backup_plan, region=region, resource_id=arn, field="rules", BackupPlanId=pid)
        if ok:
            res["rules"] = [{"name": r.get("RuleName"), "schedule": r.get("ScheduleExpression"),
                             # no DeleteAfterDays: recovery points are kept until deleted by hand
                             "delete_after_days": (r.get("Lifecycle") or {}).get("DeleteAfterDays")}
                            for r in (out.get("BackupPlan") or {}).get("Rules", [])]
        ctx.inventory.add(rt, res)


def _selection(bk, plan_id: str, selection_id: str) -> dict:
    sel = bk.get_backup_selection(BackupPlanId=plan_id, SelectionId=selection_id).get("BackupSelection", {})
    # ListOfTags: any one of them selects (OR). Conditions: every one must hold (AND), and they
    # narrow Resources (AND); kept apart so that a tag condition never widens an ARN selection.
    tags = [{"key": t.get("ConditionKey"), "value": t.get("ConditionValue")}
            for t in sel.get("ListOfTags") or [] if t.get("ConditionType") == "STRINGEQUALS"]
    conditions = {kind: [{"key": (c.get("ConditionKey") or "").removeprefix("aws:ResourceTag/"),
                          "value": c.get("ConditionValue")} for c in items]
                  for kind, items in _condition_lists(sel.get("Conditions") or {})}
    return {"name": sel.get("SelectionName"), "resources": sorted(sel.get("Resources") or []),
            "not_resources": sorted(sel.get("NotResources") or []), "tags": tags, "conditions": conditions}


def _condition_lists(conditions: dict):
    """(normalised kind, conditions) for every non-empty condition list of a selection."""
    names = {"StringEquals": "string_equals", "StringNotEquals": "string_not_equals",
             "StringLike": "string_like", "StringNotLike": "string_not_like"}
    for key, items in conditions.items():
        if items and isinstance(items, list):  # a member this model does not know is not a condition list
            yield names.get(key, key), items


def collect_settings(ctx: AwsContext, region: str) -> None:
    rt = "aws_backup_settings"
    rid = f"{ctx.account}/{region}/backup"
    bk = ctx.client("backup", region)
    res: Resource = {"id": rid, "name": f"AWS Backup in {region}", "account": ctx.account, "region": region}
    ok, plans = read_pages(ctx, rt, bk, "list_restore_testing_plans", "RestoreTestingPlans", region=region,
                           resource_id=rid, field="restore_testing_plans")
    if ok:
        res["restore_testing_plans"] = sorted(p.get("RestoreTestingPlanName", "") for p in plans)
    ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_backup_vault", "backup", "regional",
                 ("backup:ListBackupVaults", "backup:ListRecoveryPointsByBackupVault"), collect_vaults,
                 "AWS Backup vaults and their recovery points"),
    ResourceSpec("aws_backup_plan", "backup", "regional",
                 ("backup:ListBackupPlans", "backup:ListBackupSelections", "backup:GetBackupSelection",
                  "backup:GetBackupPlan"),
                 collect_plans, "AWS Backup plans and selections"),
    ResourceSpec("aws_backup_settings", "backup", "regional", ("backup:ListRestoreTestingPlans",), collect_settings,
                 "AWS Backup restore testing per region"),
]
