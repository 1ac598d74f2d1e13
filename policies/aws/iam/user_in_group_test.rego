package hipaa.aws.iam.user_in_group_test

import data.hipaa.aws.iam.user_in_group as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "groups": ["clinicians"]}

_inv(rs) := t.inventory("aws_iam_user", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "IAM user a belongs to no group."}} with input as _inv([object.union(_good, {"groups": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"groups": [], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_groups_fails if {
	policy.deny == {{"id": "a", "msg": "IAM user a: its groups could not be read."}} with input as _inv([object.remove(_good, ["groups"])])
}

test_null_groups_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"groups": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"groups": "clinicians"})])
}
