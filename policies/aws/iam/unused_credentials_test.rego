package hipaa.aws.iam.unused_credentials_test

import data.hipaa.aws.iam.unused_credentials as policy
import data.hipaa.lib.testing as t
import rego.v1

_u(id, console, days, keys) := {"id": id, "name": id, "console_access": console, "password_unused_days": days, "access_keys": keys}

test_recent_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_user", [_u("u", true, 3, [{"id": "k", "status": "Active", "unused_days": 90}])])
}

test_no_credentials_is_not_applicable if {
	inv := t.inventory("aws_iam_user", [_u("u", false, 400, [{"id": "k", "status": "Inactive", "unused_days": 400}]), _u("v", false, 400, [])])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {"u": "IAM user u has no console password and no active access key.", "v": "IAM user v has no console password and no active access key."} with input as inv
}

test_stale_password_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has a console password unused for 120 days."}} with input as t.inventory("aws_iam_user", [{"id": "r1", "name": "n1", "console_access": true, "password_unused_days": 120, "access_keys": []}])
}

test_stale_key_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM user n1 has the active access key k unused for 91 days."}} with input as t.inventory("aws_iam_user", [{"id": "r1", "name": "n1", "console_access": false, "access_keys": [{"id": "k", "status": "Active", "unused_days": 91}]}])
}

test_some_fail if {
	t.ids(policy.deny) == {"pw", "key"} with input as t.inventory("aws_iam_user", [
		_u("ok", true, 10, []),
		_u("pw", true, 100, []),
		_u("key", false, 500, [{"id": "k", "status": "Active", "unused_days": 100}]),
	])
}

test_missing_fails if {
	t.ids(policy.deny) == {"u"} with input as t.inventory("aws_iam_user", [{"id": "u"}])
	policy.deny == {{"id": "u", "msg": "IAM user u has a console password unused for unknown days."}} with input as t.inventory("aws_iam_user", [{"id": "u", "console_access": true, "access_keys": []}])
	policy.deny == {{"id": "u", "msg": "IAM user u: its access keys could not be read."}} with input as t.inventory("aws_iam_user", [{"id": "u", "console_access": false}])
	policy.deny == {{"id": "u", "msg": "IAM user u has the active access key k unused for unknown days."}} with input as t.inventory("aws_iam_user", [_u("u", false, 1, [{"id": "k", "status": "Active"}])])
}

test_null_fails if {
	t.ids(policy.deny) == {"console", "days", "keys", "unused", "status"} with input as t.inventory("aws_iam_user", [
		_u("console", null, 400, []),
		_u("days", true, null, []),
		_u("keys", false, 1, null),
		_u("unused", false, 1, [{"id": "k", "status": "Active", "unused_days": null}]),
		_u("status", false, 1, [{"id": "k", "status": null, "unused_days": 400}]),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"days", "keys", "entry", "unused"} with input as t.inventory("aws_iam_user", [
		_u("days", true, "3", []),
		_u("keys", false, 1, true),
		_u("entry", false, 1, [7]),
		_u("unused", false, 1, [{"id": "k", "status": "Active", "unused_days": "1"}]),
	])
}
