package hipaa.tls.protocol.legacy_disabled_test

import data.hipaa.tls.protocol.legacy_disabled as policy
import rego.v1

_modern := {"ssl_2_0": false, "ssl_3_0": false, "tls_1_0": false, "tls_1_1": false, "tls_1_2": true, "tls_1_3": true}

_ep(p) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "protocols": p}]}}

test_modern_passes if {
	count(policy.deny) == 0 with input as _ep(_modern)
}

test_tls10_and_11_fail if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts TLS 1.0, TLS 1.1."}} with input as _ep(object.union(_modern, {"tls_1_0": true, "tls_1_1": true}))
}

test_ssl3_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts SSL 3.0."}} with input as _ep(object.union(_modern, {"ssl_3_0": true}))
}

test_ssl2_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts SSL 2.0."}} with input as _ep(object.union(_modern, {"ssl_2_0": true}))
}

test_unknown_version_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no result for TLS 1.0."}} with input as _ep(object.union(_modern, {"tls_1_0": null}))
}

test_missing_protocols_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
