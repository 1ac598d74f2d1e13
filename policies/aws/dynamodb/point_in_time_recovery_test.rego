package hipaa.aws.dynamodb.point_in_time_recovery_test

import data.hipaa.aws.dynamodb.point_in_time_recovery as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "point_in_time_recovery": v}

_inv(rs) := t.inventory("aws_dynamodb_table", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a has no point-in-time recovery."}} with input as _inv([_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a: whether point-in-time recovery is on could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_r("a", "true"), _r("b", 1), _r("c", [true])])
}

test_unnamed_resource_still_denied if {
	policy.deny == {{"id": "arn:x", "msg": "DynamoDB table arn:x has no point-in-time recovery."}} with input as _inv([{"id": "arn:x", "point_in_time_recovery": false}])
}

test_several_resources if {
	t.ids(policy.deny) == {"bad", "gone", "odd"} with input as _inv([
		_r("good", true),
		_r("bad", false),
		{"id": "gone", "name": "gone"},
		_r("odd", "yes"),
		_r("good2", true),
	])
}
