# METADATA
# title: AWS Backup restore testing is set up
# description: >-
#   Testing and revision: a restore testing plan exists in the region, so that backups are proven
#   restorable. A region where AWS Backup holds nothing (no backup plan, no vault with recovery points)
#   is not_applicable: there is no backup to test.
# custom:
#   id: AWS-BACKUP-03
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(D)", "164.308(a)(7)(i)"]
#   resource_type: aws_backup_settings
#   evidence: [restore_testing_plans, region, account]
#   reads: [aws_backup_plan, aws_backup_vault]
#   remediation: Create an AWS Backup restore testing plan with a selection covering the protected resource types.
package hipaa.aws.backup.restore_testing

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("AWS Backup has no restore testing plan in %s.", [res.text(object.get(r, "region", null))])} if {
	some r in input.resources.aws_backup_settings
	_read(r)
	count(r.restore_testing_plans) == 0
	_in_use(r)
}

deny contains {"id": r.id, "msg": sprintf("AWS Backup in %s: its restore testing plans could not be read.", [res.text(object.get(r, "region", null))])} if {
	some r in input.resources.aws_backup_settings
	not _read(r)
}

not_applicable contains {"id": r.id, "reason": sprintf("AWS Backup holds nothing in %s (no backup plan, no recovery point): there is no backup to test.", [res.text(object.get(r, "region", null))])} if {
	some r in input.resources.aws_backup_settings
	_read(r)
	count(r.restore_testing_plans) == 0
	not _in_use(r)
}

_read(r) if is_array(r.restore_testing_plans)

# AWS Backup is used in the settings' region: a backup plan, or a vault holding (or maybe holding) recovery points.
_in_use(r) if not _has_region(r)

_has_region(r) if is_string(r.region)

_in_use(r) if {
	some p in input.resources.aws_backup_plan
	_same_place(p, r)
}

_in_use(r) if {
	some v in input.resources.aws_backup_vault
	_same_place(v, r)
	not v.recovery_points.count == 0
}

_same_place(x, r) if {
	x.region == r.region
	object.get(x, "account", "") == object.get(r, "account", "")
}
