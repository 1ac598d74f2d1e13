package hipaa.aws.iam.access_key_rotation_test

import data.hipaa.aws.iam.access_key_rotation as policy
import rego.v1

test_young_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "access_keys": [{"id": "k", "status": "Active", "age_days": 30}]}]}}
}

test_old_inactive_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "access_keys": [{"id": "k", "status": "Inactive", "age_days": 300}]}]}}
}

test_old_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has the active access key k, 120 days old."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "access_keys": [{"id": "k", "status": "Active", "age_days": 120}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1"}]}}
}
