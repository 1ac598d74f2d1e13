package hipaa.aws.iam.no_kms_decrypt_all_inline_test

import data.hipaa.aws.iam.no_kms_decrypt_all_inline as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "kms_blocked_actions": []}

_inv(rs) := t.inventory("aws_iam_inline_policy", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Inline policy a allows kms:decrypt on every KMS key."}} with input as _inv([object.union(_good, {"kms_blocked_actions": ["kms:decrypt"]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"kms_blocked_actions": ["kms:decrypt"], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_kms_blocked_actions_fails if {
	policy.deny == {{"id": "a", "msg": "Inline policy a: its document could not be read."}} with input as _inv([object.remove(_good, ["kms_blocked_actions"])])
}

test_null_kms_blocked_actions_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kms_blocked_actions": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kms_blocked_actions": "kms:decrypt"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kms_blocked_actions": [1]})])
}
