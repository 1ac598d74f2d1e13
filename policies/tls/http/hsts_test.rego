package hipaa.tls.http.hsts_test

import data.hipaa.tls.http.hsts as policy
import rego.v1

_ep(https, hsts) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "https": https, "hsts": hsts}]}}

test_one_year_passes if {
	count(policy.deny) == 0 with input as _ep(true, {"present": true, "max_age": 31536000})
}

test_not_https_passes if {
	count(policy.deny) == 0 with input as _ep(false, null)
}

test_absent_fails if {
	policy.deny == {{"id": "h:443", "msg": "HTTPS endpoint h:443 sends no Strict-Transport-Security header."}} with input as _ep(true, {"present": false, "max_age": null})
}

test_short_max_age_fails if {
	policy.deny == {{"id": "h:443", "msg": "HTTPS endpoint h:443 sends HSTS with max-age 300, under one year (31536000)."}} with input as _ep(true, {"present": true, "max_age": 300})
}

test_unparsed_max_age_fails if {
	policy.deny == {{"id": "h:443", "msg": "HTTPS endpoint h:443 sends HSTS with max-age missing, under one year (31536000)."}} with input as _ep(true, {"present": true, "max_age": null})
}

test_missing_hsts_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "https": true}]}}
}

test_missing_https_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no HTTP facts (whether it is HTTPS is unknown)."}} with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
