package hipaa.aws.ec2.snapshot_encrypted_test

import data.hipaa.aws.ec2.snapshot_encrypted as policy
import rego.v1

test_encrypted_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ebs_snapshot": [{"id": "r1", "name": "n1", "encrypted": true}]}}
}

test_unencrypted_fails if {
	policy.deny == {{"id": "r1", "msg": "EBS snapshot n1 is not encrypted."}} with input as {"resources": {"aws_ebs_snapshot": [{"id": "r1", "name": "n1", "encrypted": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ebs_snapshot": [{"id": "r1", "name": "n1"}]}}
}
