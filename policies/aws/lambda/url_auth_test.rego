package hipaa.aws.lambda.url_auth_test

import data.hipaa.aws.lambda.url_auth as policy
import data.hipaa.lib.testing as t
import rego.v1

_f(id, present, auth) := {"id": id, "name": id, "function_url": {"present": present, "auth_type": auth}}

_inv(fs) := t.inventory("aws_lambda_function", fs)

test_iam_url_passes if {
	t.ids(policy.deny) == set() with input as _inv([_f("a", true, "AWS_IAM")])
	t.ids(policy.not_applicable) == set() with input as _inv([_f("a", true, "AWS_IAM")])
}

test_open_url_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a has a function URL without IAM authentication (auth type NONE)."}} with input as _inv([_f("a", true, "NONE")])
}

test_no_url_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_f("a", false, null)])
	t.reasons(policy.not_applicable) == {"a": "Lambda function a has no function URL."} with input as _inv([_f("a", false, null)])
}

test_missing_function_url_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a: whether it has a function URL could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a"}])
}

test_null_function_url_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([{"id": "a", "function_url": null}, _f("b", null, "AWS_IAM")])
}

test_missing_or_null_auth_type_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a has a function URL without IAM authentication (auth type unknown)."}} with input as _inv([{"id": "a", "name": "a", "function_url": {"present": true}}])
	t.ids(policy.deny) == {"b"} with input as _inv([_f("b", true, null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "flag", "auth"} with input as _inv([
		{"id": "str", "function_url": "https://x.lambda-url.us-east-1.on.aws/"},
		_f("flag", "true", "AWS_IAM"),
		_f("auth", true, 1),
	])
}

test_several_functions if {
	t.ids(policy.deny) == {"open", "gone", "odd"} with input as _inv([
		_f("iam", true, "AWS_IAM"),
		_f("open", true, "NONE"),
		_f("nourl", false, null),
		{"id": "gone"},
		_f("odd", 1, "AWS_IAM"),
	])
	t.ids(policy.not_applicable) == {"nourl"} with input as _inv([_f("iam", true, "AWS_IAM"), _f("nourl", false, null), {"id": "gone"}])
}
