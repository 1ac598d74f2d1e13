package hipaa.aws.rds.deletion_protection_test

import data.hipaa.aws.rds.deletion_protection as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, value) := {"id": id, "name": id, "deletion_protection": value, "cluster_id": null}

_member(id, value) := {"id": id, "name": id, "deletion_protection": value, "cluster_id": "c1"}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_rds_instance", [_r("a", true), {"id": "b", "deletion_protection": true}])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a has no deletion protection."}} with input as t.inventory("aws_rds_instance", [_r("a", false)])
}

test_cluster_member_is_not_applicable if {
	inv := t.inventory("aws_rds_instance", [_member("m", false), _r("s", true)])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {"m": "RDS instance m belongs to DB cluster c1: deletion protection of a cluster member is set on its DB cluster, judged by AWS-RDS-11."} with input as inv
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a: its deletion protection could not be read."}} with input as t.inventory("aws_rds_instance", [{"id": "a", "name": "a", "cluster_id": null}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_rds_instance", [_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num"} with input as t.inventory("aws_rds_instance", [_r("str", "true"), _r("num", 1)])
}

test_wrong_type_cluster_id_fails if {
	inv := t.inventory("aws_rds_instance", [
		object.union(_r("num", true), {"cluster_id": 5}),
		object.union(_r("empty", true), {"cluster_id": ""}),
		object.union(_r("list", true), {"cluster_id": ["c1"]}),
	])
	t.ids(policy.deny) == {"num", "empty", "list"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "RDS instance arn:a has no deletion protection."}} with input as t.inventory("aws_rds_instance", [{"id": "arn:a", "deletion_protection": false}])
}

test_some_of_several_fail if {
	inv := t.inventory("aws_rds_instance", [
		_r("good", true),
		_r("bad", false),
		_r("null", null),
		_member("member", false),
		{"id": "missing", "name": "missing"},
	])
	t.ids(policy.deny) == {"bad", "null", "missing"} with input as inv
	t.ids(policy.not_applicable) == {"member"} with input as inv
}
