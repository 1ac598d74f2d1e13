# METADATA
# title: Backup recovery points are encrypted
# description: Every recovery point in the vault is encrypted.
# custom:
#   id: AWS-BACKUP-02
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)", "164.312(a)(2)(ii)"]
#   resource_type: aws_backup_vault
#   evidence: [recovery_points]
#   remediation: Back up from encrypted sources (or copy into a vault with a KMS key) and delete unencrypted recovery points.
package hipaa.aws.backup.recovery_points_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": v.id, "msg": sprintf("Backup vault %s holds %d unencrypted recovery points.", [res.label(v), count(v.recovery_points.unencrypted)])} if {
	some v in input.resources.aws_backup_vault
	count(v.recovery_points.unencrypted) > 0
}

deny contains {"id": v.id, "msg": sprintf("Backup vault %s: its recovery points could not be read.", [res.label(v)])} if {
	some v in input.resources.aws_backup_vault
	not is_array(v.recovery_points.unencrypted)
}
