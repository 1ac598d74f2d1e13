# METADATA
# title: RDS/Aurora clusters span several Availability Zones
# description: A cluster holding ePHI keeps serving (and keeps its data) when one Availability Zone fails.
# custom:
#   id: AWS-RDS-13
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)", "164.312(a)(2)(ii)"]
#   resource_type: aws_rds_cluster
#   evidence: [multi_az]
#   remediation: Add a reader instance in another Availability Zone (Aurora) or create a Multi-AZ DB cluster.
package hipaa.aws.rds.cluster_multi_az

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": c.id, "msg": sprintf("DB cluster %s is not Multi-AZ.", [res.label(c)])} if {
	some c in input.resources.aws_rds_cluster
	c.multi_az == false
}

deny contains {"id": c.id, "msg": sprintf("DB cluster %s: whether it is Multi-AZ could not be read.", [res.label(c)])} if {
	some c in input.resources.aws_rds_cluster
	not _read(c)
}

_read(c) if is_boolean(c.multi_az)
