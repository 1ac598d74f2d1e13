package hipaa.aws.ec2.instance_no_public_ip_test

import data.hipaa.aws.ec2.instance_no_public_ip as policy
import rego.v1

test_private_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "public_ip": null}]}}
}

test_public_fails if {
	policy.deny == {{"id": "r1", "msg": "EC2 instance n1 has the public IP address 54.1.2.3."}} with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "public_ip": "54.1.2.3"}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "EC2 instance n1: its public IP address could not be read."}} with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1"}]}}
}
