package hipaa.tls.cipher.aead_available_test

import data.hipaa.tls.cipher.aead_available as policy
import rego.v1

_off := {"ssl_2_0": false, "ssl_3_0": false, "tls_1_0": false, "tls_1_1": false, "tls_1_2": false, "tls_1_3": false}

_none := {"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": [], "tls_1_3": []}

_gcm := {"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "aead": true}

_cbc := {"name": "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "aead": false}

_t13 := {"name": "TLS_AES_128_GCM_SHA256", "aead": true}

_ep(p, s) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "protocols": object.union(_off, p), "cipher_suites": object.union(_none, s)}]}}

test_gcm_and_cbc_pass if {
	count(policy.deny) == 0 with input as _ep({"tls_1_2": true, "tls_1_3": true}, {"tls_1_2": [_gcm, _cbc], "tls_1_3": [_t13]})
}

test_tls12_cbc_only_fails_even_with_tls13 if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts no AEAD cipher suite with TLS 1.2."}} with input as _ep({"tls_1_2": true, "tls_1_3": true}, {"tls_1_2": [_cbc], "tls_1_3": [_t13]})
}

test_legacy_only_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts no AEAD cipher suite at all."}} with input as _ep({"tls_1_0": true}, {"tls_1_0": [_cbc]})
}

test_cbc_only_fails_twice if {
	count(policy.deny) == 2 with input as _ep({"tls_1_2": true}, {"tls_1_2": [_cbc]})
}

test_missing_aead_field_fails if {
	count(policy.deny) == 2 with input as _ep({"tls_1_2": true}, {"tls_1_2": [{"name": "X"}]})
}

test_missing_facts_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no complete protocol and cipher suite facts."}} with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
