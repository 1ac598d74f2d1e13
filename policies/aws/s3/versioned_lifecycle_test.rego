package hipaa.aws.s3.versioned_lifecycle_test

import data.hipaa.aws.s3.versioned_lifecycle as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "versioning": "Enabled", "lifecycle_rules": {"enabled": 1, "noncurrent_expiration": true}}

_inv(rs) := t.inventory("aws_s3_bucket", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a is versioned but has no enabled lifecycle rule."}} with input as _inv([object.union(_good, {"lifecycle_rules": {"enabled": 0, "noncurrent_expiration": false}})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"lifecycle_rules": {"enabled": 0, "noncurrent_expiration": false}, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_versioning if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a: its versioning or lifecycle configuration could not be read."}} with input as _inv([object.remove(_good, ["versioning"])])
}

test_null_versioning if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"versioning": null})])
}

test_missing_lifecycle_rules if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a: its versioning or lifecycle configuration could not be read."}} with input as _inv([object.remove(_good, ["lifecycle_rules"])])
}

test_null_lifecycle_rules if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"lifecycle_rules": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"lifecycle_rules": {"enabled": "1"}})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"versioning": true})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "Versioning has never been enabled on the bucket."} with input as _inv([object.union(_good, {"versioning": "Disabled"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"versioning": "Disabled"})])
}
