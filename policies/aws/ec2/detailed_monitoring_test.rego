package hipaa.aws.ec2.detailed_monitoring_test

import data.hipaa.aws.ec2.detailed_monitoring as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "state": "running", "monitoring": "enabled"}

_inv(rs) := t.inventory("aws_ec2_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a does not have detailed monitoring."}} with input as _inv([object.union(_good, {"monitoring": "disabled"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"monitoring": "disabled", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_monitoring_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its monitoring state could not be determined."}} with input as _inv([object.remove(_good, ["monitoring"])])
}

test_null_monitoring_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"monitoring": null})])
}

test_missing_state_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its monitoring state could not be determined."}} with input as _inv([object.remove(_good, ["state"])])
}

test_null_state_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"state": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"monitoring": true})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The instance is terminated or shutting down."} with input as _inv([object.union(_good, {"state": "terminated"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"state": "terminated"})])
}
