package hipaa.tls.protocol.modern_offered_test

import data.hipaa.tls.protocol.modern_offered as policy
import rego.v1

_ep(p) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "protocols": p}]}}

test_tls12_passes if {
	count(policy.deny) == 0 with input as _ep({"tls_1_0": true, "tls_1_2": true, "tls_1_3": false})
}

test_tls13_only_passes if {
	count(policy.deny) == 0 with input as _ep({"tls_1_2": false, "tls_1_3": true})
}

test_legacy_only_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 offers neither TLS 1.2 nor TLS 1.3."}} with input as _ep({"tls_1_0": true, "tls_1_1": true, "tls_1_2": false, "tls_1_3": false})
}

test_unknown_fails if {
	count(policy.deny) == 1 with input as _ep({"tls_1_2": null, "tls_1_3": null})
}

test_missing_protocols_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
