package hipaa.aws.emr.block_public_access_test

import data.hipaa.aws.emr.block_public_access as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "block_public_access": v}

_inv(rs) := t.inventory("aws_emr_settings", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "EMR settings a has Block Public Access off."}} with input as _inv([_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "EMR settings a: whether Block Public Access is on could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_r("a", "true"), _r("b", 1), _r("c", [true])])
}

test_unnamed_resource_still_denied if {
	policy.deny == {{"id": "arn:x", "msg": "EMR settings arn:x has Block Public Access off."}} with input as _inv([{"id": "arn:x", "block_public_access": false}])
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
