# METADATA
# title: RDS instances have deletion protection
# description: A database holding ePHI cannot be deleted by a single mistaken call.
# custom:
#   id: AWS-RDS-10
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(c)(1)"]
#   resource_type: aws_rds_instance
#   evidence: [deletion_protection]
#   remediation: Modify the instance and enable deletion protection.
package hipaa.aws.rds.deletion_protection

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s has no deletion protection.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not db.deletion_protection == true
}
