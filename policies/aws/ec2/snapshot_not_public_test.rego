package hipaa.aws.ec2.snapshot_not_public_test

import data.hipaa.aws.ec2.snapshot_not_public as policy
import rego.v1

test_private_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ebs_snapshot": [{"id": "r1", "name": "n1", "public": false}]}}
}

test_public_fails if {
	policy.deny == {{"id": "r1", "msg": "EBS snapshot n1 is public."}} with input as {"resources": {"aws_ebs_snapshot": [{"id": "r1", "name": "n1", "public": true}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ebs_snapshot": [{"id": "r1", "name": "n1"}]}}
}
