package hipaa.aws.autoscaling.elb_health_check_test

import data.hipaa.aws.autoscaling.elb_health_check as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "health_check_type": "ELB", "load_balancer_names": [], "target_group_arns": ["arn:tg"]}

_inv(rs) := t.inventory("aws_autoscaling_group", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"health_check_type": "EC2,ELB"})])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Auto Scaling group a is behind a load balancer but does not use its health checks."}} with input as _inv([object.union(_good, {"health_check_type": "EC2"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"health_check_type": "EC2", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_health_check_type if {
	policy.deny == {{"id": "a", "msg": "Auto Scaling group a: its health check settings could not be determined."}} with input as _inv([object.remove(_good, ["health_check_type"])])
}

test_null_health_check_type if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"health_check_type": null})])
}

test_missing_load_balancer_names if {
	policy.deny == {{"id": "a", "msg": "Auto Scaling group a: its health check settings could not be determined."}} with input as _inv([object.remove(_good, ["load_balancer_names"])])
}

test_null_load_balancer_names if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"load_balancer_names": null})])
}

test_missing_target_group_arns if {
	policy.deny == {{"id": "a", "msg": "Auto Scaling group a: its health check settings could not be determined."}} with input as _inv([object.remove(_good, ["target_group_arns"])])
}

test_null_target_group_arns if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"target_group_arns": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"health_check_type": 1})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"target_group_arns": "arn:tg"})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The group registers its instances with no load balancer or target group."} with input as _inv([object.union(_good, {"target_group_arns": []})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"target_group_arns": []})])
}
