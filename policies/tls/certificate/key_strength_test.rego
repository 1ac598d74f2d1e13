package hipaa.tls.certificate.key_strength_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.certificate.key_strength as policy
import rego.v1

_ep(id, fields) := {"id": id, "name": id, "certificate": object.union({"subject": "CN=h", "key_type": "RSA", "key_size": 2048}, fields), "other_certificates": []}

test_rsa2048_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {})])
}

test_ec256_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_type": "EC", "key_size": 256})])
}

test_ed25519_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_type": "Ed25519", "key_size": 256})])
}

test_rsa1024_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h with a weak key (RSA 1024 bits)."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_size": 1024})])
}

test_ec224_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_type": "EC", "key_size": 224})])
}

test_dsa_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_type": "DSA", "key_size": 3072})])
}

test_weak_second_deployment_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", {}), {"other_certificates": [{"key_type": "RSA", "key_size": 1024}]})])
}

test_missing_size_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h with a weak key (RSA unknown bits)."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": {"subject": "CN=h", "key_type": "RSA"}, "other_certificates": []}])
}

test_null_size_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_size": null})])
}

test_string_size_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_size": "4096"})])
}

test_missing_type_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate with unknown subject with a weak key (unknown 4096 bits)."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": {"key_size": 4096}, "other_certificates": []}])
}

test_null_type_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"key_type": null})])
}

test_missing_certificate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate facts."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_several_endpoints_only_weak_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {}),
		_ep("b:443", {"key_size": 1024}),
		{"id": "c:443", "name": "c:443", "certificate": {"key_size": 1024}, "other_certificates": []},
		{"id": "d:443", "name": "d:443", "certificate": null, "other_certificates": []},
		_ep("e:443", {"key_type": "EC", "key_size": 384}),
	])
}
