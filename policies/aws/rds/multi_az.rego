# METADATA
# title: RDS instances run in more than one Availability Zone
# description: >-
#   Multi-AZ keeps a synchronous standby so that ePHI stays available through the loss of a zone. A member of an Aurora or Multi-AZ DB cluster is not_applicable: its availability is the cluster's (AWS-RDS-13).
# custom:
#   id: AWS-RDS-04
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_rds_instance
#   evidence: [multi_az, cluster_id]
#   evidence_optional:
#     cluster_id: Null or absent means a standalone instance, judged by multi_az.
#   remediation: Modify the instance to a Multi-AZ deployment (or use an Aurora cluster with a replica in another zone).
package hipaa.aws.rds.multi_az

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s is not Multi-AZ.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	_standalone(db)
	db.multi_az == false
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: whether it is Multi-AZ could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	_standalone(db)
	not _read(db)
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its DB cluster membership could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _standalone(db)
	not _member(db)
}

not_applicable contains {"id": db.id, "reason": sprintf("RDS instance %s belongs to DB cluster %s: its availability is that of its DB cluster, judged by AWS-RDS-13.", [res.label(db), db.cluster_id])} if {
	some db in input.resources.aws_rds_instance
	_member(db)
}

_read(db) if is_boolean(db.multi_az)

_member(db) if {
	is_string(db.cluster_id)
	db.cluster_id != ""
}

_standalone(db) if object.get(db, "cluster_id", null) == null
