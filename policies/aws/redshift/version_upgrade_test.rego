package hipaa.aws.redshift.version_upgrade_test

import data.hipaa.aws.redshift.version_upgrade as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "allow_version_upgrade": true}

_inv(rs) := t.inventory("aws_redshift_cluster", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a does not allow version upgrades."}} with input as _inv([object.union(_good, {"allow_version_upgrade": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"allow_version_upgrade": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_allow_version_upgrade_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: whether it allows version upgrades could not be determined."}} with input as _inv([object.remove(_good, ["allow_version_upgrade"])])
}

test_null_allow_version_upgrade_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"allow_version_upgrade": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"allow_version_upgrade": "true"})])
}
