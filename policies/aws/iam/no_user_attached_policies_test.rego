package hipaa.aws.iam.no_user_attached_policies_test

import data.hipaa.aws.iam.no_user_attached_policies as policy
import rego.v1

test_none_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "attached_policies": [], "inline_policies": []}]}}
}

test_attached_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has 2 policies attached directly."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "attached_policies": ["arn:p"], "inline_policies": [{"name": "x", "full_admin": false}]}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1: its policies could not be read."}} with input as {"resources": {"aws_iam_user": [{"id": "r1", "name": "n1", "attached_policies": []}]}}
}
