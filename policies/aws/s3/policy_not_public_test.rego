package hipaa.aws.s3.policy_not_public_test

import data.hipaa.aws.s3.policy_not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_b(id, n) := {"id": id, "name": id, "policy": {"present": true, "public_statements": n}}

test_no_public_statement_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [
		_b("b", 0),
		{"id": "nopolicy", "policy": {"present": false, "public_statements": 0}},
	])
}

test_public_statement_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has a policy allowing access to everyone (2 statements)."}} with input as t.inventory("aws_s3_bucket", [_b("b", 2)])
}

test_some_fail if {
	t.ids(policy.deny) == {"public"} with input as t.inventory("aws_s3_bucket", [_b("private", 0), _b("public", 1)])
}

test_missing_fails if {
	t.ids(policy.deny) == {"nopolicy", "unparsed"} with input as t.inventory("aws_s3_bucket", [
		{"id": "nopolicy"},
		{"id": "unparsed", "policy": {"present": true, "parse_error": true}},
	])
}

test_missing_message if {
	policy.deny == {{"id": "b", "msg": "Bucket b has no readable policy facts: it is not shown to be closed to everyone."}} with input as t.inventory("aws_s3_bucket", [{"id": "b", "name": "b"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"policy", "count"} with input as t.inventory("aws_s3_bucket", [
		{"id": "policy", "policy": null},
		_b("count", null),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "bool", "policy"} with input as t.inventory("aws_s3_bucket", [
		_b("str", "0"),
		_b("bool", false),
		{"id": "policy", "policy": "public"},
	])
}
