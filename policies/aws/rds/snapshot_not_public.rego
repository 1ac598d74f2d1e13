# METADATA
# title: RDS snapshots are not public
# description: A public snapshot can be restored by any AWS account.
# custom:
#   id: AWS-RDS-07
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_rds_snapshot
#   evidence: [public]
#   remediation: Remove 'all' from the snapshot's restore attribute (modify-db-snapshot-attribute --values-to-remove all).
package hipaa.aws.rds.snapshot_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": s.id, "msg": sprintf("RDS snapshot %s is public.", [res.label(s)])} if {
	some s in input.resources.aws_rds_snapshot
	s.public == true
}

deny contains {"id": s.id, "msg": sprintf("RDS snapshot %s: whether it is public could not be read.", [res.label(s)])} if {
	some s in input.resources.aws_rds_snapshot
	not _read(s)
}

_read(s) if is_boolean(s.public)
