package hipaa.aws.apigateway.domain_tls12_test

import data.hipaa.aws.apigateway.domain_tls12 as policy
import rego.v1

test_tls12_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_apigateway_domain": [{"id": "r1", "name": "n1", "security_policy": "TLS_1_2"}]}}
}

test_tls10_fails if {
	policy.deny == {{"id": "r1", "msg": "API Gateway domain n1 allows TLS older than 1.2 (TLS_1_0)."}} with input as {"resources": {"aws_apigateway_domain": [{"id": "r1", "name": "n1", "security_policy": "TLS_1_0"}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_apigateway_domain": [{"id": "r1", "name": "n1"}]}}
}
