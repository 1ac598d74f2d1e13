package hipaa.tls.certificate.not_expiring_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.certificate.not_expiring as policy
import rego.v1

_good := {"subject": "CN=h", "not_after": "2027-01-01T00:00:00Z", "days_left": 200}

_ep(id, fields) := {"id": id, "name": id, "certificate": object.union(_good, fields), "other_certificates": []}

test_far_expiry_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {})])
}

test_thirty_days_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": 30})])
}

test_ten_days_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that expires in 10 days (2027-01-01T00:00:00Z)."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": 10})])
}

test_expired_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that has already expired (2027-01-01T00:00:00Z)."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": -1})])
}

test_second_deployment_expiring_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", {}), {"other_certificates": [{"days_left": 3}]})])
}

test_missing_days_left_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate expiry facts."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": {"subject": "CN=h"}, "other_certificates": []}])
}

test_null_days_left_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": null})])
}

test_string_days_left_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"days_left": "10"})])
}

test_missing_certificate_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_missing_not_after_still_judged if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate with unknown subject that expires in 5 days (unknown)."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": {"days_left": 5}, "other_certificates": []}])
}

test_several_endpoints_only_expiring_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {}),
		_ep("b:443", {"days_left": 10}),
		{"id": "c:443", "name": "c:443", "certificate": {"days_left": 2}, "other_certificates": []},
		_ep("d:443", {"days_left": null}),
		_ep("e:443", {"days_left": 31}),
	])
}
