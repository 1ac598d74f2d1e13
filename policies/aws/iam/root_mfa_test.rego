package hipaa.aws.iam.root_mfa_test

import data.hipaa.aws.iam.root_mfa as policy
import rego.v1

_acct(root) := {"resources": {"aws_account": [{"id": "111", "name": "111", "root": root}]}}

test_mfa_passes if {
	count(policy.deny) == 0 with input as _acct({"mfa_enabled": true})
}

test_no_mfa_fails if {
	policy.deny == {{"id": "111", "msg": "The root user of account 111 has no MFA."}} with input as _acct({"mfa_enabled": false})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "111", "name": "111"}]}}
}
