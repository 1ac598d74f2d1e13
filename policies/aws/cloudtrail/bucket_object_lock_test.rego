package hipaa.aws.cloudtrail.bucket_object_lock_test

import data.hipaa.aws.cloudtrail.bucket_object_lock as policy
import rego.v1

test_locked_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}], "aws_s3_bucket": [{"id": "b", "name": "logs", "object_lock": {"enabled": true}}]}}
}

test_unlocked_fails if {
	policy.deny == {{"id": "r1", "msg": "Trail n1 delivers to bucket logs, which has no Object Lock."}} with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}], "aws_s3_bucket": [{"id": "b", "name": "logs", "object_lock": {"enabled": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}]}}
}
