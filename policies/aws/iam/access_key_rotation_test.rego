package hipaa.aws.iam.access_key_rotation_test

import data.hipaa.aws.iam.access_key_rotation as policy
import data.hipaa.lib.testing as t
import rego.v1

_u(id, keys) := {"id": id, "name": id, "access_keys": keys}

test_young_key_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_user", [_u("u", [{"id": "k", "status": "Active", "age_days": 90}])])
}

test_old_key_fails if {
	policy.deny == {{"id": "u", "msg": "IAM user u has the active access key k, 91 days old."}} with input as t.inventory("aws_iam_user", [_u("u", [{"id": "k", "status": "Active", "age_days": 91}])])
}

test_inactive_keys_are_not_applicable if {
	inv := t.inventory("aws_iam_user", [_u("none", []), _u("off", [{"id": "k", "status": "Inactive", "age_days": 400}]), _u("on", [{"id": "k", "status": "Active", "age_days": 3}])])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {"none": "IAM user none has no active access key.", "off": "IAM user off has no active access key."} with input as inv
}

test_some_fail if {
	t.ids(policy.deny) == {"old"} with input as t.inventory("aws_iam_user", [
		_u("young", [{"id": "k", "status": "Active", "age_days": 10}]),
		_u("old", [{"id": "k1", "status": "Inactive", "age_days": 400}, {"id": "k2", "status": "Active", "age_days": 200}]),
	])
}

test_missing_fails if {
	policy.deny == {{"id": "u", "msg": "IAM user u: its access keys could not be read."}} with input as t.inventory("aws_iam_user", [{"id": "u"}])
	policy.deny == {{"id": "u", "msg": "IAM user u has the active access key (unknown id), unknown days old."}} with input as t.inventory("aws_iam_user", [_u("u", [{"status": "Active"}])])
	t.ids(policy.deny) == {"u"} with input as t.inventory("aws_iam_user", [_u("u", [{"id": "k", "age_days": 400}])])
}

test_null_fails if {
	t.ids(policy.deny) == {"keys", "age", "status"} with input as t.inventory("aws_iam_user", [
		_u("keys", null),
		_u("age", [{"id": "k", "status": "Active", "age_days": null}]),
		_u("status", [{"id": "k", "status": null, "age_days": 400}]),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"bool", "str", "entry", "age"} with input as t.inventory("aws_iam_user", [
		_u("bool", false),
		_u("str", "AKIA"),
		_u("entry", ["AKIA"]),
		_u("age", [{"id": "k", "status": "Active", "age_days": "3"}]),
	])
}
