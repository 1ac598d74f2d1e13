package hipaa.aws.redshift.require_ssl_test

import data.hipaa.aws.redshift.require_ssl as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1", "require_ssl": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "Redshift cluster n1 does not require TLS connections."}} with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1", "require_ssl": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_redshift_cluster": [{"id": "r1", "name": "n1"}]}}
}
