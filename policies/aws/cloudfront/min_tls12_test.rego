package hipaa.aws.cloudfront.min_tls12_test

import data.hipaa.aws.cloudfront.min_tls12 as policy
import data.hipaa.lib.testing as t
import rego.v1

_d(id, default_cert, version) := {"id": id, "name": id, "default_certificate": default_cert, "minimum_protocol_version": version}

_inv(ds) := t.inventory("aws_cloudfront_distribution", ds)

test_custom_certificate_tls12_passes if {
	t.ids(policy.deny) == set() with input as _inv([_d("a", false, "TLSv1.2_2021"), _d("b", false, "TLSv1.2_2018"), _d("c", false, "TLSv1.3_2025")])
}

test_old_minimum_fails if {
	policy.deny == {{"id": "a", "msg": "CloudFront distribution a accepts viewer TLS older than 1.2 (TLSv1.1_2016)."}} with input as _inv([_d("a", false, "TLSv1.1_2016")])
}

test_default_certificate_fails if {
	policy.deny == {{"id": "a", "msg": "CloudFront distribution a uses the default *.cloudfront.net certificate, which accepts TLS 1.0."}} with input as _inv([_d("a", true, "TLSv1")])
}

test_default_certificate_fails_whatever_its_version if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([_d("a", true, "TLSv1.2_2021"), _d("b", true, null)])
}

test_missing_version_fails if {
	policy.deny == {{"id": "a", "msg": "CloudFront distribution a: its viewer certificate could not be read."}} with input as _inv([{"id": "a", "name": "a", "default_certificate": false}])
}

test_null_version_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_d("a", false, null)])
}

test_wrong_type_version_fails if {
	t.ids(policy.deny) == {"num", "empty", "list"} with input as _inv([_d("num", false, 1.2), _d("empty", false, ""), _d("list", false, ["TLSv1.2_2021"])])
}

test_missing_default_certificate_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a", "minimum_protocol_version": "TLSv1.2_2021"}])
}

test_null_default_certificate_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([_d("a", null, "TLSv1.2_2021"), _d("b", "false", "TLSv1.2_2021")])
}

test_several_distributions if {
	t.ids(policy.deny) == {"old", "default", "gone", "odd"} with input as _inv([
		_d("good", false, "TLSv1.2_2021"),
		_d("old", false, "TLSv1"),
		_d("default", true, "TLSv1"),
		{"id": "gone"},
		_d("odd", false, 5),
	])
}
