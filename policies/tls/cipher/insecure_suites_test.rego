package hipaa.tls.cipher.insecure_suites_test

import data.hipaa.tls.cipher.insecure_suites as policy
import rego.v1

_flags := {"null": false, "anon": false, "export": false, "rc4": false, "3des": false, "cbc": false}

_suite(name, strength, flags) := {"name": name, "strength": strength, "flags": object.union(_flags, flags)}

_gcm := _suite("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 128, {})

_ep(s12) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "cipher_suites": {
	"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": s12,
	"tls_1_3": [_suite("TLS_AES_128_GCM_SHA256", 128, {})],
}}]}}

test_strong_suites_pass if {
	count(policy.deny) == 0 with input as _ep([_gcm])
}

test_null_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts insecure cipher suites: TLS_RSA_WITH_NULL_SHA256 (TLS 1.2)."}} with input as _ep([_gcm, _suite("TLS_RSA_WITH_NULL_SHA256", 0, {"null": true})])
}

test_anon_fails if {
	count(policy.deny) == 1 with input as _ep([_suite("TLS_DH_anon_WITH_AES_128_GCM_SHA256", 128, {"anon": true})])
}

test_export_fails if {
	count(policy.deny) == 1 with input as _ep([_suite("TLS_RSA_EXPORT_WITH_RC4_40_MD5", 40, {"export": true, "rc4": true})])
}

test_rc4_fails if {
	count(policy.deny) == 1 with input as _ep([_suite("TLS_RSA_WITH_RC4_128_SHA", 128, {"rc4": true})])
}

test_3des_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts insecure cipher suites: TLS_RSA_WITH_3DES_EDE_CBC_SHA (TLS 1.2)."}} with input as _ep([_suite("TLS_RSA_WITH_3DES_EDE_CBC_SHA", 168, {"3des": true, "cbc": true})])
}

test_short_key_fails if {
	count(policy.deny) == 1 with input as _ep([_suite("TLS_RSA_WITH_DES_CBC_SHA", 56, {"cbc": true})])
}

test_missing_version_list_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no complete cipher suite list."}} with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "cipher_suites": {"tls_1_2": [_gcm]}}]}}
}

test_missing_flags_fail if {
	count(policy.deny) == 1 with input as _ep([{"name": "TLS_X", "strength": 128}])
}

test_missing_cipher_suites_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
