package hipaa.aws.s3.versioning_test

import data.hipaa.aws.s3.versioning as policy
import data.hipaa.lib.testing as t
import rego.v1

test_enabled_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [{"id": "b", "name": "b", "versioning": "Enabled"}])
}

test_suspended_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b does not have versioning enabled (Suspended)."}} with input as t.inventory("aws_s3_bucket", [{"id": "b", "name": "b", "versioning": "Suspended"}])
}

test_some_fail if {
	t.ids(policy.deny) == {"off", "susp"} with input as t.inventory("aws_s3_bucket", [
		{"id": "on", "versioning": "Enabled"},
		{"id": "off", "versioning": "Disabled"},
		{"id": "susp", "versioning": "Suspended"},
	])
}

test_missing_versioning_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b does not have versioning enabled (unknown)."}} with input as t.inventory("aws_s3_bucket", [{"id": "b"}])
}

test_null_versioning_fails if {
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_s3_bucket", [{"id": "b", "name": "b", "versioning": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"b", "c"} with input as t.inventory("aws_s3_bucket", [
		{"id": "b", "versioning": true},
		{"id": "c", "versioning": {"status": "Enabled"}},
	])
}
