package hipaa.aws.dms.not_public_test

import data.hipaa.aws.dms.not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "publicly_accessible": false}

_inv(rs) := t.inventory("aws_dms_replication_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "DMS replication instance a is publicly accessible."}} with input as _inv([object.union(_good, {"publicly_accessible": true})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"publicly_accessible": true, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_publicly_accessible if {
	policy.deny == {{"id": "a", "msg": "DMS replication instance a: its public accessibility could not be determined."}} with input as _inv([object.remove(_good, ["publicly_accessible"])])
}

test_null_publicly_accessible if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"publicly_accessible": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"publicly_accessible": "false"})])
}
