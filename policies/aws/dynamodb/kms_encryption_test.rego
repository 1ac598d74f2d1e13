package hipaa.aws.dynamodb.kms_encryption_test

import data.hipaa.aws.dynamodb.kms_encryption as policy
import rego.v1

test_cmk_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_dynamodb_table": [{"id": "r1", "name": "n1", "sse": {"status": "ENABLED", "type": "KMS", "kms_key_arn": "arn:k", "key_manager": "CUSTOMER"}}]}}
}

test_aws_managed_key_fails if {
	policy.deny == {{"id": "r1", "msg": "DynamoDB table n1 is not encrypted with a customer managed KMS key."}} with input as {"resources": {"aws_dynamodb_table": [{"id": "r1", "name": "n1", "sse": {"status": "ENABLED", "type": "KMS", "kms_key_arn": "arn:k", "key_manager": "AWS"}}]}}
}

test_owned_key_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_dynamodb_table": [{"id": "r1", "name": "n1", "sse": {"status": "ENABLED", "type": "AWS_OWNED"}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_dynamodb_table": [{"id": "r1", "name": "n1"}]}}
}
