package hipaa.aws.backup.restore_testing_test

import data.hipaa.aws.backup.restore_testing as policy
import rego.v1

test_plan_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_backup_settings": [{"id": "r1", "name": "n1", "region": "x", "restore_testing_plans": ["weekly"]}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "AWS Backup has no restore testing plan in x."}} with input as {"resources": {"aws_backup_settings": [{"id": "r1", "name": "n1", "region": "x", "restore_testing_plans": []}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_backup_settings": [{"id": "r1", "name": "n1", "region": "x"}]}}
}
