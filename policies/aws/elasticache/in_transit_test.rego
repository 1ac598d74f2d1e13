package hipaa.aws.elasticache.in_transit_test

import data.hipaa.aws.elasticache.in_transit as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1", "transit_encryption": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "ElastiCache replication group n1 does not encrypt data in transit."}} with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1", "transit_encryption": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_elasticache_replication_group": [{"id": "r1", "name": "n1"}]}}
}
