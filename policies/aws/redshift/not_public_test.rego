package hipaa.aws.redshift.not_public_test

import data.hipaa.aws.redshift.not_public as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1", "publicly_accessible": false}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "Redshift cluster n1 is publicly accessible."}} with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1", "publicly_accessible": true}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1"}]}}
}
