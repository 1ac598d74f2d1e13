package hipaa.aws.elasticache.at_rest_test

import data.hipaa.aws.elasticache.at_rest as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1", "at_rest_encryption": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "ElastiCache replication group n1 does not encrypt data at rest."}} with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1", "at_rest_encryption": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1"}]}}
}
