package hipaa.aws.dax.encryption_at_rest_test

import data.hipaa.aws.dax.encryption_at_rest as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "sse_status": "ENABLED"}

_inv(rs) := t.inventory("aws_dax_cluster", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "DAX cluster a does not encrypt data at rest."}} with input as _inv([object.union(_good, {"sse_status": "DISABLED"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"sse_status": "DISABLED", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_sse_status_fails if {
	policy.deny == {{"id": "a", "msg": "DAX cluster a: its encryption status could not be determined."}} with input as _inv([object.remove(_good, ["sse_status"])])
}

test_null_sse_status_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sse_status": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sse_status": true})])
}
