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

import rego.v1

deny contains {"id": c.id, "msg": sprintf("DB cluster %s is not Multi-AZ.", [c.name])} if {
	some c in input.resources.aws_rds_cluster
	not c.multi_az == true
}
