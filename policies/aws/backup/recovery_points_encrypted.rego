# METADATA
# title: Backup recovery points are encrypted
# description: >-
#   Every recovery point in the vault is encrypted. A vault that holds no recovery point is not_applicable.
# custom:
#   id: AWS-BACKUP-02
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)", "164.312(a)(2)(ii)"]
#   resource_type: aws_backup_vault
#   evidence: [recovery_points.count, recovery_points.unencrypted]
#   remediation: Back up from encrypted sources (or copy into a vault with a KMS key) and delete unencrypted recovery points.
package hipaa.aws.backup.recovery_points_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": v.id, "msg": sprintf("Backup vault %s holds %d unencrypted recovery points.", [res.label(v), n])} if {
	some v in input.resources.aws_backup_vault
	_read(v)
	n := count(v.recovery_points.unencrypted)
	n > 0
}

deny contains {"id": v.id, "msg": sprintf("Backup vault %s: its recovery points could not be read.", [res.label(v)])} if {
	some v in input.resources.aws_backup_vault
	not _read(v)
}

not_applicable contains {"id": v.id, "reason": sprintf("Backup vault %s holds no recovery points.", [res.label(v)])} if {
	some v in input.resources.aws_backup_vault
	_read(v)
	v.recovery_points.count == 0
	count(v.recovery_points.unencrypted) == 0
}

_read(v) if {
	is_number(v.recovery_points.count)
	is_array(v.recovery_points.unencrypted)
}
