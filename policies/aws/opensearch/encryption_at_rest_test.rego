package hipaa.aws.opensearch.encryption_at_rest_test

import data.hipaa.aws.opensearch.encryption_at_rest as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "encryption_at_rest": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "OpenSearch domain n1 does not encrypt data at rest."}} with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "encryption_at_rest": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1"}]}}
}
