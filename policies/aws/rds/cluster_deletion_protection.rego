# METADATA
# title: RDS/Aurora clusters have deletion protection
# description: A cluster holding ePHI cannot be deleted by a single mistaken call.
# custom:
#   id: AWS-RDS-11
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(c)(1)"]
#   resource_type: aws_rds_cluster
#   evidence: [deletion_protection]
#   remediation: Modify the cluster and enable deletion protection.
package hipaa.aws.rds.cluster_deletion_protection

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": c.id, "msg": sprintf("DB cluster %s has no deletion protection.", [res.label(c)])} if {
	some c in input.resources.aws_rds_cluster
	c.deletion_protection == false
}

deny contains {"id": c.id, "msg": sprintf("DB cluster %s: its deletion protection could not be read.", [res.label(c)])} if {
	some c in input.resources.aws_rds_cluster
	not _read(c)
}

_read(c) if is_boolean(c.deletion_protection)
