package hipaa.aws.iam.one_active_key_test

import data.hipaa.aws.iam.one_active_key as policy
import data.hipaa.lib.testing as t
import rego.v1

test_zero_or_one_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_user", [{"id": "a", "active_access_keys": 0}, {"id": "b", "active_access_keys": 1}])
}

test_two_fail if {
	policy.deny == {{"id": "u", "msg": "IAM user bob has 2 active access keys."}} with input as t.inventory("aws_iam_user", [{"id": "u", "name": "bob", "active_access_keys": 2}])
}

test_some_fail if {
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_iam_user", [{"id": "a", "active_access_keys": 1}, {"id": "b", "active_access_keys": 2}])
}

test_missing_fails if {
	policy.deny == {{"id": "u", "msg": "IAM user u has unknown active access keys."}} with input as t.inventory("aws_iam_user", [{"id": "u"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"u"} with input as t.inventory("aws_iam_user", [{"id": "u", "active_access_keys": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"u", "v"} with input as t.inventory("aws_iam_user", [{"id": "u", "active_access_keys": "1"}, {"id": "v", "active_access_keys": [1]}])
}
