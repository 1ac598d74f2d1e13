package hipaa.aws.s3.acls_disabled_test

import data.hipaa.aws.s3.acls_disabled as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "object_ownership": "BucketOwnerEnforced"}

_inv(rs) := t.inventory("aws_s3_bucket", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a has ACLs enabled."}} with input as _inv([object.union(_good, {"object_ownership": "ObjectWriter"})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"object_ownership": "BucketOwnerPreferred"})])
}

test_fails_2 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"object_ownership": null})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"object_ownership": "ObjectWriter", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_object_ownership_fails if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a: its Object Ownership setting could not be read."}} with input as _inv([object.remove(_good, ["object_ownership"])])
}

test_null_object_ownership_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"object_ownership": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"object_ownership": true})])
}
