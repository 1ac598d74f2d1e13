package hipaa.tls.http.plaintext_redirect_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.http.plaintext_redirect as policy
import rego.v1

_redirect := {"checked": true, "port": 80, "present": true, "status": 301, "location": "https://h/", "redirects_to_https": true}

_ep(id, p) := {"id": id, "name": id, "plaintext_http": p}

_one(p) := t.inventory("tls_endpoint", [_ep("h:443", p)])

test_redirect_passes if {
	t.ids(policy.deny) == set() with input as _one(_redirect)
	t.ids(policy.not_applicable) == set() with input as _one(_redirect)
}

test_no_listener_passes if {
	t.ids(policy.deny) == set() with input as _one({"checked": true, "port": 80, "present": false, "status": null, "location": null, "redirects_to_https": null})
	t.ids(policy.not_applicable) == set() with input as _one({"checked": true, "port": 80, "present": false, "status": null, "location": null, "redirects_to_https": null})
}

# Nothing was probed: not a pass.
test_not_checked_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _one({"checked": false, "port": null, "present": null, "status": null, "location": null, "redirects_to_https": null})
	t.reasons(policy.not_applicable) == {"h:443": "The endpoint has no plain-HTTP port to check (it is not an HTTPS endpoint on port 443 and no http_port was given)."} with input as _one({"checked": false, "port": null, "present": null, "status": null, "location": null, "redirects_to_https": null})
}

test_plain_content_fails if {
	policy.deny == {{"id": "h:443", "msg": "Plain-HTTP port 80 of h:443 answers with status 200 without redirecting to HTTPS."}} with input as _one({"checked": true, "port": 80, "present": true, "status": 200, "location": null, "redirects_to_https": false})
}

test_redirect_to_http_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(object.union(_redirect, {"status": 302, "location": "http://h/x", "redirects_to_https": false}))
}

test_missing_redirect_fact_fails if {
	policy.deny == {{"id": "h:443", "msg": "Plain-HTTP port 80 of h:443 answers with status 301 without redirecting to HTTPS."}} with input as _one(object.remove(_redirect, ["redirects_to_https"]))
}

test_null_redirect_fact_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(object.union(_redirect, {"redirects_to_https": null}))
}

test_missing_port_and_status_still_judged if {
	policy.deny == {{"id": "h:443", "msg": "Plain-HTTP port unknown of h:443 answers with status unknown without redirecting to HTTPS."}} with input as _one({"checked": true, "present": true, "redirects_to_https": false})
}

test_probe_failed_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no plain-HTTP listener facts."}} with input as _one({"checked": true, "port": 80, "present": null})
}

test_missing_present_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"checked": true, "port": 80})
}

test_missing_checked_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(object.remove(_redirect, ["checked"]))
	t.ids(policy.not_applicable) == set() with input as _one(object.remove(_redirect, ["checked"]))
}

test_null_checked_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(object.union(_redirect, {"checked": null}))
	t.ids(policy.not_applicable) == set() with input as _one(object.union(_redirect, {"checked": null}))
}

test_missing_plaintext_http_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_plaintext_http_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(null)
}

test_several_endpoints_one_verdict_each if {
	inv := t.inventory("tls_endpoint", [
		_ep("a:443", _redirect),
		_ep("b:443", object.union(_redirect, {"status": 200, "location": null, "redirects_to_https": false})),
		_ep("c:443", {"checked": true, "present": true}),
		_ep("d:443", {"checked": false}),
		{"id": "e:443", "name": "e:443"},
		_ep("f:443", {"checked": true, "port": 80, "present": false}),
	])
	t.ids(policy.deny) == {"b:443", "c:443", "e:443"} with input as inv
	t.ids(policy.not_applicable) == {"d:443"} with input as inv
}
