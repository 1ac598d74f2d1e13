package hipaa.tls.certificate.not_expired_test

import data.hipaa.tls.certificate.not_expired as policy
import rego.v1

_ep(c) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "certificate": object.union({"subject": "CN=h", "not_before": "2026-01-01T00:00:00Z", "not_after": "2027-01-01T00:00:00Z", "not_yet_valid": false}, c)}]}}

test_valid_passes if {
	count(policy.deny) == 0 with input as _ep({"days_left": 40})
}

test_last_day_passes if {
	count(policy.deny) == 0 with input as _ep({"days_left": 0})
}

test_expired_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that expired on 2027-01-01T00:00:00Z."}} with input as _ep({"days_left": -5})
}

test_not_yet_valid_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that is not valid before 2026-01-01T00:00:00Z."}} with input as _ep({"days_left": 400, "not_yet_valid": true})
}

test_missing_days_left_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate validity facts."}} with input as _ep({})
}

test_missing_certificate_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
