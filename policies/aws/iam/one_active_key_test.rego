package hipaa.aws.iam.one_active_key_test

import data.hipaa.aws.iam.one_active_key as policy
import rego.v1

test_one_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "active_access_keys": 1}]}}
}

test_two_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has 2 active access keys."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "active_access_keys": 2}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has unknown active access keys."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1"}]}}
}
