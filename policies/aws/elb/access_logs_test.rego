package hipaa.aws.elb.access_logs_test

import data.hipaa.aws.elb.access_logs as policy
import data.hipaa.lib.testing as t
import rego.v1

_lb(id, logs) := {"id": id, "name": id, "access_logs": logs}

_inv(lbs) := t.inventory("aws_elb_load_balancer", lbs)

test_logging_passes if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", true)])
}

test_not_logging_fails if {
	policy.deny == {{"id": "a", "msg": "Classic load balancer a writes no access logs."}} with input as _inv([_lb("a", false)])
}

test_missing_access_logs_fails if {
	policy.deny == {{"id": "a", "msg": "Classic load balancer a: whether it writes access logs could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_access_logs_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", null)])
}

test_wrong_type_access_logs_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([_lb("a", "true"), _lb("b", {"enabled": true})])
}

test_several_load_balancers if {
	t.ids(policy.deny) == {"off", "unread"} with input as _inv([
		_lb("on", true),
		_lb("off", false),
		{"id": "unread"},
	])
}
