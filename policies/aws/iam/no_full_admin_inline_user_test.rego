package hipaa.aws.iam.no_full_admin_inline_user_test

import data.hipaa.aws.iam.no_full_admin_inline_user as policy
import rego.v1

test_scoped_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "inline_policies": [{"name": "s3", "full_admin": false}]}]}}
}

test_admin_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has the inline policy all allowing every action on every resource."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "inline_policies": [{"name": "all", "full_admin": true}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1"}]}}
}
