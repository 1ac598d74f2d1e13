package hipaa.aws.rds.cluster_storage_encrypted_test

import data.hipaa.aws.rds.cluster_storage_encrypted as policy
import rego.v1

test_encrypted_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1", "storage_encrypted": true}]}}
}

test_unencrypted_fails if {
	policy.deny == {{"id": "r1", "msg": "DB cluster n1 does not encrypt its storage."}} with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1", "storage_encrypted": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_cluster": [{"id": "r1", "name": "n1"}]}}
}
