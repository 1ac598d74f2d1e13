package hipaa.aws.lambda.url_auth_test

import data.hipaa.aws.lambda.url_auth as policy
import rego.v1

test_no_url_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_lambda_function": [{"id": "r1", "name": "n1", "function_url": {"present": false}}]}}
}

test_iam_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_lambda_function": [{"id": "r1", "name": "n1", "function_url": {"present": true, "auth_type": "AWS_IAM"}}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "Lambda function n1 has a function URL without authentication."}} with input as {"resources": {"aws_lambda_function": [{"id": "r1", "name": "n1", "function_url": {"present": true, "auth_type": "NONE"}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_lambda_function": [{"id": "r1", "name": "n1"}]}}
}
