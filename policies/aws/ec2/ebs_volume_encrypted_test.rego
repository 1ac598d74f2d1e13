package hipaa.aws.ec2.ebs_volume_encrypted_test

import data.hipaa.aws.ec2.ebs_volume_encrypted as policy
import rego.v1

_vol(e) := {"resources": {"aws_ebs_volume": [{"id": "v", "name": "data", "encrypted": e}]}}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as _vol(true)
}

test_unencrypted_fails if {
	policy.deny == {{"id": "v", "msg": "EBS volume data is not encrypted."}} with input as _vol(false)
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ebs_volume": [{"id": "v", "name": "data"}]}}
}
