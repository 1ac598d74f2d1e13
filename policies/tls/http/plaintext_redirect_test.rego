package hipaa.tls.http.plaintext_redirect_test

import data.hipaa.tls.http.plaintext_redirect as policy
import rego.v1

_ep(p) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "plaintext_http": p}]}}

test_redirect_passes if {
	count(policy.deny) == 0 with input as _ep({"checked": true, "port": 80, "present": true, "status": 301, "location": "https://h/", "redirects_to_https": true})
}

test_no_listener_passes if {
	count(policy.deny) == 0 with input as _ep({"checked": true, "port": 80, "present": false, "status": null, "redirects_to_https": null})
}

test_not_checked_passes if {
	count(policy.deny) == 0 with input as _ep({"checked": false, "port": null, "present": null})
}

test_plain_content_fails if {
	policy.deny == {{"id": "h:443", "msg": "Plain-HTTP port 80 of h:443 answers with status 200 without redirecting to HTTPS."}} with input as _ep({"checked": true, "port": 80, "present": true, "status": 200, "location": null, "redirects_to_https": false})
}

test_redirect_to_http_fails if {
	count(policy.deny) == 1 with input as _ep({"checked": true, "port": 80, "present": true, "status": 302, "location": "http://h/x", "redirects_to_https": false})
}

test_probe_failed_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no plain-HTTP listener facts."}} with input as _ep({"checked": true, "port": 80, "present": null})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
