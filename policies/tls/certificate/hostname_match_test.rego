package hipaa.tls.certificate.hostname_match_test

import data.hipaa.tls.certificate.hostname_match as policy
import rego.v1

_ep(c) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "certificate": object.union({"subject": "CN=h", "hostname": "h", "sans": ["h"]}, c)}]}}

test_match_passes if {
	count(policy.deny) == 0 with input as _ep({"hostname_match": true})
}

test_mismatch_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h whose names (other.example) do not match h."}} with input as _ep({"hostname_match": false, "sans": ["other.example"]})
}

test_no_sans_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h whose names (none) do not match h."}} with input as _ep({"hostname_match": false, "sans": []})
}

test_missing_match_fails if {
	count(policy.deny) == 1 with input as _ep({})
}

test_missing_certificate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate facts."}} with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
