# METADATA
# title: RDS instances are not publicly accessible
# description: A database holding ePHI must not have a public endpoint reachable from the internet.
# custom:
#   id: AWS-RDS-02
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_rds_instance
#   evidence: [publicly_accessible]
#   remediation: Modify the instance and set Publicly accessible to No; reach it through private subnets, a VPN or a bastion.
package hipaa.aws.rds.not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s is publicly accessible.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	db.publicly_accessible == true
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: whether it is publicly accessible could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _read(db)
}

_read(db) if is_boolean(db.publicly_accessible)
