package hipaa.aws.emr.encryption_test

import data.hipaa.aws.emr.encryption as policy
import rego.v1

test_both_pass if {
	count(policy.deny) == 0 with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1", "encryption": {"at_rest": true, "in_transit": true}}]}}
}

test_neither_fails if {
	policy.deny == {{"id": "r1", "msg": "EMR cluster n1 does not encrypt data at rest and in transit."}} with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1", "encryption": {"at_rest": false, "in_transit": false}}]}}
}

test_transit_only_fails if {
	policy.deny == {{"id": "r1", "msg": "EMR cluster n1 does not encrypt data in transit."}} with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1", "encryption": {"at_rest": true, "in_transit": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1"}]}}
}
