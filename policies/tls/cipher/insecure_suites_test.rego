package hipaa.tls.cipher.insecure_suites_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.cipher.insecure_suites as policy
import rego.v1

_flags := {"null": false, "anon": false, "export": false, "rc4": false, "3des": false, "cbc": false}

_suite(name, strength, flags) := {"name": name, "strength": strength, "flags": object.union(_flags, flags)}

_gcm := _suite("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 128, {})

_ep(id, s12) := {"id": id, "name": id, "cipher_suites": {
	"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": s12,
	"tls_1_3": [_suite("TLS_AES_128_GCM_SHA256", 128, {})],
}}

_one(s12) := t.inventory("tls_endpoint", [_ep("h:443", s12)])

test_strong_suites_pass if {
	t.ids(policy.deny) == set() with input as _one([_gcm])
}

test_null_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts insecure cipher suites: TLS_RSA_WITH_NULL_SHA256 (TLS 1.2)."}} with input as _one([_gcm, _suite("TLS_RSA_WITH_NULL_SHA256", 0, {"null": true})])
}

test_anon_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([_suite("TLS_DH_anon_WITH_AES_128_GCM_SHA256", 128, {"anon": true})])
}

test_export_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([_suite("TLS_RSA_EXPORT_WITH_RC4_40_MD5", 40, {"export": true, "rc4": true})])
}

test_rc4_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([_suite("TLS_RSA_WITH_RC4_128_SHA", 128, {"rc4": true})])
}

test_3des_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([_suite("TLS_RSA_WITH_3DES_EDE_CBC_SHA", 112, {"3des": true, "cbc": true})])
}

test_low_strength_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([_suite("TLS_RSA_WITH_DES_CBC_SHA", 56, {"cbc": true})])
}

test_unnamed_weak_suite_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts insecure cipher suites: unknown suite (TLS 1.2)."}} with input as _one([object.remove(_suite("x", 56, {}), ["name"])])
}

test_no_suite_at_all_not_applicable if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "cipher_suites": {"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": [], "tls_1_3": []}}])
	t.ids(policy.not_applicable) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "cipher_suites": {"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": [], "tls_1_3": []}}])
}

test_missing_cipher_suites_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no complete cipher suite list."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
	t.ids(policy.not_applicable) == set() with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_version_list_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", [_gcm]), {"cipher_suites": {"tls_1_0": null}})])
}

test_null_cipher_suites_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "cipher_suites": null}])
}

test_missing_strength_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([object.remove(_gcm, ["strength"])])
}

test_null_flag_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([object.union(_gcm, {"flags": {"rc4": null}})])
}

test_missing_flags_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([object.remove(_gcm, ["flags"])])
}

test_wrong_type_suite_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"])
}

test_several_endpoints_only_weak_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", [_gcm]),
		_ep("b:443", [_gcm, _suite("TLS_RSA_WITH_RC4_128_SHA", 128, {"rc4": true})]),
		_ep("c:443", [object.remove(_suite("x", 40, {"export": true}), ["name"])]),
		{"id": "d:443", "name": "d:443", "cipher_suites": {"tls_1_2": [_gcm]}},
		_ep("e:443", []),
	])
}
