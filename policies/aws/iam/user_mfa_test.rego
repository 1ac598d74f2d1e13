package hipaa.aws.iam.user_mfa_test

import data.hipaa.aws.iam.user_mfa as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "mfa_enabled": true}

_inv(rs) := t.inventory("aws_iam_user", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "IAM user a has no MFA device."}} with input as _inv([object.union(_good, {"mfa_enabled": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"mfa_enabled": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_mfa_enabled_fails if {
	policy.deny == {{"id": "a", "msg": "IAM user a: its MFA devices could not be read."}} with input as _inv([object.remove(_good, ["mfa_enabled"])])
}

test_null_mfa_enabled_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"mfa_enabled": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"mfa_enabled": "true"})])
}
