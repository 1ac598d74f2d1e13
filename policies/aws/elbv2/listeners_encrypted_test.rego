package hipaa.aws.elbv2.listeners_encrypted_test

import data.hipaa.aws.elbv2.listeners_encrypted as policy
import rego.v1

test_https_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_lb": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTPS", "port": 443}, {"protocol": "HTTP", "port": 80, "redirects_to_https": true}]}]}}
}

test_http_fails if {
	policy.deny == {{"id": "r1", "msg": "Load balancer n1 has a plaintext HTTP listener on port 80."}} with input as {"resources": {"aws_lb": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTP", "port": 80, "redirects_to_https": false}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_lb": [{"id": "r1", "name": "n1"}]}}
}
