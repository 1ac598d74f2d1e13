package hipaa.aws.cloudfront.logging_test

import data.hipaa.aws.cloudfront.logging as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "logging": v}

_inv(rs) := t.inventory("aws_cloudfront_distribution", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "CloudFront distribution a writes no access logs."}} with input as _inv([_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "CloudFront distribution a: whether it writes access logs could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_r("a", "true"), _r("b", 1), _r("c", [true])])
}

test_unnamed_resource_still_denied if {
	policy.deny == {{"id": "arn:x", "msg": "CloudFront distribution arn:x writes no access logs."}} with input as _inv([{"id": "arn:x", "logging": false}])
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
