# METADATA
# title: RDS instances have deletion protection
# description: >-
#   A database holding ePHI cannot be deleted by a single mistaken call. A member of an Aurora or Multi-AZ DB cluster is not_applicable: deletion protection is the cluster's (AWS-RDS-11).
# custom:
#   id: AWS-RDS-10
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(c)(1)"]
#   resource_type: aws_rds_instance
#   evidence: [deletion_protection, cluster_id]
#   evidence_optional:
#     cluster_id: Null or absent means a standalone instance, judged by deletion_protection.
#   remediation: Modify the instance and enable deletion protection.
package hipaa.aws.rds.deletion_protection

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s has no deletion protection.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	_standalone(db)
	db.deletion_protection == false
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its deletion protection could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	_standalone(db)
	not _read(db)
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its DB cluster membership could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _standalone(db)
	not _member(db)
}

not_applicable contains {"id": db.id, "reason": sprintf("RDS instance %s belongs to DB cluster %s: deletion protection of a cluster member is set on its DB cluster, judged by AWS-RDS-11.", [res.label(db), db.cluster_id])} if {
	some db in input.resources.aws_rds_instance
	_member(db)
}

_read(db) if is_boolean(db.deletion_protection)

_member(db) if {
	is_string(db.cluster_id)
	db.cluster_id != ""
}

_standalone(db) if object.get(db, "cluster_id", null) == null
