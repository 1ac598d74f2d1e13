package hipaa.tls.http.hsts_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.http.hsts as policy
import rego.v1

_year := {"present": true, "max_age": 31536000, "include_subdomains": true, "preload": false}

_ep(id, https, hsts) := {"id": id, "name": id, "https": https, "hsts": hsts}

_one(https, hsts) := t.inventory("tls_endpoint", [_ep("h:443", https, hsts)])

test_one_year_passes if {
	t.ids(policy.deny) == set() with input as _one(true, _year)
	t.ids(policy.not_applicable) == set() with input as _one(true, _year)
}

test_not_https_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _one(false, null)
	t.reasons(policy.not_applicable) == {"h:443": "The endpoint does not speak HTTP (a STARTTLS service, or marked https: false), so HSTS does not apply."} with input as _one(false, null)
}

test_absent_fails if {
	policy.deny == {{"id": "h:443", "msg": "HTTPS endpoint h:443 sends no Strict-Transport-Security header."}} with input as _one(true, {"present": false, "max_age": null, "include_subdomains": null, "preload": null})
}

test_short_max_age_fails if {
	policy.deny == {{"id": "h:443", "msg": "HTTPS endpoint h:443 sends HSTS with max-age 300, under one year (31536000)."}} with input as _one(true, object.union(_year, {"max_age": 300}))
}

test_missing_max_age_fails if {
	policy.deny == {{"id": "h:443", "msg": "HTTPS endpoint h:443 sends HSTS with max-age unknown, under one year (31536000)."}} with input as _one(true, object.remove(_year, ["max_age"]))
}

test_null_max_age_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(true, object.union(_year, {"max_age": null}))
}

test_string_max_age_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(true, object.union(_year, {"max_age": "31536000"}))
}

test_missing_present_fails if {
	policy.deny == {{"id": "h:443", "msg": "HTTPS endpoint h:443 has no HSTS facts."}} with input as _one(true, object.remove(_year, ["present"]))
}

test_null_hsts_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(true, null)
}

test_missing_hsts_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "https": true}])
}

test_missing_https_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no HTTP facts (whether it is HTTPS is unknown)."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "hsts": _year}])
	t.ids(policy.not_applicable) == set() with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "hsts": _year}])
}

test_null_https_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(null, _year)
}

test_several_endpoints_one_verdict_each if {
	inv := t.inventory("tls_endpoint", [
		_ep("a:443", true, _year),
		_ep("b:443", true, object.union(_year, {"max_age": 60})),
		_ep("c:443", true, {"present": true}),
		_ep("d:25", false, null),
		{"id": "e:443", "name": "e:443"},
		_ep("f:443", true, {"present": false}),
	])
	t.ids(policy.deny) == {"b:443", "c:443", "e:443", "f:443"} with input as inv
	t.ids(policy.not_applicable) == {"d:25"} with input as inv
}
