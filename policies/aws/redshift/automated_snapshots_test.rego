package hipaa.aws.redshift.automated_snapshots_test

import data.hipaa.aws.redshift.automated_snapshots as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, days) := {"id": id, "name": id, "automated_snapshot_retention_period": days}

test_seven_days_or_more_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_redshift_cluster", [_r("a", 7), _r("b", 35)])
}

test_fewer_days_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a keeps automated snapshots for 6 days (minimum 7)."}} with input as t.inventory("aws_redshift_cluster", [_r("a", 6)])
}

test_zero_days_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a keeps automated snapshots for 0 days (minimum 7)."}} with input as t.inventory("aws_redshift_cluster", [_r("a", 0)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: its automated snapshot retention period could not be read."}} with input as t.inventory("aws_redshift_cluster", [{"id": "a", "name": "a"}])
}

# Rego orders null below every number: a null retention must still fail, once.
test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: its automated snapshot retention period could not be read."}} with input as t.inventory("aws_redshift_cluster", [_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "bool", "list"} with input as t.inventory("aws_redshift_cluster", [_r("str", "35"), _r("bool", true), _r("list", [35])])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "Redshift cluster arn:a keeps automated snapshots for 1 days (minimum 7)."}} with input as t.inventory("aws_redshift_cluster", [{"id": "arn:a", "automated_snapshot_retention_period": 1}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"short", "null", "missing"} with input as t.inventory("aws_redshift_cluster", [
		_r("long", 30),
		_r("short", 1),
		_r("null", null),
		{"id": "missing", "name": "missing"},
		_r("week", 7),
	])
}
