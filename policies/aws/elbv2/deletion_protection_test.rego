package hipaa.aws.elbv2.deletion_protection_test

import data.hipaa.aws.elbv2.deletion_protection as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "deletion_protection": true}

_inv(rs) := t.inventory("aws_lb", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a has no deletion protection."}} with input as _inv([object.union(_good, {"deletion_protection": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"deletion_protection": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_deletion_protection_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a: its deletion protection could not be read."}} with input as _inv([object.remove(_good, ["deletion_protection"])])
}

test_null_deletion_protection_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"deletion_protection": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"deletion_protection": "true"})])
}
