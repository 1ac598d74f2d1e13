package hipaa.tls.protocol.tls_offered_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.protocol.tls_offered as policy
import rego.v1

_ep(id, extra) := object.union({"id": id, "name": id, "starttls": null}, extra)

_one(extra) := t.inventory("tls_endpoint", [_ep("h:5432", extra)])

test_tls_passes if {
	t.ids(policy.deny) == set() with input as _one({"tls": true, "starttls": "postgres"})
}

test_postgres_without_tls_fails if {
	policy.deny == {{"id": "h:5432", "msg": "TLS endpoint h:5432 offers no TLS (STARTTLS: postgres)."}} with input as _one({"tls": false, "starttls": "postgres"})
}

test_plain_http_fails if {
	policy.deny == {{"id": "h:5432", "msg": "TLS endpoint h:5432 offers no TLS (STARTTLS: none, direct TLS)."}} with input as _one({"tls": false})
}

test_missing_tls_fails if {
	policy.deny == {{"id": "h:5432", "msg": "TLS endpoint h:5432 has no result for whether it negotiates TLS."}} with input as _one({})
}

test_null_tls_fails if {
	t.ids(policy.deny) == {"h:5432"} with input as _one({"tls": null})
}

test_string_tls_fails if {
	t.ids(policy.deny) == {"h:5432"} with input as _one({"tls": "true"})
}

test_missing_starttls_still_names_the_endpoint if {
	policy.deny == {{"id": "h:3306", "msg": "TLS endpoint h:3306 offers no TLS (STARTTLS: none, direct TLS)."}} with input as t.inventory("tls_endpoint", [{"id": "h:3306", "tls": false}])
}

test_wrong_type_starttls_still_fails if {
	t.ids(policy.deny) == {"h:3306"} with input as t.inventory("tls_endpoint", [{"id": "h:3306", "tls": false, "starttls": 5}])
}

test_only_the_endpoints_without_tls_fail if {
	t.ids(policy.deny) == {"b:3306", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:5432", {"tls": true, "starttls": "postgres"}),
		_ep("b:3306", {"tls": false, "starttls": "mysql"}),
		_ep("c:443", {"tls": true}),
		_ep("d:443", {}),
	])
}
