package hipaa.aws.ec2.instance_age_test

import data.hipaa.aws.ec2.instance_age as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "state": "running", "age_days": 10}

_inv(rs) := t.inventory("aws_ec2_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a was launched 181 days ago (more than 180)."}} with input as _inv([object.union(_good, {"age_days": 181})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"age_days": 181, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_age_days_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its launch time or age limit could not be read."}} with input as _inv([object.remove(_good, ["age_days"])])
}

test_null_age_days_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"age_days": null})])
}

test_missing_state_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its launch time or age limit could not be read."}} with input as _inv([object.remove(_good, ["state"])])
}

test_null_state_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"state": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"age_days": "10"})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"age_days": 180})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The instance is not running."} with input as _inv([object.union(_good, {"state": "stopped"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"state": "stopped"})])
}

test_scan_limit_applies if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a was launched 91 days ago (more than 90)."}} with input as _inv([object.union(_good, {"age_days": 91, "age_limit_days": 90})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"age_days": 300, "age_limit_days": 365})])
}

test_missing_age_limit_days_uses_the_default if {
	t.ids(policy.deny) == set() with input as _inv([object.remove(_good, ["age_limit_days"])])
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"age_days": 181})])
}

test_null_age_limit_days_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its launch time or age limit could not be read."}} with input as _inv([object.union(_good, {"age_limit_days": null})])
}

test_wrong_type_age_limit_days_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"age_limit_days": "90"})])
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"age_limit_days": 0})])
}

test_several_limits_only_the_old_instance_fails if {
	t.ids(policy.deny) == {"b"} with input as _inv([object.union(_good, {"age_days": 100, "age_limit_days": 120}), object.union(_good, {"id": "b", "name": "b", "age_days": 100, "age_limit_days": 30}), object.union(_good, {"id": "c", "name": "c", "age_days": 170})])
}
