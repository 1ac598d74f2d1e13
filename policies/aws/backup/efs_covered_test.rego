package hipaa.aws.backup.efs_covered_test

import data.hipaa.aws.backup.efs_covered as policy
import rego.v1

test_arn_selected_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "region": "x"}], "aws_backup_plan": [{"id": "p", "region": "x", "selections": [{"resources": ["r1"], "not_resources": [], "tags": []}]}]}}
}

test_tag_selected_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "region": "x", "tags": {"backup": "daily"}}], "aws_backup_plan": [{"id": "p", "region": "x", "selections": [{"resources": [], "not_resources": [], "tags": [{"key": "backup", "value": "daily"}]}]}]}}
}

test_excluded_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "region": "x"}], "aws_backup_plan": [{"id": "p", "region": "x", "selections": [{"resources": ["*"], "not_resources": ["r1"], "tags": []}]}]}}
}

test_other_account_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "region": "x", "account": "111111111111"}], "aws_backup_plan": [{"id": "p", "region": "x", "account": "222222222222", "selections": [{"resources": ["*"], "not_resources": [], "tags": []}]}]}}
}

test_other_region_fails if {
	policy.deny == {{"id": "r1", "msg": "EFS file system n1 is not covered by any AWS Backup plan."}} with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "region": "x"}], "aws_backup_plan": [{"id": "p", "region": "y", "selections": [{"resources": ["*"], "not_resources": [], "tags": []}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "region": "x"}], "aws_backup_plan": [{"id": "p", "region": "x"}]}}
}
