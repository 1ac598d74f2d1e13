package hipaa.aws.rds.not_public_test

import data.hipaa.aws.rds.not_public as policy
import rego.v1

_db(v) := {"resources": {"aws_rds_instance": [{"id": "arn:db", "name": "ehr", "publicly_accessible": v}]}}

test_private_passes if {
	count(policy.deny) == 0 with input as _db(false)
}

test_public_fails if {
	policy.deny == {{"id": "arn:db", "msg": "RDS instance ehr is publicly accessible."}} with input as _db(true)
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_instance": [{"id": "arn:db", "name": "ehr"}]}}
}
