package hipaa.aws.cloudtrail.kms_encryption_test

import data.hipaa.aws.cloudtrail.kms_encryption as policy
import rego.v1

_trail(v) := {"resources": {"aws_cloudtrail_trail": [{"id": "t", "name": "main", "kms_key_id": v}]}}

test_kms_passes if {
	count(policy.deny) == 0 with input as _trail("arn:aws:kms:us-east-1:1:key/k")
}

test_null_key_fails if {
	policy.deny == {{"id": "t", "msg": "CloudTrail trail main does not encrypt its logs with a KMS key."}} with input as _trail(null)
}

test_empty_key_fails if {
	count(policy.deny) == 1 with input as _trail("")
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "t", "name": "main"}]}}
}
