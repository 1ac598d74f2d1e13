# METADATA
# title: RDS snapshots are encrypted
# description: DB and cluster snapshots copy ePHI and must be encrypted.
# custom:
#   id: AWS-RDS-06
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_rds_snapshot
#   evidence: [encrypted]
#   remediation: Copy the snapshot with a KMS key (copy-db-snapshot --kms-key-id) and delete the unencrypted one; encrypt the source database.
package hipaa.aws.rds.snapshot_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": s.id, "msg": sprintf("RDS snapshot %s is not encrypted.", [res.label(s)])} if {
	some s in input.resources.aws_rds_snapshot
	s.encrypted == false
}

deny contains {"id": s.id, "msg": sprintf("RDS snapshot %s: whether it is encrypted could not be read.", [res.label(s)])} if {
	some s in input.resources.aws_rds_snapshot
	not _read(s)
}

_read(s) if is_boolean(s.encrypted)
