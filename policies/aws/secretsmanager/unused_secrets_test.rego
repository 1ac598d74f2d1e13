package hipaa.aws.secretsmanager.unused_secrets_test

import data.hipaa.aws.secretsmanager.unused_secrets as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "last_accessed_days": 3, "created_days": 500}

_inv(rs) := t.inventory("aws_secretsmanager_secret", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a has not been read for more than 90 days."}} with input as _inv([object.union(_good, {"last_accessed_days": 91})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_accessed_days": null, "created_days": 91})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"last_accessed_days": 91, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_last_accessed_days_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a: when it was last read could not be determined."}} with input as _inv([object.remove(_good, ["last_accessed_days"])])
}

test_null_last_accessed_days_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_accessed_days": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_accessed_days": "3"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"last_accessed_days": null, "created_days": "3"})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"last_accessed_days": null, "created_days": 10})])
}
