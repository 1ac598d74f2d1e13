package hipaa.aws.iam.password_policy_test

import data.hipaa.aws.iam.password_policy as policy
import rego.v1

_strong := {
	"present": true, "minimum_length": 14, "require_uppercase": true, "require_lowercase": true,
	"require_numbers": true, "require_symbols": true, "reuse_prevention": 24, "max_age_days": 90,
}

_acct(pp) := {"resources": {"aws_account": [{"id": "111", "name": "111", "password_policy": pp}]}}

test_strong_policy_passes if {
	count(policy.deny) == 0 with input as _acct(_strong)
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
	count(policy.deny) == 1 with input as _acct(object.union(_strong, {"reuse_prevention": 5}))
}

test_no_expiry_fails if {
	count(policy.deny) == 1 with input as _acct(object.union(_strong, {"max_age_days": null}))
}

test_long_expiry_fails if {
	count(policy.deny) == 1 with input as _acct(object.union(_strong, {"max_age_days": 365}))
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "111", "name": "111"}]}}
}

test_missing_subfield_fails if {
	policy.deny == {{"id": "111", "msg": "The IAM password policy of account 111 is weak: minimum length below 14."}} with input as _acct(object.remove(_strong, ["minimum_length"]))
}
