# METADATA
# title: RDS/Aurora clusters encrypt storage
# description: Cluster volumes holding ePHI are encrypted with KMS.
# custom:
#   id: AWS-RDS-05
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_rds_cluster
#   evidence: [storage_encrypted]
#   remediation: "Encrypted storage can only be chosen at creation: restore a snapshot copy encrypted with a KMS key into a new cluster."
package hipaa.aws.rds.cluster_storage_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": c.id, "msg": sprintf("DB cluster %s does not encrypt its storage.", [res.label(c)])} if {
	some c in input.resources.aws_rds_cluster
	c.storage_encrypted == false
}

deny contains {"id": c.id, "msg": sprintf("DB cluster %s: whether it encrypts its storage could not be read.", [res.label(c)])} if {
	some c in input.resources.aws_rds_cluster
	not _read(c)
}

_read(c) if is_boolean(c.storage_encrypted)
