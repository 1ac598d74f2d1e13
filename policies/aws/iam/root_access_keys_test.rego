package hipaa.aws.iam.root_access_keys_test

import data.hipaa.aws.iam.root_access_keys as policy
import rego.v1

_acct(root) := {"resources": {"aws_account": [{"id": "111", "name": "111", "root": root}]}}

test_no_keys_passes if {
	count(policy.deny) == 0 with input as _acct({"access_keys_present": false})
}

test_keys_fail if {
	policy.deny == {{"id": "111", "msg": "The root user of account 111 has access keys."}} with input as _acct({"access_keys_present": true})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as _acct({})
}
