package hipaa.aws.ec2.imdsv2_required_test

import data.hipaa.aws.ec2.imdsv2_required as policy
import rego.v1

test_required_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "metadata_options": {"http_tokens": "required", "http_endpoint": "enabled"}}]}}
}

test_disabled_endpoint_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "metadata_options": {"http_tokens": "optional", "http_endpoint": "disabled"}}]}}
}

test_optional_fails if {
	policy.deny == {{"id": "r1", "msg": "EC2 instance n1 does not require IMDSv2 session tokens."}} with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1", "metadata_options": {"http_tokens": "optional", "http_endpoint": "enabled"}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ec2_instance": [{"id": "r1", "name": "n1"}]}}
}
