package hipaa.aws.redshift.not_public_test

import data.hipaa.aws.redshift.not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, value) := {"id": id, "name": id, "publicly_accessible": value}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_redshift_cluster", [_r("a", false)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a is publicly accessible."}} with input as t.inventory("aws_redshift_cluster", [_r("a", true)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: whether it is publicly accessible could not be read."}} with input as t.inventory("aws_redshift_cluster", [{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: whether it is publicly accessible could not be read."}} with input as t.inventory("aws_redshift_cluster", [_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num", "obj"} with input as t.inventory("aws_redshift_cluster", [_r("str", "false"), _r("num", 0), _r("obj", {"enabled": false})])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "Redshift cluster arn:a is publicly accessible."}} with input as t.inventory("aws_redshift_cluster", [{"id": "arn:a", "publicly_accessible": true}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"bad", "null", "missing"} with input as t.inventory("aws_redshift_cluster", [
		_r("good", false),
		_r("bad", true),
		_r("null", null),
		{"id": "missing", "name": "missing"},
		_r("good2", false),
	])
}
