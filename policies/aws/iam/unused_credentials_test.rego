package hipaa.aws.iam.unused_credentials_test

import data.hipaa.aws.iam.unused_credentials as policy
import rego.v1

test_recent_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "console_access": true, "password_unused_days": 3, "access_keys": [{"id": "k", "status": "Active", "unused_days": 10}]}]}}
}

test_inactive_old_key_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "console_access": false, "access_keys": [{"id": "k", "status": "Inactive", "unused_days": 400}]}]}}
}

test_stale_password_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has a console password unused for 120 days."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "console_access": true, "password_unused_days": 120, "access_keys": []}]}}
}

test_stale_key_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has the active access key k unused for 91 days."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "console_access": false, "access_keys": [{"id": "k", "status": "Active", "unused_days": 91}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 2 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1"}]}}
}
