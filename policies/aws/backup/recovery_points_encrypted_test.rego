package hipaa.aws.backup.recovery_points_encrypted_test

import data.hipaa.aws.backup.recovery_points_encrypted as policy
import rego.v1

test_encrypted_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_backup_vault": [{"id": "r1", "name": "n1", "recovery_points": {"count": 3, "unencrypted": []}}]}}
}

test_unencrypted_fails if {
	policy.deny == {{"id": "r1", "msg": "Backup vault n1 holds 1 unencrypted recovery points."}} with input as {"resources": {"aws_backup_vault": [{"id": "r1", "name": "n1", "recovery_points": {"count": 3, "unencrypted": ["rp1"]}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_backup_vault": [{"id": "r1", "name": "n1"}]}}
}
