package hipaa.aws.ec2.stopped_instance_test

import data.hipaa.aws.ec2.stopped_instance as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "state": "stopped", "stopped_days": 3}

_inv(rs) := t.inventory("aws_ec2_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a has been stopped for 31 days (more than 30)."}} with input as _inv([object.union(_good, {"stopped_days": 31})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"stopped_days": 31, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_stopped_days_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its state or the time it stopped could not be read."}} with input as _inv([object.remove(_good, ["stopped_days"])])
}

test_null_stopped_days_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"stopped_days": null})])
}

test_missing_state_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its state or the time it stopped could not be read."}} with input as _inv([object.remove(_good, ["state"])])
}

test_null_state_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"state": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"stopped_days": "3"})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"stopped_days": 30})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The instance is not stopped."} with input as _inv([object.union(_good, {"state": "running", "stopped_days": null})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"state": "running", "stopped_days": null})])
}
