package hipaa.aws.lambda.policy_not_public_test

import data.hipaa.aws.lambda.policy_not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_f(id, present, public) := {"id": id, "name": id, "policy": {"present": present, "public_statements": public}}

_inv(fs) := t.inventory("aws_lambda_function", fs)

test_scoped_policy_passes if {
	t.ids(policy.deny) == set() with input as _inv([_f("a", true, 0)])
	t.ids(policy.not_applicable) == set() with input as _inv([_f("a", true, 0)])
}

test_public_statement_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a has a policy that lets anyone invoke it."}} with input as _inv([_f("a", true, 2)])
}

test_no_policy_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_f("a", false, 0)])
	t.reasons(policy.not_applicable) == {"a": "Lambda function a has no resource-based policy."} with input as _inv([_f("a", false, 0)])
}

test_missing_policy_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a: its resource-based policy could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a"}])
}

test_null_policy_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([
		{"id": "a", "policy": null},
		_f("b", true, null),
		_f("c", null, 0),
	])
}

test_missing_public_statements_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([
		{"id": "a", "policy": {"present": true}},
		{"id": "b", "policy": {"present": false}},
	])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "b", "policy": {"present": false}}])
}

test_missing_present_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "policy": {"public_statements": 0}}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "count", "flag"} with input as _inv([
		{"id": "str", "policy": "public"},
		_f("count", true, "0"),
		_f("flag", "false", 0),
	])
}

test_several_functions if {
	t.ids(policy.deny) == {"public", "gone", "odd"} with input as _inv([
		_f("scoped", true, 0),
		_f("public", true, 1),
		_f("nopolicy", false, 0),
		{"id": "gone"},
		_f("odd", true, false),
	])
	t.ids(policy.not_applicable) == {"nopolicy"} with input as _inv([_f("scoped", true, 0), _f("nopolicy", false, 0), {"id": "gone"}])
}
