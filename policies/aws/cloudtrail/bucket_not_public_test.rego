package hipaa.aws.cloudtrail.bucket_not_public_test

import data.hipaa.aws.cloudtrail.bucket_not_public as policy
import rego.v1

test_private_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}], "aws_s3_bucket": [{"id": "b", "name": "logs", "public_access_block": {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}, "policy": {"public_statements": 0}, "acl": {"public_permissions": []}}]}}
}

test_open_bucket_fails if {
	policy.deny == {{"id": "r1", "msg": "Trail n1 delivers to bucket logs, which is not proven private."}} with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}], "aws_s3_bucket": [{"id": "b", "name": "logs", "public_access_block": {"block_public_acls": false, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}, "policy": {"public_statements": 0}, "acl": {"public_permissions": []}}]}}
}

test_bucket_elsewhere_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "s3_bucket": "logs"}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "Trail n1 delivers to bucket ?, which is not proven private."}} with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1"}]}}
}
