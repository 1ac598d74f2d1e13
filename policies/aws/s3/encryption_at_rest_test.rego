package hipaa.aws.s3.encryption_at_rest_test

import data.hipaa.aws.s3.encryption_at_rest as policy
import rego.v1

_bucket(enc) := {"resources": {"aws_s3_bucket": [{"id": "arn:aws:s3:::b", "name": "b", "encryption": enc}]}}

test_kms_encrypted_passes if {
	count(policy.deny) == 0 with input as _bucket({"enabled": true, "algorithm": "aws:kms"})
}

test_sse_s3_passes if {
	count(policy.deny) == 0 with input as _bucket({"enabled": true, "algorithm": "AES256"})
}

test_disabled_fails if {
	policy.deny == {{"id": "arn:aws:s3:::b", "msg": "Bucket b has no default server-side encryption."}} with input as _bucket({"enabled": false, "algorithm": null})
}

test_unknown_algorithm_fails if {
	count(policy.deny) == 1 with input as _bucket({"enabled": true, "algorithm": "none"})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_s3_bucket": [{"id": "arn:aws:s3:::b", "name": "b"}]}}
}
