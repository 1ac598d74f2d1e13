package hipaa.aws.backup.vault_lock_test

import data.hipaa.aws.backup.vault_lock as policy
import rego.v1

test_locked_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_backup_vault": [{"id": "r1", "name": "n1", "locked": true}]}}
}

test_unlocked_fails if {
	policy.deny == {{"id": "r1", "msg": "Backup vault n1 has no Vault Lock."}} with input as {"resources": {"aws_backup_vault": [{"id": "r1", "name": "n1", "locked": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_backup_vault": [{"id": "r1", "name": "n1"}]}}
}
