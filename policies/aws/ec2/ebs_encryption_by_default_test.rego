package hipaa.aws.ec2.ebs_encryption_by_default_test

import data.hipaa.aws.ec2.ebs_encryption_by_default as policy
import rego.v1

_region(v) := {"resources": {"aws_region": [{"id": "1/us-east-1", "name": "us-east-1", "ebs_encryption_by_default": v}]}}

test_on_passes if {
	count(policy.deny) == 0 with input as _region(true)
}

test_off_fails if {
	policy.deny == {{"id": "1/us-east-1", "msg": "EBS encryption by default is off in us-east-1."}} with input as _region(false)
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_region": [{"id": "1/us-east-1", "name": "us-east-1"}]}}
}
