package hipaa.aws.dynamodb.point_in_time_recovery_test

import data.hipaa.aws.dynamodb.point_in_time_recovery as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_dynamodb_table": [{"id": "r1", "name": "n1", "point_in_time_recovery": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "DynamoDB table n1 has no point-in-time recovery."}} with input as {"resources": {"aws_dynamodb_table": [{"id": "r1", "name": "n1", "point_in_time_recovery": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_dynamodb_table": [{"id": "r1", "name": "n1"}]}}
}
