package hipaa.aws.elb.listeners_encrypted_test

import data.hipaa.aws.elb.listeners_encrypted as policy
import rego.v1

test_https_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTPS", "port": 443}]}]}}
}

test_http_fails if {
	policy.deny == {{"id": "r1", "msg": "Classic load balancer n1 has a plaintext HTTP listener on port 80."}} with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTP", "port": 80}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1"}]}}
}
