package hipaa.aws.dms.auto_minor_upgrade_test

import data.hipaa.aws.dms.auto_minor_upgrade as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "auto_minor_version_upgrade": true}

_inv(rs) := t.inventory("aws_dms_replication_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "DMS replication instance a does not upgrade its engine's minor versions automatically."}} with input as _inv([object.union(_good, {"auto_minor_version_upgrade": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"auto_minor_version_upgrade": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_auto_minor_version_upgrade if {
	policy.deny == {{"id": "a", "msg": "DMS replication instance a: its upgrade setting could not be determined."}} with input as _inv([object.remove(_good, ["auto_minor_version_upgrade"])])
}

test_null_auto_minor_version_upgrade if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"auto_minor_version_upgrade": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"auto_minor_version_upgrade": 1})])
}
