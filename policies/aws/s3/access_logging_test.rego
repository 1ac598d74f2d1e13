package hipaa.aws.s3.access_logging_test

import data.hipaa.aws.s3.access_logging as policy
import rego.v1

_bucket(l) := {"resources": {"aws_s3_bucket": [{"id": "b", "name": "b", "logging": l}]}}

test_logging_passes if {
	count(policy.deny) == 0 with input as _bucket({"enabled": true, "target_bucket": "logs"})
}

test_disabled_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has server access logging disabled."}} with input as _bucket({"enabled": false, "target_bucket": null})
}

test_enabled_without_target_fails if {
	count(policy.deny) == 1 with input as _bucket({"enabled": true})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_s3_bucket": [{"id": "b", "name": "b"}]}}
}
