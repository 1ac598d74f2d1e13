package hipaa.aws.efs.encrypted_test

import data.hipaa.aws.efs.encrypted as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "encrypted": v}

_inv(rs) := t.inventory("aws_efs_file_system", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "EFS file system a is not encrypted at rest."}} with input as _inv([_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "EFS file system a: whether it is encrypted at rest could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_r("a", "true"), _r("b", 1), _r("c", [true])])
}

test_unnamed_resource_still_denied if {
	policy.deny == {{"id": "arn:x", "msg": "EFS file system arn:x is not encrypted at rest."}} with input as _inv([{"id": "arn:x", "encrypted": false}])
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
