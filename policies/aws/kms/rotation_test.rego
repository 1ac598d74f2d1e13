package hipaa.aws.kms.rotation_test

import data.hipaa.aws.kms.rotation as policy
import data.hipaa.lib.testing as t
import rego.v1

_k(id, extra) := object.union({"id": id, "name": id, "key_manager": "CUSTOMER", "key_spec": "SYMMETRIC_DEFAULT", "origin": "AWS_KMS", "key_state": "Enabled", "rotation_enabled": true}, extra)

test_rotating_key_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_kms_key", [_k("k", {})])
	t.ids(policy.not_applicable) == set() with input as t.inventory("aws_kms_key", [_k("k", {})])
}

test_not_rotating_fails if {
	policy.deny == {{"id": "k", "msg": "KMS key k does not rotate automatically."}} with input as t.inventory("aws_kms_key", [_k("k", {"rotation_enabled": false})])
}

test_some_fail if {
	t.ids(policy.deny) == {"off"} with input as t.inventory("aws_kms_key", [_k("on", {}), _k("off", {"rotation_enabled": false})])
}

test_keys_that_cannot_rotate_are_not_applicable if {
	inv := t.inventory("aws_kms_key", [
		_k("rsa", {"key_spec": "RSA_2048", "rotation_enabled": null}),
		_k("hmac", {"key_spec": "HMAC_256"}),
		object.remove(_k("imported", {"origin": "EXTERNAL"}), ["rotation_enabled"]),
		_k("hsm", {"origin": "AWS_CLOUDHSM", "custom_key_store_id": "cks-1"}),
		_k("xks", {"origin": "EXTERNAL_KEY_STORE", "custom_key_store_id": "cks-2"}),
		_k("disabled", {"key_state": "Disabled", "rotation_enabled": false}),
		_k("aws", {"key_manager": "AWS"}),
		_k("rotating", {}),
	])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {
		"rsa": "KMS key rsa cannot rotate automatically: key spec RSA_2048 (asymmetric or HMAC).",
		"hmac": "KMS key hmac cannot rotate automatically: key spec HMAC_256 (asymmetric or HMAC).",
		"imported": "KMS key imported cannot rotate automatically: imported key material (origin EXTERNAL).",
		"hsm": "KMS key hsm cannot rotate automatically: key in a CloudHSM custom key store (origin AWS_CLOUDHSM).",
		"xks": "KMS key xks cannot rotate automatically: key in an external key store (origin EXTERNAL_KEY_STORE).",
		"disabled": "KMS key disabled cannot rotate automatically: key state Disabled (not enabled).",
		"aws": "KMS key aws cannot rotate automatically: AWS managed key (AWS rotates it).",
	} with input as inv
}

test_several_reasons_are_joined if {
	t.reasons(policy.not_applicable) == {"k": "KMS key k cannot rotate automatically: imported key material (origin EXTERNAL); key spec RSA_2048 (asymmetric or HMAC)."} with input as t.inventory("aws_kms_key", [_k("k", {"key_spec": "RSA_2048", "origin": "EXTERNAL"})])
}

test_missing_rotation_fails if {
	t.ids(policy.deny) == {"k"} with input as t.inventory("aws_kms_key", [object.remove(_k("k", {}), ["rotation_enabled"])])
}

test_missing_facts_fail if {
	t.ids(policy.deny) == {"spec", "origin", "state", "manager", "bare"} with input as t.inventory("aws_kms_key", [
		object.remove(_k("spec", {}), ["key_spec"]),
		object.remove(_k("origin", {}), ["origin"]),
		object.remove(_k("state", {}), ["key_state"]),
		object.remove(_k("manager", {}), ["key_manager"]),
		{"id": "bare"},
	])
	policy.deny == {{"id": "k", "msg": "KMS key k: its key spec, origin, manager or state could not be read."}} with input as t.inventory("aws_kms_key", [{"id": "k"}])
	t.ids(policy.not_applicable) == set() with input as t.inventory("aws_kms_key", [{"id": "k"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"rot", "spec", "origin", "state", "manager"} with input as t.inventory("aws_kms_key", [
		_k("rot", {"rotation_enabled": null}),
		_k("spec", {"key_spec": null}),
		_k("origin", {"origin": null}),
		_k("state", {"key_state": null}),
		_k("manager", {"key_manager": null}),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"rot", "spec", "state"} with input as t.inventory("aws_kms_key", [
		_k("rot", {"rotation_enabled": "true"}),
		_k("spec", {"key_spec": 1}),
		_k("state", {"key_state": true}),
	])
}
