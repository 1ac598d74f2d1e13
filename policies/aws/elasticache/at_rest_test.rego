package hipaa.aws.elasticache.at_rest_test

import data.hipaa.aws.elasticache.at_rest as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "at_rest_encryption": v}

_inv(rs) := t.inventory("aws_elasticache_replication_group", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "ElastiCache replication group a does not encrypt data at rest."}} with input as _inv([_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "ElastiCache replication group a: whether it encrypts data at rest could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_r("a", "true"), _r("b", 1), _r("c", [true])])
}

test_unnamed_resource_still_denied if {
	policy.deny == {{"id": "arn:x", "msg": "ElastiCache replication group arn:x does not encrypt data at rest."}} with input as _inv([{"id": "arn:x", "at_rest_encryption": false}])
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
