package hipaa.aws.iam.group_not_empty_test

import data.hipaa.aws.iam.group_not_empty as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "member_count": 2}

_inv(rs) := t.inventory("aws_iam_group", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "IAM group a has no members."}} with input as _inv([object.union(_good, {"member_count": 0})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"member_count": 0, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_member_count if {
	policy.deny == {{"id": "a", "msg": "IAM group a: its members could not be read."}} with input as _inv([object.remove(_good, ["member_count"])])
}

test_null_member_count if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"member_count": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"member_count": "2"})])
}
