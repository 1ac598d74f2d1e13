package hipaa.aws.elb.access_logs_test

import data.hipaa.aws.elb.access_logs as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "access_logs": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "Classic load balancer n1 writes no access logs."}} with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1", "access_logs": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_elb_load_balancer": [{"id": "r1", "name": "n1"}]}}
}
