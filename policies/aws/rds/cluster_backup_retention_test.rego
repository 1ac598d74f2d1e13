package hipaa.aws.rds.cluster_backup_retention_test

import data.hipaa.aws.rds.cluster_backup_retention as policy
import rego.v1

test_fourteen_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1", "backup_retention_period": 14}]}}
}

test_one_fails if {
	policy.deny == {{"id": "r1", "msg": "DB cluster n1 keeps automated backups for fewer than 7 days."}} with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1", "backup_retention_period": 1}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1"}]}}
}
