package hipaa.aws.iam.console_user_mfa_test

import data.hipaa.aws.iam.console_user_mfa as policy
import data.hipaa.lib.testing as t
import rego.v1

_u(id, console, mfa) := {"id": id, "name": id, "console_access": console, "mfa_enabled": mfa}

test_console_with_mfa_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_user", [_u("alice", true, true)])
	t.ids(policy.not_applicable) == set() with input as t.inventory("aws_iam_user", [_u("alice", true, true)])
}

test_no_console_is_not_applicable if {
	inv := t.inventory("aws_iam_user", [_u("ci", false, false)])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {"ci": "IAM user ci has no console password."} with input as inv
}

test_console_without_mfa_fails if {
	policy.deny == {{"id": "arn:u", "msg": "IAM user alice can sign in to the console without MFA."}} with input as t.inventory("aws_iam_user", [{"id": "arn:u", "name": "alice", "console_access": true, "mfa_enabled": false}])
}

test_some_fail if {
	t.ids(policy.deny) == {"bob"} with input as t.inventory("aws_iam_user", [_u("alice", true, true), _u("bob", true, false), _u("ci", false, false)])
}

test_missing_fails if {
	t.ids(policy.deny) == {"all", "mfa"} with input as t.inventory("aws_iam_user", [{"id": "all"}, {"id": "mfa", "console_access": true}])
}

test_null_fails if {
	t.ids(policy.deny) == {"console", "mfa"} with input as t.inventory("aws_iam_user", [_u("console", null, false), _u("mfa", true, null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"console", "mfa"} with input as t.inventory("aws_iam_user", [_u("console", "false", false), _u("mfa", true, "true")])
}
