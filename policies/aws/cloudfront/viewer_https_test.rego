package hipaa.aws.cloudfront.viewer_https_test

import data.hipaa.aws.cloudfront.viewer_https as policy
import data.hipaa.lib.testing as t
import rego.v1

_d(id, policies) := {"id": id, "name": id, "viewer_protocol_policies": policies}

_inv(ds) := t.inventory("aws_cloudfront_distribution", ds)

test_https_only_and_redirect_pass if {
	t.ids(policy.deny) == set() with input as _inv([_d("a", ["https-only", "redirect-to-https"]), _d("b", ["redirect-to-https"])])
}

test_allow_all_fails if {
	policy.deny == {{"id": "a", "msg": "CloudFront distribution a lets viewers use plain HTTP (allow-all)."}} with input as _inv([_d("a", ["allow-all", "redirect-to-https"])])
}

test_missing_policies_fails if {
	policy.deny == {{"id": "a", "msg": "CloudFront distribution a: its viewer protocol policies could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_policies_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_d("a", null)])
}

test_empty_policies_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_d("a", [])])
}

test_wrong_type_policies_fails if {
	t.ids(policy.deny) == {"str", "bool", "nums"} with input as _inv([
		_d("str", "https-only"),
		_d("bool", true),
		_d("nums", [1]),
		_d("ok", ["https-only"]),
	])
}

test_several_distributions if {
	t.ids(policy.deny) == {"plain", "gone", "odd"} with input as _inv([
		_d("good", ["redirect-to-https"]),
		_d("plain", ["allow-all"]),
		{"id": "gone"},
		_d("odd", false),
	])
}
