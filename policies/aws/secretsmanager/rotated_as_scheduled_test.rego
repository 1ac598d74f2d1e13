package hipaa.aws.secretsmanager.rotated_as_scheduled_test

import data.hipaa.aws.secretsmanager.rotated_as_scheduled as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "rotation_enabled": true, "rotation_interval_days": 30, "last_rotated_days": 10, "created_days": 400}

_inv(rs) := t.inventory("aws_secretsmanager_secret", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a was not rotated within its rotation interval."}} with input as _inv([object.union(_good, {"last_rotated_days": 40})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_rotated_days": null, "created_days": 40})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"last_rotated_days": 40, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_rotation_interval_days_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a: its rotation schedule or history could not be read."}} with input as _inv([object.remove(_good, ["rotation_interval_days"])])
}

test_null_rotation_interval_days_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rotation_interval_days": null})])
}

test_missing_rotation_enabled_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a: its rotation schedule or history could not be read."}} with input as _inv([object.remove(_good, ["rotation_enabled"])])
}

test_null_rotation_enabled_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rotation_enabled": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_rotated_days": "10"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rotation_interval_days": "30"})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rotation_enabled": "true"})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"last_rotated_days": null, "created_days": 5})])
}

test_also_passes_1 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"last_rotated_days": 31})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "Automatic rotation is off (AWS-SM-02 judges that)."} with input as _inv([object.union(_good, {"rotation_enabled": false})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"rotation_enabled": false})])
}
