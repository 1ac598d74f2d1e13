package hipaa.aws.secretsmanager.rotation_enabled_test

import data.hipaa.aws.secretsmanager.rotation_enabled as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "rotation_enabled": true}

_inv(rs) := t.inventory("aws_secretsmanager_secret", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a does not rotate automatically."}} with input as _inv([object.union(_good, {"rotation_enabled": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"rotation_enabled": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_rotation_enabled_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a: whether it rotates could not be determined."}} with input as _inv([object.remove(_good, ["rotation_enabled"])])
}

test_null_rotation_enabled_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rotation_enabled": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rotation_enabled": "true"})])
}
