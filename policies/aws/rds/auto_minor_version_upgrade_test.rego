package hipaa.aws.rds.auto_minor_version_upgrade_test

import data.hipaa.aws.rds.auto_minor_version_upgrade as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "auto_minor_version_upgrade": true}

_inv(rs) := t.inventory("aws_rds_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a does not apply minor engine upgrades automatically."}} with input as _inv([object.union(_good, {"auto_minor_version_upgrade": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"auto_minor_version_upgrade": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_auto_minor_version_upgrade_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a: whether it applies minor upgrades could not be determined."}} with input as _inv([object.remove(_good, ["auto_minor_version_upgrade"])])
}

test_null_auto_minor_version_upgrade_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"auto_minor_version_upgrade": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"auto_minor_version_upgrade": "true"})])
}
