package hipaa.aws.ec2.sg_admin_ports_test

import data.hipaa.aws.ec2.sg_admin_ports as policy
import rego.v1

test_https_only_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "ingress": [{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidrs": ["0.0.0.0/0"]}]}]}}
}

test_narrow_ssh_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "ingress": [{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidrs": ["10.0.0.0/8"]}]}]}}
}

test_world_ssh_fails if {
	policy.deny == {{"id": "r1", "msg": "Security group n1 allows the internet to reach port 22."}} with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "ingress": [{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidrs": ["0.0.0.0/0"]}]}]}}
}

test_ipv6_rdp_range_fails if {
	policy.deny == {{"id": "r1", "msg": "Security group n1 allows the internet to reach port 3389."}} with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "ingress": [{"protocol": "tcp", "from_port": 3000, "to_port": 4000, "cidrs": ["::/0"]}]}]}}
}

test_all_traffic_fails if {
	count(policy.deny) == 2 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "ingress": [{"protocol": "all", "from_port": 0, "to_port": 65535, "cidrs": ["0.0.0.0/0"]}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1"}]}}
}
