package hipaa.aws.iam.root_hardware_mfa_test

import data.hipaa.aws.iam.root_hardware_mfa as policy
import rego.v1

test_hardware_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_account": [{"id": "a1", "root": {"hardware_mfa": true}}]}}
}

test_virtual_fails if {
	policy.deny == {{"id": "a1", "msg": "The root user of account a1 has no hardware MFA device."}} with input as {"resources": {"aws_account": [{"id": "a1", "root": {"mfa_enabled": true, "hardware_mfa": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "a1"}]}}
}
