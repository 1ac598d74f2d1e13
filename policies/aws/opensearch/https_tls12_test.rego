package hipaa.aws.opensearch.https_tls12_test

import data.hipaa.aws.opensearch.https_tls12 as policy
import rego.v1

test_tls12_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}}
}

test_no_https_fails if {
	policy.deny == {{"id": "r1", "msg": "OpenSearch domain n1 does not enforce HTTPS."}} with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}}
}

test_tls10_fails if {
	policy.deny == {{"id": "r1", "msg": "OpenSearch domain n1 allows TLS older than 1.2 (Policy-Min-TLS-1-0-2019-07)."}} with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1", "enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 2 with input as {"resources": {"aws_opensearch_domain": [{"id": "r1", "name": "n1"}]}}
}
