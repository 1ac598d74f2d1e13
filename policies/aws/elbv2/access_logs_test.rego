package hipaa.aws.elbv2.access_logs_test

import data.hipaa.aws.elbv2.access_logs as policy
import data.hipaa.lib.testing as t
import rego.v1

_lb(id, type, logs) := {"id": id, "name": id, "type": type, "access_logs": logs}

_inv(lbs) := t.inventory("aws_lb", lbs)

test_logging_passes if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", "application", true), _lb("b", "network", true)])
	t.ids(policy.not_applicable) == set() with input as _inv([_lb("a", "application", true)])
}

test_not_logging_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a writes no access logs."}} with input as _inv([_lb("a", "application", false)])
}

test_gateway_load_balancer_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_lb("g", "gateway", false)])
	t.ids(policy.not_applicable) == {"g"} with input as _inv([_lb("g", "gateway", false)])
}

test_missing_access_logs_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a: whether it writes access logs could not be read."}} with input as _inv([{"id": "a", "name": "a", "type": "application"}])
}

test_null_access_logs_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", "network", null)])
}

test_wrong_type_access_logs_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", "application", "true")])
}

test_missing_type_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a", "access_logs": true}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a", "access_logs": true}])
}

test_null_type_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", null, true)])
}

test_several_load_balancers if {
	t.ids(policy.deny) == {"off", "unread", "untyped"} with input as _inv([
		_lb("on", "application", true),
		_lb("off", "network", false),
		_lb("gw", "gateway", false),
		{"id": "unread", "type": "application"},
		{"id": "untyped", "access_logs": true},
	])
}
