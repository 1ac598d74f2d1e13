package hipaa.aws.opensearch.node_to_node_test

import data.hipaa.aws.opensearch.node_to_node as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "node_to_node_encryption": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "OpenSearch domain n1 does not encrypt node-to-node traffic."}} with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "node_to_node_encryption": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1"}]}}
}
