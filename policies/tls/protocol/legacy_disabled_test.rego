package hipaa.tls.protocol.legacy_disabled_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.protocol.legacy_disabled as policy
import rego.v1

_modern := {"ssl_2_0": false, "ssl_3_0": false, "tls_1_0": false, "tls_1_1": false, "tls_1_2": true, "tls_1_3": true}

_ep(id, p) := {"id": id, "name": id, "protocols": p}

_one(p) := t.inventory("tls_endpoint", [_ep("h:443", p)])

test_modern_passes if {
	t.ids(policy.deny) == set() with input as _one(_modern)
}

test_tls10_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts TLS 1.0."}} with input as _one(object.union(_modern, {"tls_1_0": true}))
}

test_several_legacy_versions_fail if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 accepts SSL 3.0, TLS 1.0, TLS 1.1."}} with input as _one(object.union(_modern, {"ssl_3_0": true, "tls_1_0": true, "tls_1_1": true}))
}

test_ssl2_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(object.union(_modern, {"ssl_2_0": true}))
}

test_missing_version_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no result for TLS 1.1."}} with input as _one(object.remove(_modern, ["tls_1_1"]))
}

test_null_version_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no result for SSL 2.0."}} with input as _one(object.union(_modern, {"ssl_2_0": null}))
}

test_string_version_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(object.union(_modern, {"tls_1_0": "false"}))
}

test_missing_protocols_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no result for SSL 2.0, SSL 3.0, TLS 1.0, TLS 1.1."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_protocols_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(null)
}

test_several_endpoints_only_legacy_or_unknown_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", _modern),
		_ep("b:443", object.union(_modern, {"tls_1_1": true})),
		_ep("c:443", object.remove(_modern, ["ssl_3_0"])),
		{"id": "d:443", "name": "d:443"},
		_ep("e:443", object.union(_modern, {"tls_1_2": false})),
	])
}
