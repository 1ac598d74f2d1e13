package hipaa.tls.certificate.not_expiring_test

import data.hipaa.tls.certificate.not_expiring as policy
import rego.v1

_ep(c) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "certificate": object.union({"subject": "CN=h", "not_after": "2027-01-01T00:00:00Z"}, c)}]}}

test_far_expiry_passes if {
	count(policy.deny) == 0 with input as _ep({"days_left": 30})
}

test_ten_days_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that expires in 10 days (2027-01-01T00:00:00Z)."}} with input as _ep({"days_left": 10})
}

test_expired_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that has already expired (2027-01-01T00:00:00Z)."}} with input as _ep({"days_left": -1})
}

test_missing_days_left_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate expiry facts."}} with input as _ep({})
}

test_missing_certificate_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
