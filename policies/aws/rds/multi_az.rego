# METADATA
# title: RDS instances run in more than one Availability Zone
# description: Multi-AZ keeps a synchronous standby so that ePHI stays available through the loss of a zone.
# custom:
#   id: AWS-RDS-04
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_rds_instance
#   evidence: [multi_az, cluster_id]
#   remediation: Modify the instance to a Multi-AZ deployment (or use an Aurora cluster with a replica in another zone).
package hipaa.aws.rds.multi_az

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s is not Multi-AZ.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not db.multi_az == true
	not _aurora_member(db)
}

# Aurora instances inherit availability from their cluster (a separate control).
_aurora_member(db) if {
	startswith(db.engine, "aurora")
	is_string(db.cluster_id)
}
