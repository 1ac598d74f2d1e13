package hipaa.aws.rds.snapshot_not_public_test

import data.hipaa.aws.rds.snapshot_not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, value) := {"id": id, "name": id, "public": value}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_rds_snapshot", [_r("a", false)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "RDS snapshot a is public."}} with input as t.inventory("aws_rds_snapshot", [_r("a", true)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "RDS snapshot a: whether it is public could not be read."}} with input as t.inventory("aws_rds_snapshot", [{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "RDS snapshot a: whether it is public could not be read."}} with input as t.inventory("aws_rds_snapshot", [_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num", "obj"} with input as t.inventory("aws_rds_snapshot", [_r("str", "false"), _r("num", 0), _r("obj", {"enabled": false})])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "RDS snapshot arn:a is public."}} with input as t.inventory("aws_rds_snapshot", [{"id": "arn:a", "public": true}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"bad", "null", "missing"} with input as t.inventory("aws_rds_snapshot", [
		_r("good", false),
		_r("bad", true),
		_r("null", null),
		{"id": "missing", "name": "missing"},
		_r("good2", false),
	])
}
