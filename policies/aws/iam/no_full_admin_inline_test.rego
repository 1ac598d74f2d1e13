package hipaa.aws.iam.no_full_admin_inline_test

import data.hipaa.aws.iam.no_full_admin_inline as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "full_admin": false}

_inv(rs) := t.inventory("aws_iam_inline_policy", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Inline policy a allows every action on every resource."}} with input as _inv([object.union(_good, {"full_admin": true})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"full_admin": true, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_full_admin_fails if {
	policy.deny == {{"id": "a", "msg": "Inline policy a: its document could not be read."}} with input as _inv([object.remove(_good, ["full_admin"])])
}

test_null_full_admin_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"full_admin": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"full_admin": "true"})])
}
