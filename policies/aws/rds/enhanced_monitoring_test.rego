package hipaa.aws.rds.enhanced_monitoring_test

import data.hipaa.aws.rds.enhanced_monitoring as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "monitoring_interval": 60}

_inv(rs) := t.inventory("aws_rds_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a does not have Enhanced Monitoring."}} with input as _inv([object.union(_good, {"monitoring_interval": 0})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"monitoring_interval": 0, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_monitoring_interval_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a: its monitoring interval could not be determined."}} with input as _inv([object.remove(_good, ["monitoring_interval"])])
}

test_null_monitoring_interval_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"monitoring_interval": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"monitoring_interval": "60"})])
}
