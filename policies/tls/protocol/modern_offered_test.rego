package hipaa.tls.protocol.modern_offered_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.protocol.modern_offered as policy
import rego.v1

_ep(id, p) := {"id": id, "name": id, "protocols": p}

_one(p) := t.inventory("tls_endpoint", [_ep("h:443", p)])

test_both_pass if {
	t.ids(policy.deny) == set() with input as _one({"tls_1_2": true, "tls_1_3": true})
}

test_tls12_only_passes if {
	t.ids(policy.deny) == set() with input as _one({"tls_1_2": true, "tls_1_3": false})
}

test_tls13_only_passes if {
	t.ids(policy.deny) == set() with input as _one({"tls_1_2": false, "tls_1_3": true})
}

test_tls13_with_unknown_tls12_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no result for TLS 1.2 or TLS 1.3."}} with input as _one({"tls_1_2": null, "tls_1_3": true})
}

test_legacy_only_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 offers neither TLS 1.2 nor TLS 1.3."}} with input as _one({"tls_1_0": true, "tls_1_1": true, "tls_1_2": false, "tls_1_3": false})
}

test_missing_tls12_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no result for TLS 1.2 or TLS 1.3."}} with input as _one({"tls_1_3": false})
}

test_null_tls13_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"tls_1_2": false, "tls_1_3": null})
}

test_string_tls12_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"tls_1_2": "true", "tls_1_3": false})
}

test_missing_protocols_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_protocols_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(null)
}

test_several_endpoints_only_legacy_or_unknown_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {"tls_1_2": true, "tls_1_3": true}),
		_ep("b:443", {"tls_1_2": false, "tls_1_3": false}),
		_ep("c:443", {"tls_1_2": false}),
		{"id": "d:443", "name": "d:443"},
		_ep("e:443", {"tls_1_2": false, "tls_1_3": true}),
	])
}
