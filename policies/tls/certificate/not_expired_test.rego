package hipaa.tls.certificate.not_expired_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.certificate.not_expired as policy
import rego.v1

_good := {"subject": "CN=h", "not_before": "2026-01-01T00:00:00Z", "not_after": "2027-01-01T00:00:00Z", "days_left": 40, "not_yet_valid": false}

_ep(id, fields) := {"id": id, "name": id, "certificate": object.union(_good, fields), "other_certificates": []}

_without(id, keys) := {"id": id, "name": id, "certificate": object.remove(_good, keys), "other_certificates": []}

test_valid_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {})])
}

test_last_day_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": 0})])
}

test_expired_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that expired on 2027-01-01T00:00:00Z."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": -5})])
}

test_not_yet_valid_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that is not valid before 2026-01-01T00:00:00Z."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": 400, "not_yet_valid": true})])
}

test_expired_second_deployment_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", {}), {"other_certificates": [object.union(_good, {"days_left": -1})]})])
}

test_missing_days_left_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate validity facts."}} with input as t.inventory("tls_endpoint", [_without("h:443", ["days_left"])])
}

test_null_days_left_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": null})])
}

test_string_days_left_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": "40"})])
}

test_missing_not_yet_valid_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_without("h:443", ["not_yet_valid"])])
}

test_null_not_yet_valid_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"not_yet_valid": null})])
}

test_missing_dates_still_judged if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that expired on unknown."}} with input as t.inventory("tls_endpoint", [object.union(_without("h:443", ["not_after", "not_before"]), {"certificate": {"subject": "CN=h", "days_left": -3, "not_yet_valid": false}})])
}

test_missing_certificate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate validity facts."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_certificate_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": null, "other_certificates": []}])
}

# regorus once dropped the other endpoints' entries when the last one's message formatted
# a missing not_before: every invalid certificate must be denied.
test_expired_and_not_yet_valid_without_dates_all_fail if {
	t.ids(policy.deny) == {"a:443", "b:443", "c:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {"days_left": -5}),
		_ep("b:443", {"not_yet_valid": true}),
		{"id": "c:443", "name": "c:443", "certificate": object.union(object.remove(_good, ["not_before"]), {"not_yet_valid": true}), "other_certificates": []},
		_ep("d:443", {}),
	])
}
