package hipaa.aws.rds.storage_encrypted_test

import data.hipaa.aws.rds.storage_encrypted as policy
import rego.v1

_db(v) := {"resources": {"aws_rds_instance": [{"id": "arn:db", "name": "ehr", "storage_encrypted": v}]}}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as _db(true)
}

test_unencrypted_fails if {
	policy.deny == {{"id": "arn:db", "msg": "RDS instance ehr does not encrypt its storage."}} with input as _db(false)
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_instance": [{"id": "arn:db", "name": "ehr"}]}}
}
