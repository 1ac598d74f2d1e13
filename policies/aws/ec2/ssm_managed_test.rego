package hipaa.aws.ec2.ssm_managed_test

import data.hipaa.aws.ec2.ssm_managed as policy
import rego.v1

test_managed_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "state": "running", "instance_id": "i-1", "region": "x"}], "aws_ssm_managed_instance": [{"id": "m", "instance_id": "i-1", "region": "x"}]}}
}

test_stopped_ignored if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "state": "stopped", "instance_id": "i-1", "region": "x"}]}}
}

test_unmanaged_fails if {
	policy.deny == {{"id": "r1", "msg": "EC2 instance n1 is not managed by Systems Manager."}} with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "state": "running", "instance_id": "i-1", "region": "x"}], "aws_ssm_managed_instance": [{"id": "m", "instance_id": "i-2", "region": "x"}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1"}]}}
}
