# METADATA
# title: Recovery points are kept at least 35 days
# description: Recovery points deleted within a few weeks may be gone before a corruption or ransomware attack on ePHI is noticed (Powerpipe's 35-day minimum).
# custom:
#   id: AWS-BACKUP-11
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)", "164.310(d)(2)(iv)"]
#   resource_type: aws_backup_vault
#   evidence: [recovery_points]
#   remediation: Set the backup rules' lifecycle to delete recovery points after 35 days or more (or never), and extend the existing points' retention.
package hipaa.aws.backup.recovery_point_retention

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Backup vault %s holds recovery points kept less than 35 days.", [res.label(r)])} if {
	some r in input.resources.aws_backup_vault
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Backup vault %s: its recovery points could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_backup_vault
	not _known(r)
}

_known(r) if {
	is_object(r.recovery_points)
	is_array(r.recovery_points.short_retention)
}

_ok(r) if {
	count(r.recovery_points.short_retention) == 0
}
