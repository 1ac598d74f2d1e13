package hipaa.aws.elb.tls12_policy_test

import data.hipaa.aws.elb.tls12_policy as policy
import rego.v1

test_tls12_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTPS", "port": 443, "tls_protocols": ["TLSv1.2"]}, {"protocol": "HTTP", "port": 80}]}]}}
}

test_tls10_fails if {
	policy.deny == {{"id": "r1", "msg": "Classic load balancer n1 listener on port 443 allows TLSv1."}} with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "SSL", "port": 443, "tls_protocols": ["TLSv1", "TLSv1.2"]}]}]}}
}

test_no_policy_fails if {
	policy.deny == {{"id": "r1", "msg": "Classic load balancer n1 listener on port 443 has no readable TLS protocols."}} with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTPS", "port": 443, "tls_protocols": []}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTPS", "port": 443}]}]}}
}
