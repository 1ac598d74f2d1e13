package hipaa.aws.elasticache.backups_test

import data.hipaa.aws.elasticache.backups as policy
import data.hipaa.lib.testing as t
import rego.v1

_g(id, days) := {"id": id, "name": id, "snapshot_retention_limit": days}

_inv(gs) := t.inventory("aws_elasticache_replication_group", gs)

test_one_day_or_more_passes if {
	t.ids(policy.deny) == set() with input as _inv([_g("a", 1), _g("b", 35)])
}

test_zero_fails if {
	policy.deny == {{"id": "a", "msg": "ElastiCache replication group a keeps no automatic backups."}} with input as _inv([_g("a", 0)])
}

test_missing_retention_fails if {
	policy.deny == {{"id": "a", "msg": "ElastiCache replication group a: its snapshot retention could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_retention_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_g("a", null)])
}

test_wrong_type_retention_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_g("a", "7"), _g("b", true), _g("c", [7])])
}

test_several_groups if {
	t.ids(policy.deny) == {"none", "gone", "text"} with input as _inv([
		_g("kept", 7),
		_g("none", 0),
		{"id": "gone"},
		_g("text", "35"),
	])
}
