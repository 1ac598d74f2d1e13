package hipaa.tls.cipher.key_exchange_strength_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.cipher.key_exchange_strength as policy
import rego.v1

_ep(id, keys) := {"id": id, "name": id, "ephemeral_keys": keys}

_one(keys) := t.inventory("tls_endpoint", [_ep("h:443", keys)])

test_ecdhe_x25519_and_dh2048_pass if {
	t.ids(policy.deny) == set() with input as _one({"dh_min_size": 2048, "ecdh_min_size": 253})
	t.ids(policy.not_applicable) == set() with input as _one({"dh_min_size": 2048, "ecdh_min_size": 253})
}

test_ecdhe_only_passes if {
	t.ids(policy.deny) == set() with input as _one({"dh_min_size": null, "ecdh_min_size": 256})
}

test_p224_passes if {
	t.ids(policy.deny) == set() with input as _one({"dh_min_size": null, "ecdh_min_size": 224})
}

test_dh1024_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 negotiates a 1024-bit ephemeral DH group, under 2048 bits (112-bit security)."}} with input as _one({"dh_min_size": 1024, "ecdh_min_size": 256})
}

test_dh1024_without_ecdhe_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"dh_min_size": 1024, "ecdh_min_size": null})
}

test_ecdh192_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 negotiates a 192-bit ephemeral ECDH key, under 224 bits (112-bit security)."}} with input as _one({"dh_min_size": 2048, "ecdh_min_size": 192})
}

test_static_rsa_only_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _one({"dh_min_size": null, "ecdh_min_size": null})
	t.ids(policy.not_applicable) == {"h:443"} with input as _one({"dh_min_size": null, "ecdh_min_size": null})
}

test_missing_ephemeral_keys_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no ephemeral key size facts."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
	t.ids(policy.not_applicable) == set() with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_ephemeral_keys_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one(null)
}

test_missing_dh_size_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"ecdh_min_size": 256})
	t.ids(policy.not_applicable) == set() with input as _one({"ecdh_min_size": null})
}

test_missing_ecdh_size_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"dh_min_size": 2048})
}

test_string_size_fails if {
	t.ids(policy.deny) == {"h:443"} with input as _one({"dh_min_size": "1024", "ecdh_min_size": 256})
}

test_several_endpoints_one_verdict_each if {
	inv := t.inventory("tls_endpoint", [
		_ep("a:443", {"dh_min_size": null, "ecdh_min_size": 253}),
		_ep("b:443", {"dh_min_size": 1024, "ecdh_min_size": 256}),
		_ep("c:443", {"dh_min_size": 4096, "ecdh_min_size": 160}),
		{"id": "d:443", "name": "d:443"},
		_ep("e:443", {"dh_min_size": null, "ecdh_min_size": null}),
		_ep("f:443", {"dh_min_size": 3072, "ecdh_min_size": 384}),
	])
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as inv
	t.ids(policy.not_applicable) == {"e:443"} with input as inv
}

test_fractional_size_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 negotiates a 1023-bit ephemeral DH group, under 2048 bits (112-bit security)."}} with input as _one({"dh_min_size": 1023.5, "ecdh_min_size": null})
}
