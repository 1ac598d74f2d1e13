package hipaa.tls.certificate.key_strength_test

import data.hipaa.tls.certificate.key_strength as policy
import rego.v1

_ep(c) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "certificate": object.union({"subject": "CN=h"}, c)}]}}

test_rsa2048_passes if {
	count(policy.deny) == 0 with input as _ep({"key_type": "RSA", "key_size": 2048})
}

test_ec256_passes if {
	count(policy.deny) == 0 with input as _ep({"key_type": "EC", "key_size": 256})
}

test_rsa1024_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h with a weak key (RSA 1024 bits)."}} with input as _ep({"key_type": "RSA", "key_size": 1024})
}

test_ec224_fails if {
	count(policy.deny) == 1 with input as _ep({"key_type": "EC", "key_size": 224})
}

test_dsa_fails if {
	count(policy.deny) == 1 with input as _ep({"key_type": "DSA", "key_size": 3072})
}

test_missing_size_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h with a weak key (RSA unknown bits)."}} with input as _ep({"key_type": "RSA"})
}

test_missing_certificate_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
