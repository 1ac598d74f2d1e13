package hipaa.aws.s3.replication_or_object_lock_test

import data.hipaa.aws.s3.replication_or_object_lock as policy
import rego.v1

test_object_lock_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "region": "us-east-1", "object_lock": {"enabled": true}, "replication": {"enabled": false}}]}}
}

test_cross_region_replication_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "region": "us-east-1", "object_lock": {"enabled": false}, "replication": {"enabled": true, "destinations": ["arn:aws:s3:::n2"]}}, {"id": "r2", "name": "n2", "region": "eu-west-1", "object_lock": {"enabled": true}}]}}
}

test_same_region_replication_fails if {
	policy.deny == {{"id": "r1", "msg": "Bucket n1 has neither cross-region replication nor Object Lock."}} with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "region": "us-east-1", "object_lock": {"enabled": false}, "replication": {"enabled": true, "destinations": ["arn:aws:s3:::n2"]}}, {"id": "r2", "name": "n2", "region": "us-east-1", "object_lock": {"enabled": true}}]}}
}

test_neither_fails if {
	policy.deny == {{"id": "r1", "msg": "Bucket n1 has neither cross-region replication nor Object Lock."}} with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "region": "us-east-1", "object_lock": {"enabled": false}, "replication": {"enabled": false, "destinations": []}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1"}]}}
}
