package hipaa.aws.s3.versioning_test

import data.hipaa.aws.s3.versioning as policy
import rego.v1

_bucket(v) := {"resources": {"aws_s3_bucket": [{"id": "b1", "name": "b1", "versioning": v}]}}

test_enabled_passes if {
	count(policy.deny) == 0 with input as _bucket("Enabled")
}

test_suspended_fails if {
	policy.deny == {{"id": "b1", "msg": "Bucket b1 does not have versioning enabled (Suspended)."}} with input as _bucket("Suspended")
}

test_disabled_fails if {
	count(policy.deny) == 1 with input as _bucket("Disabled")
}

test_missing_field_fails if {
	policy.deny == {{"id": "b1", "msg": "Bucket b1 does not have versioning enabled (unknown)."}} with input as {"resources": {"aws_s3_bucket": [{"id": "b1", "name": "b1"}]}}
}
