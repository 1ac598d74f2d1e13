package hipaa.aws.kms.rotation_test

import data.hipaa.aws.kms.rotation as policy
import rego.v1

test_rotating_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_kms_key": [{"id": "r1", "name": "n1", "key_spec": "SYMMETRIC_DEFAULT", "key_state": "Enabled", "rotation_enabled": true}]}}
}

test_asymmetric_ignored if {
	count(policy.deny) == 0 with input as {"resources": {"aws_kms_key": [{"id": "r1", "name": "n1", "key_spec": "RSA_2048", "key_state": "Enabled"}]}}
}

test_not_rotating_fails if {
	policy.deny == {{"id": "r1", "msg": "KMS key n1 does not rotate automatically."}} with input as {"resources": {"aws_kms_key": [{"id": "r1", "name": "n1", "key_spec": "SYMMETRIC_DEFAULT", "key_state": "Enabled", "rotation_enabled": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_kms_key": [{"id": "r1", "name": "n1"}]}}
}
