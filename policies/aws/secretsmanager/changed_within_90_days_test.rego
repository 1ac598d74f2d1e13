package hipaa.aws.secretsmanager.changed_within_90_days_test

import data.hipaa.aws.secretsmanager.changed_within_90_days as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "last_changed_days": 10}

_inv(rs) := t.inventory("aws_secretsmanager_secret", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a has not changed for 91 days (more than 90)."}} with input as _inv([object.union(_good, {"last_changed_days": 91})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"last_changed_days": 91, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_last_changed_days_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a: when it last changed could not be determined."}} with input as _inv([object.remove(_good, ["last_changed_days"])])
}

test_null_last_changed_days_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_changed_days": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_changed_days": "10"})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"last_changed_days": 90})])
}
