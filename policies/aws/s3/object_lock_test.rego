package hipaa.aws.s3.object_lock_test

import data.hipaa.aws.s3.object_lock as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "object_lock": {"enabled": true}}

_inv(rs) := t.inventory("aws_s3_bucket", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a does not have Object Lock."}} with input as _inv([object.union(_good, {"object_lock": {"enabled": false}})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"object_lock": {"enabled": false}, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_object_lock_fails if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a: its Object Lock configuration could not be read."}} with input as _inv([object.remove(_good, ["object_lock"])])
}

test_null_object_lock_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"object_lock": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"object_lock": true})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"object_lock": {"enabled": "true"}})])
}
