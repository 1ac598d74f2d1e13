package hipaa.aws.account.security_contact_test

import data.hipaa.aws.account.security_contact as policy
import rego.v1

test_present_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_account_contact": [{"id": "r1", "name": "n1", "security_contact": {"present": true}}]}}
}

test_absent_fails if {
	policy.deny == {{"id": "r1", "msg": "n1 is not set."}} with input as {"resources": {"aws_account_contact": [{"id": "r1", "name": "n1", "security_contact": {"present": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account_contact": [{"id": "r1", "name": "n1"}]}}
}
