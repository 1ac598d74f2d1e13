package hipaa.aws.lambda.policy_not_public_test

import data.hipaa.aws.lambda.policy_not_public as policy
import rego.v1

test_scoped_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_lambda_function": [{"id": "r1", "name": "n1", "policy": {"present": true, "public_statements": 0}}]}}
}

test_public_fails if {
	policy.deny == {{"id": "r1", "msg": "Lambda function n1 has a policy that lets anyone invoke it."}} with input as {"resources": {"aws_lambda_function": [{"id": "r1", "name": "n1", "policy": {"present": true, "public_statements": 1}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_lambda_function": [{"id": "r1", "name": "n1"}]}}
}
