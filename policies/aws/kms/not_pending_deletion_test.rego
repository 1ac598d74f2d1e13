package hipaa.aws.kms.not_pending_deletion_test

import data.hipaa.aws.kms.not_pending_deletion as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "key_state": "Enabled"}

_inv(rs) := t.inventory("aws_kms_key", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "KMS key a is scheduled for deletion."}} with input as _inv([object.union(_good, {"key_state": "PendingDeletion"})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"key_state": "PendingReplicaDeletion"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"key_state": "PendingDeletion", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_key_state_fails if {
	policy.deny == {{"id": "a", "msg": "KMS key a: its state could not be read."}} with input as _inv([object.remove(_good, ["key_state"])])
}

test_null_key_state_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"key_state": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"key_state": 1})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"key_state": "Disabled"})])
}
