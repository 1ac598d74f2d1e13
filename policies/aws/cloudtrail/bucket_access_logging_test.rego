package hipaa.aws.cloudtrail.bucket_access_logging_test

import data.hipaa.aws.cloudtrail.bucket_access_logging as policy
import rego.v1

test_logged_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}], "aws_s3_bucket": [{"id": "b", "name": "logs", "logging": {"enabled": true}}]}}
}

test_unlogged_fails if {
	policy.deny == {{"id": "r1", "msg": "Trail n1 delivers to bucket logs, which has no access logging."}} with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}], "aws_s3_bucket": [{"id": "b", "name": "logs", "logging": {"enabled": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}]}}
}
