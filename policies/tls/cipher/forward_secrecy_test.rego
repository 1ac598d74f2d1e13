package hipaa.tls.cipher.forward_secrecy_test

import data.hipaa.tls.cipher.forward_secrecy as policy
import rego.v1

_none := {"ssl_2_0": [], "ssl_3_0": [], "tls_1_0": [], "tls_1_1": [], "tls_1_2": [], "tls_1_3": []}

_ep(s) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "cipher_suites": object.union(_none, s)}]}}

test_ecdhe_passes if {
	count(policy.deny) == 0 with input as _ep({"tls_1_2": [{"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "forward_secret": true}], "tls_1_3": [{"name": "TLS_AES_128_GCM_SHA256", "forward_secret": true}]})
}

test_static_rsa_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts suites without forward secrecy: TLS_RSA_WITH_AES_128_CBC_SHA (TLS 1.2)."}} with input as _ep({"tls_1_2": [{"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "forward_secret": true}, {"name": "TLS_RSA_WITH_AES_128_CBC_SHA", "forward_secret": false}]})
}

test_missing_flag_fails if {
	count(policy.deny) == 1 with input as _ep({"tls_1_2": [{"name": "TLS_X"}]})
}

test_missing_cipher_suites_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no complete cipher suite list."}} with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
