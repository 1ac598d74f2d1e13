package hipaa.aws.ec2.ebs_encryption_by_default_test

import data.hipaa.aws.ec2.ebs_encryption_by_default as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, value) := {"id": id, "name": id, "ebs_encryption_by_default": value}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_region", [_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "EBS encryption by default is off in a."}} with input as t.inventory("aws_region", [_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "EBS encryption by default in a could not be read."}} with input as t.inventory("aws_region", [{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "EBS encryption by default in a could not be read."}} with input as t.inventory("aws_region", [_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num", "obj"} with input as t.inventory("aws_region", [_r("str", "true"), _r("num", 1), _r("obj", {"enabled": true})])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "EBS encryption by default is off in arn:a."}} with input as t.inventory("aws_region", [{"id": "arn:a", "ebs_encryption_by_default": false}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"bad", "null", "missing"} with input as t.inventory("aws_region", [
		_r("good", true),
		_r("bad", false),
		_r("null", null),
		{"id": "missing", "name": "missing"},
		_r("good2", true),
	])
}
