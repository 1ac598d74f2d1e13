package hipaa.aws.rds.deletion_protection_test

import data.hipaa.aws.rds.deletion_protection as policy
import rego.v1

test_on_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "deletion_protection": true}]}}
}

test_off_fails if {
	policy.deny == {{"id": "r1", "msg": "RDS instance n1 has no deletion protection."}} with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "deletion_protection": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1"}]}}
}
