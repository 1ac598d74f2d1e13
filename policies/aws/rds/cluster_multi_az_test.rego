package hipaa.aws.rds.cluster_multi_az_test

import data.hipaa.aws.rds.cluster_multi_az as policy
import rego.v1

test_multi_az_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1", "multi_az": true}]}}
}

test_single_az_fails if {
	policy.deny == {{"id": "r1", "msg": "DB cluster n1 is not Multi-AZ."}} with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1", "multi_az": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1"}]}}
}
