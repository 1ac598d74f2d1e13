package hipaa.aws.apigateway.domain_tls12_test

import data.hipaa.aws.apigateway.domain_tls12 as policy
import data.hipaa.lib.testing as t
import rego.v1

_d(id, p) := {"id": id, "name": id, "security_policy": p}

_inv(ds) := t.inventory("aws_apigateway_domain", ds)

test_tls12_passes if {
	t.ids(policy.deny) == set() with input as _inv([
		_d("a", "TLS_1_2"),
		_d("b", "SecurityPolicy_TLS13_1_2_2021_06"),
		_d("c", "SecurityPolicy_TLS12_PFS_2025_EDGE"),
	])
}

test_tls10_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway domain a allows TLS older than 1.2 (TLS_1_0)."}} with input as _inv([_d("a", "TLS_1_0")])
}

test_missing_policy_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway domain a: its security policy could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_policy_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_d("a", null)])
}

test_one_null_policy_does_not_blind_the_others if {
	t.ids(policy.deny) == {"null", "old"} with input as _inv([_d("null", null), _d("ok", "TLS_1_2"), _d("old", "TLS_1_0")])
}

test_wrong_type_policy_fails if {
	t.ids(policy.deny) == {"num", "bool", "empty", "list"} with input as _inv([
		_d("num", 12),
		_d("bool", true),
		_d("empty", ""),
		_d("list", ["TLS_1_2"]),
	])
}

test_several_domains if {
	t.ids(policy.deny) == {"old", "gone", "odd"} with input as _inv([
		_d("ok", "TLS_1_2"),
		_d("old", "TLS_1_0"),
		{"id": "gone"},
		_d("odd", 5),
		_d("new", "SecurityPolicy_TLS13_1_3_2025_09"),
	])
}
