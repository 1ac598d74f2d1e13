package hipaa.aws.elbv2.tls12_policy_test

import data.hipaa.aws.elbv2.tls12_policy as policy
import rego.v1

test_tls13_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_lb": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTPS", "port": 443, "ssl_policy": "p", "tls_protocols": ["TLSv1.2", "TLSv1.3"]}]}]}}
}

test_old_policy_fails if {
	policy.deny == {{"id": "r1", "msg": "Load balancer n1 listener on port 443 allows TLSv1, TLSv1.1 (ELBSecurityPolicy-2016-08)."}} with input as {"resources": {"aws_lb": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "HTTPS", "port": 443, "ssl_policy": "ELBSecurityPolicy-2016-08", "tls_protocols": ["TLSv1", "TLSv1.1", "TLSv1.2"]}]}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "Load balancer n1 listener on port 443 has no readable TLS protocols."}} with input as {"resources": {"aws_lb": [{"id": "r1", "name": "n1", "listeners": [{"protocol": "TLS", "port": 443, "ssl_policy": "p"}]}]}}
}
