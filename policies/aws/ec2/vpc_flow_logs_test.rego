package hipaa.aws.ec2.vpc_flow_logs_test

import data.hipaa.aws.ec2.vpc_flow_logs as policy
import rego.v1

test_enabled_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_vpc": [{"id": "r1", "name": "n1", "flow_logs": {"enabled": true}}]}}
}

test_disabled_fails if {
	policy.deny == {{"id": "r1", "msg": "VPC n1 has no active flow log."}} with input as {"resources": {"aws_vpc": [{"id": "r1", "name": "n1", "flow_logs": {"enabled": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_vpc": [{"id": "r1", "name": "n1"}]}}
}
