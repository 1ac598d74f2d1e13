package hipaa.aws.sagemaker.no_direct_internet_test

import data.hipaa.aws.sagemaker.no_direct_internet as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "direct_internet_access": v}

_inv(rs) := t.inventory("aws_sagemaker_notebook", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", false)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "SageMaker notebook a has direct internet access."}} with input as _inv([_r("a", true)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "SageMaker notebook a: whether it has direct internet access could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_r("a", "false"), _r("b", 1), _r("c", [false])])
}

test_unnamed_resource_still_denied if {
	policy.deny == {{"id": "arn:x", "msg": "SageMaker notebook arn:x has direct internet access."}} with input as _inv([{"id": "arn:x", "direct_internet_access": true}])
}

test_several_resources if {
	t.ids(policy.deny) == {"bad", "gone", "odd"} with input as _inv([
		_r("good", false),
		_r("bad", true),
		{"id": "gone", "name": "gone"},
		_r("odd", "yes"),
		_r("good2", false),
	])
}
