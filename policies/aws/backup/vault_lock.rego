# METADATA
# title: Backup vaults are locked
# description: Vault Lock stops anyone (root included) from deleting recovery points early.
# custom:
#   id: AWS-BACKUP-01
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#   resource_type: aws_backup_vault
#   evidence: [locked]
#   remediation: Apply a Vault Lock configuration (compliance mode) with minimum and maximum retention.
package hipaa.aws.backup.vault_lock

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": v.id, "msg": sprintf("Backup vault %s has no Vault Lock.", [res.label(v)])} if {
	some v in input.resources.aws_backup_vault
	v.locked == false
}

deny contains {"id": v.id, "msg": sprintf("Backup vault %s: its Vault Lock could not be read.", [res.label(v)])} if {
	some v in input.resources.aws_backup_vault
	not _read(v)
}

_read(v) if is_boolean(v.locked)
