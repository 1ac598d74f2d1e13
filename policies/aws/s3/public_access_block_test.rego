package hipaa.aws.s3.public_access_block_test

import data.hipaa.aws.s3.public_access_block as policy
import rego.v1

_all_on := {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}

_bucket(pab) := {"resources": {"aws_s3_bucket": [{"id": "b", "name": "b", "public_access_block": pab}]}}

test_all_on_passes if {
	count(policy.deny) == 0 with input as _bucket(_all_on)
}

test_one_off_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b does not block public access (block_public_policy off)."}} with input as _bucket(object.union(_all_on, {"block_public_policy": false}))
}

test_all_off_fails if {
	count(policy.deny) == 1 with input as _bucket({"block_public_acls": false, "ignore_public_acls": false, "block_public_policy": false, "restrict_public_buckets": false})
}

test_missing_field_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b does not block public access (block_public_acls, ignore_public_acls, block_public_policy, restrict_public_buckets off)."}} with input as {"resources": {"aws_s3_bucket": [{"id": "b", "name": "b"}]}}
}
