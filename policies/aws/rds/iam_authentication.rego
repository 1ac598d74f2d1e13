# METADATA
# title: RDS instances accept IAM database authentication
# description: IAM database authentication lets people sign in to the database with their own short-lived IAM credentials instead of a shared password.
# custom:
#   id: AWS-RDS-14
#   severity: low
#   hipaa: ["164.312(d)", "164.312(a)(2)(i)"]
#   resource_type: aws_rds_instance
#   evidence: [iam_database_authentication]
#   remediation: Modify the DB instance with EnableIAMDatabaseAuthentication.
package hipaa.aws.rds.iam_authentication

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("RDS instance %s does not accept IAM database authentication.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("RDS instance %s: whether it accepts IAM database authentication could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	not _known(r)
}

_known(r) if {
	is_boolean(r.iam_database_authentication)
}

_ok(r) if {
	r.iam_database_authentication == true
}
