package hipaa.aws.ec2.default_sg_closed_test

import data.hipaa.aws.ec2.default_sg_closed as policy
import rego.v1

test_closed_default_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "is_default": true, "vpc_id": "vpc-1", "ingress": [], "egress": []}]}}
}

test_other_group_ignored if {
	count(policy.deny) == 0 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "is_default": false, "ingress": [{"protocol": "all"}], "egress": []}]}}
}

test_egress_rule_fails if {
	policy.deny == {{"id": "r1", "msg": "Default security group n1 of vpc-1 has rules."}} with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "is_default": true, "vpc_id": "vpc-1", "ingress": [], "egress": [{"protocol": "all", "cidrs": ["0.0.0.0/0"]}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1"}]}}
}
