package hipaa.tls.certificate.hostname_match_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.certificate.hostname_match as policy
import rego.v1

_good := {"subject": "CN=h", "hostname": "h.example", "sans": ["h.example", "www.h.example"], "hostname_match": true}

_ep(id, fields) := {"id": id, "name": id, "certificate": object.union(_good, fields), "other_certificates": []}

test_match_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {})])
}

test_mismatch_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h whose names (other.example) do not match h.example."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"sans": ["other.example"], "hostname_match": false})])
}

test_mismatch_without_sans_or_hostname_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h whose names (none) do not match h:443."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": {"subject": "CN=h", "sans": [1], "hostname_match": false}, "other_certificates": []}])
}

test_second_deployment_mismatch_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", {}), {"other_certificates": [object.union(_good, {"hostname_match": false})]})])
}

test_missing_hostname_match_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h with no host name match result."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": object.remove(_good, ["hostname_match"]), "other_certificates": []}])
}

test_null_hostname_match_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"hostname_match": null})])
}

test_string_hostname_match_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"hostname_match": "yes"})])
}

test_missing_certificate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate facts."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_certificate_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": null, "other_certificates": []}])
}

test_several_endpoints_only_mismatched_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {}),
		_ep("b:443", {"hostname_match": false}),
		{"id": "c:443", "name": "c:443", "certificate": {"hostname_match": false}, "other_certificates": []},
		{"id": "d:443", "name": "d:443", "certificate": "CN=d", "other_certificates": []},
		{"id": "e:443", "name": "e:443", "certificate": {"hostname_match": true}, "other_certificates": []},
	])
}
