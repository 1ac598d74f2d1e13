package hipaa.aws.iam.no_user_attached_policies_test

import data.hipaa.aws.iam.no_user_attached_policies as policy
import data.hipaa.lib.testing as t
import rego.v1

_u(id, attached, inline) := {"id": id, "name": id, "attached_policies": attached, "inline_policies": inline}

test_no_policies_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_user", [_u("u", [], [])])
}

test_attached_fails if {
	policy.deny == {{"id": "u", "msg": "IAM user u has 2 policies attached directly."}} with input as t.inventory("aws_iam_user", [_u("u", ["arn:aws:iam::aws:policy/ReadOnlyAccess"], [{"name": "p", "full_admin": false}])])
}

test_some_fail if {
	t.ids(policy.deny) == {"inline", "attached"} with input as t.inventory("aws_iam_user", [
		_u("clean", [], []),
		_u("inline", [], [{"name": "p"}]),
		_u("attached", ["arn"], []),
	])
}

test_missing_fails if {
	policy.deny == {{"id": "u", "msg": "IAM user u: its policies could not be read."}} with input as t.inventory("aws_iam_user", [{"id": "u", "name": "u", "attached_policies": []}])
}

test_null_fails if {
	t.ids(policy.deny) == {"a", "i"} with input as t.inventory("aws_iam_user", [_u("a", null, []), _u("i", [], null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "i"} with input as t.inventory("aws_iam_user", [_u("a", "arn", []), _u("i", [], {"p": 1})])
}
