package hipaa.tls.cipher.aead_available_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.cipher.aead_available as policy
import rego.v1

_gcm := {"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "aead": true}

_cbc := {"name": "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "aead": false}

_t13 := {"name": "TLS_AES_128_GCM_SHA256", "aead": true}

_none := {"ssl_2_0": false, "ssl_3_0": false, "tls_1_0": false, "tls_1_1": false, "tls_1_2": false, "tls_1_3": false}

_empty := {"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": [], "tls_1_3": []}

# An endpoint accepting these suites per version (protocols follow the lists).
_ep(id, suites) := {"id": id, "name": id, "protocols": object.union(_none, {v: true | some v, s in suites; count(s) > 0}), "cipher_suites": object.union(_empty, suites)}

test_gcm_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {"tls_1_2": [_gcm, _cbc], "tls_1_3": [_t13]})])
}

test_tls13_only_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {"tls_1_3": [_t13]})])
}

test_cbc_only_tls12_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts no AEAD cipher suite with TLS 1.2."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"tls_1_2": [_cbc], "tls_1_3": [_t13]})])
}

test_cbc_only_everywhere_fails if {
	policy.deny == {
		{"id": "h:443", "msg": "TLS endpoint h:443 accepts no AEAD cipher suite with TLS 1.2."},
		{"id": "h:443", "msg": "TLS endpoint h:443 accepts no AEAD cipher suite at all."},
	} with input as t.inventory("tls_endpoint", [_ep("h:443", {"tls_1_0": [_cbc], "tls_1_2": [_cbc]})])
}

test_cbc_only_legacy_service_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts no AEAD cipher suite at all."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"tls_1_0": [_cbc]})])
}

test_no_suite_at_all_not_applicable if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {})])
	t.ids(policy.not_applicable) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {})])
}

test_missing_protocols_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no complete protocol and cipher suite facts."}} with input as t.inventory("tls_endpoint", [object.remove(_ep("h:443", {"tls_1_2": [_gcm]}), ["protocols"])])
}

test_null_protocol_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", {"tls_1_2": [_gcm]}), {"protocols": {"tls_1_3": null}})])
}

test_missing_cipher_suites_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.remove(_ep("h:443", {"tls_1_2": [_gcm]}), ["cipher_suites"])])
}

test_null_version_list_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", {"tls_1_2": [_gcm]}), {"cipher_suites": {"tls_1_1": null}})])
}

test_missing_aead_fact_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"tls_1_2": [_gcm, {"name": "TLS_X"}]})])
}

test_null_aead_fact_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"tls_1_2": [object.union(_gcm, {"aead": null})]})])
}

test_several_endpoints_only_cbc_only_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {"tls_1_2": [_gcm], "tls_1_3": [_t13]}),
		_ep("b:443", {"tls_1_2": [_cbc]}),
		_ep("c:443", {"tls_1_2": ["x"]}),
		{"id": "d:443", "name": "d:443", "protocols": _none},
		_ep("e:443", {}),
	])
}
