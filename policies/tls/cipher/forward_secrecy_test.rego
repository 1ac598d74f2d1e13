package hipaa.tls.cipher.forward_secrecy_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.cipher.forward_secrecy as policy
import rego.v1

_fs := {"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "forward_secret": true}

_rsa := {"name": "TLS_RSA_WITH_AES_128_GCM_SHA256", "forward_secret": false}

_ep(id, s12) := {"id": id, "name": id, "cipher_suites": {
	"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": s12,
	"tls_1_3": [{"name": "TLS_AES_128_GCM_SHA256", "forward_secret": true}],
}}

_one(s12) := t.inventory("tls_endpoint", [_ep("h:443", s12)])

_empty := {"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": [], "tls_1_3": []}

test_ecdhe_only_passes if {
	t.ids(policy.deny) == set() with input as _one([_fs])
}

test_static_rsa_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts suites without forward secrecy: TLS_RSA_WITH_AES_128_GCM_SHA256 (TLS 1.2)."}} with input as _one([_fs, _rsa])
}

test_static_rsa_in_tls10_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", [_fs]), {"cipher_suites": {"tls_1_0": [{"name": "TLS_RSA_WITH_AES_128_CBC_SHA", "forward_secret": false}]}})])
}

test_missing_forward_secret_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no forward-secrecy fact for: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (TLS 1.2)."}} with input as _one([{"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}])
}

test_null_forward_secret_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([object.union(_fs, {"forward_secret": null})])
}

test_unnamed_static_suite_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts suites without forward secrecy: unknown suite (TLS 1.2)."}} with input as _one([{"forward_secret": false}])
}

test_wrong_type_suite_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one([7])
}

test_missing_cipher_suites_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no complete cipher suite list."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_version_list_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", [_fs]), {"cipher_suites": {"ssl_3_0": null}})])
}

test_no_suite_at_all_not_applicable if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "cipher_suites": _empty}])
	t.ids(policy.not_applicable) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "cipher_suites": _empty}])
}

test_several_endpoints_only_static_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", [_fs]),
		_ep("b:443", [_fs, _rsa]),
		_ep("c:443", [{"name": "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"}]),
		{"id": "d:443", "name": "d:443", "cipher_suites": "none"},
		_ep("e:443", []),
		{"id": "f:443", "name": "f:443", "cipher_suites": _empty},
	])
	t.ids(policy.not_applicable) == {"f:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", [_fs]),
		{"id": "f:443", "name": "f:443", "cipher_suites": _empty},
	])
}
