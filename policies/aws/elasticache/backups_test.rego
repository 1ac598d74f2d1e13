package hipaa.aws.elasticache.backups_test

import data.hipaa.aws.elasticache.backups as policy
import rego.v1

test_seven_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1", "snapshot_retention_limit": 7}]}}
}

test_zero_fails if {
	policy.deny == {{"id": "r1", "msg": "ElastiCache replication group n1 keeps no automatic backups."}} with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1", "snapshot_retention_limit": 0}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1"}]}}
}
