package hipaa.aws.secretsmanager.customer_managed_key_test

import data.hipaa.aws.secretsmanager.customer_managed_key as policy
import rego.v1

test_cmk_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_secretsmanager_secret": [{"id": "r1", "name": "n1", "customer_managed_key": true}]}}
}

test_aws_key_fails if {
	policy.deny == {{"id": "r1", "msg": "Secret n1 is encrypted with the AWS managed key, not a customer managed key."}} with input as {"resources": {"aws_secretsmanager_secret": [{"id": "r1", "name": "n1", "customer_managed_key": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_secretsmanager_secret": [{"id": "r1", "name": "n1"}]}}
}
