package hipaa.aws.iam.password_policy_test

import data.hipaa.aws.iam.password_policy as policy
import data.hipaa.lib.testing as t
import rego.v1

_strong := {
	"present": true, "minimum_length": 14, "require_uppercase": true, "require_lowercase": true,
	"require_numbers": true, "require_symbols": true, "reuse_prevention": 24, "max_age_days": 90,
}

_acct(pp) := t.inventory("aws_account", [{"id": "111", "name": "111", "password_policy": pp}])

test_strong_policy_passes if {
	t.ids(policy.deny) == set() with input as _acct(_strong)
}

test_no_policy_fails if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: no password policy is set."}} with input as _acct({"present": false})
}

test_short_length_fails if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: minimum length below 14."}} with input as _acct(object.union(_strong, {"minimum_length": 8}))
}

test_missing_class_fails if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: symbols not required."}} with input as _acct(object.union(_strong, {"require_symbols": false}))
}

test_low_reuse_fails if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: fewer than 24 previous passwords prevented from reuse."}} with input as _acct(object.union(_strong, {"reuse_prevention": 5}))
}

test_expiry_fails if {
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"max_age_days": 365}))
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"max_age_days": 0}))
}

test_every_weakness_listed if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: fewer than 24 previous passwords prevented from reuse; lower-case letters not required; minimum length below 14; numbers not required; passwords do not expire within 90 days; symbols not required; upper-case letters not required."}} with input as _acct({"present": true})
}

test_some_fail if {
	t.ids(policy.deny) == {"222"} with input as t.inventory("aws_account", [
		{"id": "111", "password_policy": _strong},
		{"id": "222", "password_policy": object.union(_strong, {"require_numbers": false})},
	])
}

test_missing_fails if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: no password policy is set."}} with input as t.inventory("aws_account", [{"id": "111"}])
}

test_missing_subfield_fails if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: minimum length below 14."}} with input as _acct(object.remove(_strong, ["minimum_length"]))
}

test_null_fails if {
	t.ids(policy.deny) == {"111"} with input as _acct(null)
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"max_age_days": null}))
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"reuse_prevention": null}))
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"require_uppercase": null}))
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"present": null}))
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"111"} with input as _acct("strong")
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"minimum_length": "14"}))
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"max_age_days": "90"}))
	t.ids(policy.deny) == {"111"} with input as _acct(object.union(_strong, {"require_symbols": "true"}))
}
