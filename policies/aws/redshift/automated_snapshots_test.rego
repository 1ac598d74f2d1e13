package hipaa.aws.redshift.automated_snapshots_test

import data.hipaa.aws.redshift.automated_snapshots as policy
import rego.v1

test_seven_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1", "automated_snapshot_retention_period": 7}]}}
}

test_zero_fails if {
	policy.deny == {{"id": "r1", "msg": "Redshift cluster n1 keeps automated snapshots for fewer than 7 days."}} with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1", "automated_snapshot_retention_period": 0}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1"}]}}
}
