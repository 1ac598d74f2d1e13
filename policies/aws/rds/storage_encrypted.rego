# METADATA
# title: RDS instances encrypt storage
# description: >-
#   Database storage, automated backups, read replicas and snapshots of an instance are encrypted only if the instance is. An encrypted instance whose KMS key cannot be read fails (RDS always reports the key of encrypted storage).
# custom:
#   id: AWS-RDS-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_rds_instance
#   evidence: [storage_encrypted, kms_key_id]
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

deny contains {"id": db.id, "msg": sprintf("RDS instance %s is encrypted, but its KMS key could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	db.storage_encrypted == true
	not _key(db)
}

_read(db) if is_boolean(db.storage_encrypted)

_key(db) if {
	is_string(db.kms_key_id)
	db.kms_key_id != ""
}
