package hipaa.aws.s3.acl_not_public_test

import data.hipaa.aws.s3.acl_not_public as policy
import rego.v1

test_private_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "acl": {"public_permissions": []}}]}}
}

test_public_read_fails if {
	policy.deny == {{"id": "r1", "msg": "Bucket n1 has an ACL granting READ to everyone."}} with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "acl": {"public_permissions": ["READ"]}}]}}
}

test_public_write_fails if {
	policy.deny == {{"id": "r1", "msg": "Bucket n1 has an ACL granting READ, WRITE to everyone."}} with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "acl": {"public_permissions": ["READ", "WRITE"]}}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "Bucket n1 has no readable ACL."}} with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1"}]}}
}
