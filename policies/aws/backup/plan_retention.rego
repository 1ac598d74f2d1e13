# METADATA
# title: Backup plans keep recovery points for at least 35 days
# description: Every rule of a backup plan keeps its recovery points at least 35 days (the AWS Config pack's and Powerpipe's default), so damage found weeks later can still be restored from before it; a plan without rules backs up nothing.
# custom:
#   id: AWS-BACKUP-09
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"]
#   resource_type: aws_backup_plan
#   evidence: [rules]
#   remediation: Set each rule's lifecycle DeleteAfterDays to 35 or more (or leave it unset to keep recovery points until deleted).
package hipaa.aws.backup.plan_retention

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Backup plan %s has a rule that keeps recovery points less than 35 days, or no rule.", [res.label(r)])} if {
	some r in input.resources.aws_backup_plan
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Backup plan %s: its rules could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_backup_plan
	not _known(r)
}

_known(r) if {
	is_array(r.rules)
	every x in r.rules { _typed(x) }
}

_ok(r) if {
	count(r.rules) > 0
	every x in r.rules { _kept(x) }
}

_typed(x) if {
	is_object(x)
	is_number(x.delete_after_days)
}

_typed(x) if {
	is_object(x)
	object.get(x, "delete_after_days", 0) == null
}

_kept(x) if x.delete_after_days == null

_kept(x) if {
	is_number(x.delete_after_days)
	x.delete_after_days >= 35
}
