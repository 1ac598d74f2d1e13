package hipaa.tls.protocol.tls13_supported_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.protocol.tls13_supported as policy
import rego.v1

_ep(id, p) := {"id": id, "name": id, "protocols": p}

_one(p) := t.inventory("tls_endpoint", [_ep("h:443", p)])

test_tls13_passes if {
	t.ids(policy.deny) == set() with input as _one({"tls_1_2": true, "tls_1_3": true})
}

test_tls12_only_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 does not support TLS 1.3."}} with input as _one({"tls_1_2": true, "tls_1_3": false})
}

test_missing_tls13_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no result for TLS 1.3."}} with input as _one({"tls_1_2": true})
}

test_null_tls13_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"tls_1_3": null})
}

test_string_tls13_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"tls_1_3": "yes"})
}

test_missing_protocols_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_several_endpoints_only_without_tls13_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {"tls_1_3": true}),
		_ep("b:443", {"tls_1_3": false}),
		_ep("c:443", {"tls_1_3": null}),
		{"id": "d:443", "name": "d:443", "protocols": []},
		_ep("e:443", {"tls_1_2": false, "tls_1_3": true}),
	])
}
