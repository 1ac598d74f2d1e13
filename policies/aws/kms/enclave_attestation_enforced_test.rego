package hipaa.aws.kms.enclave_attestation_enforced_test

import data.hipaa.aws.kms.enclave_attestation_enforced as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "key_state": "Enabled", "enclave_key": true, "enclave_attestation": {"unattested_allows": [], "bypass_paths": []}}

_inv(rs) := t.inventory("aws_kms_key", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "KMS key a serves Nitro Enclaves but grants sensitive actions without enclave attestation."}} with input as _inv([object.union(_good, {"enclave_attestation": {"unattested_allows": ["AllowDecrypt"], "bypass_paths": []}})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"enclave_attestation": {"unattested_allows": ["AllowDecrypt"], "bypass_paths": []}, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_key_state if {
	policy.deny == {{"id": "a", "msg": "KMS key a: whether it serves Nitro Enclaves, or its key policy, could not be read."}} with input as _inv([object.remove(_good, ["key_state"])])
}

test_null_key_state if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"key_state": null})])
}

test_missing_enclave_key if {
	policy.deny == {{"id": "a", "msg": "KMS key a: whether it serves Nitro Enclaves, or its key policy, could not be read."}} with input as _inv([object.remove(_good, ["enclave_key"])])
}

test_null_enclave_key if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"enclave_key": null})])
}

test_missing_enclave_attestation if {
	policy.deny == {{"id": "a", "msg": "KMS key a: whether it serves Nitro Enclaves, or its key policy, could not be read."}} with input as _inv([object.remove(_good, ["enclave_attestation"])])
}

test_null_enclave_attestation if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"enclave_attestation": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"enclave_attestation": {"unattested_allows": "AllowDecrypt"}})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"enclave_key": "true"})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The key is not an enabled Nitro Enclave key (no enclave tag, description, alias or attestation condition)."} with input as _inv([object.union(_good, {"enclave_key": false})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"enclave_key": false})])
}

test_not_applicable_1 if {
	t.reasons(policy.not_applicable) == {"a": "The key is not an enabled Nitro Enclave key (no enclave tag, description, alias or attestation condition)."} with input as _inv([object.union(_good, {"key_state": "Disabled"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"key_state": "Disabled"})])
}
