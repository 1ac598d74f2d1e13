package hipaa.aws.opensearch.in_vpc_test

import data.hipaa.aws.opensearch.in_vpc as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "in_vpc": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "OpenSearch domain n1 has a public endpoint (not in a VPC)."}} with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "in_vpc": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1"}]}}
}
