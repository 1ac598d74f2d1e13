package hipaa.aws.ssm.document_not_public_test

import data.hipaa.aws.ssm.document_not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "shared_with": ["111122223333"]}

_inv(rs) := t.inventory("aws_ssm_document", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"shared_with": []})])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "SSM document a is shared publicly."}} with input as _inv([object.union(_good, {"shared_with": ["all"]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"shared_with": ["all"], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_shared_with if {
	policy.deny == {{"id": "a", "msg": "SSM document a: its sharing permissions could not be read."}} with input as _inv([object.remove(_good, ["shared_with"])])
}

test_null_shared_with if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"shared_with": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"shared_with": "all"})])
}
