package hipaa.aws.ec2.sg_database_ports_test

import data.hipaa.aws.ec2.sg_database_ports as policy
import rego.v1

test_app_source_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "ingress": [{"protocol": "tcp", "from_port": 5432, "to_port": 5432, "cidrs": [], "source_groups": ["sg-app"]}]}]}}
}

test_world_postgres_fails if {
	policy.deny == {{"id": "r1", "msg": "Security group n1 allows the internet to reach database port 5432."}} with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1", "ingress": [{"protocol": "tcp", "from_port": 5432, "to_port": 5432, "cidrs": ["::/0"]}]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_security_group": [{"id": "r1", "name": "n1"}]}}
}
