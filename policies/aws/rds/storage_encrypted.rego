# METADATA
# title: RDS instances encrypt storage
# description: >-
#   Database storage, automated backups, read replicas and snapshots of an instance are encrypted only if the instance is.
# custom:
#   id: AWS-RDS-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_rds_instance
#   evidence: [storage_encrypted, kms_key_id]
#   evidence_optional:
#     kms_key_id: Shown to the auditor; encryption is judged by storage_encrypted (RDS may omit the key id). A key id of the wrong type fails.
#   remediation: Restore the instance from an encrypted snapshot copy (encryption cannot be turned on in place).
package hipaa.aws.rds.storage_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s does not encrypt its storage.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	db.storage_encrypted == false
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: whether it is encrypted could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _read(db)
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its KMS key id could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _key_read(db)
}

_read(db) if is_boolean(db.storage_encrypted)

# The key id is a string, or null/absent (unencrypted, or not returned).
_key_read(db) if is_string(db.kms_key_id)

_key_read(db) if object.get(db, "kms_key_id", null) == null
