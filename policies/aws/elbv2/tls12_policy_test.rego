package hipaa.aws.elbv2.tls12_policy_test

import data.hipaa.aws.elbv2.tls12_policy as policy
import data.hipaa.lib.testing as t
import rego.v1

_lb(id, type, listeners) := {"id": id, "name": id, "type": type, "listeners": listeners}

_inv(lbs) := t.inventory("aws_lb", lbs)

_l(protocol, port, tls) := {"protocol": protocol, "port": port, "ssl_policy": "p", "tls_protocols": tls}

_good := _l("HTTPS", 443, ["TLSv1.2", "TLSv1.3"])

_http := {"protocol": "HTTP", "port": 80, "ssl_policy": null}

_geneve := {"protocol": "GENEVE", "port": 6081, "ssl_policy": null}

test_tls12_and_13_pass if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", "application", [_good, _http]), _lb("b", "network", [_l("TLS", 443, ["TLSv1.3"])])])
	t.ids(policy.not_applicable) == set() with input as _inv([_lb("a", "application", [_good, _http])])
}

test_old_policy_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a listener on port 443 allows TLSv1, TLSv1.1 (ELBSecurityPolicy-2016-08)."}} with input as _inv([_lb("a", "application", [{"protocol": "HTTPS", "port": 443, "ssl_policy": "ELBSecurityPolicy-2016-08", "tls_protocols": ["TLSv1", "TLSv1.1", "TLSv1.2"]}])])
}

test_old_policy_without_policy_name_still_named if {
	policy.deny == {{"id": "a", "msg": "Load balancer a listener on port 443 allows TLSv1 (unknown)."}} with input as _inv([_lb("a", "network", [{"protocol": "TLS", "port": 443, "tls_protocols": ["TLSv1", "TLSv1.2"]}])])
}

test_gateway_load_balancer_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_lb("gwlb", "gateway", [_geneve])])
	t.ids(policy.not_applicable) == {"gwlb"} with input as _inv([_lb("gwlb", "gateway", [_geneve])])
}

test_no_tls_listener_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", "application", [_http]), _lb("b", "network", [])])
	t.ids(policy.not_applicable) == {"a", "b"} with input as _inv([_lb("a", "application", [_http]), _lb("b", "network", [])])
}

test_missing_type_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a", "listeners": [_good]}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a", "listeners": [_http]}])
}

test_null_type_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", null, [_good])])
}

test_missing_tls_protocols_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a listener on port 443 has no readable TLS protocols."}} with input as _inv([_lb("a", "network", [{"protocol": "TLS", "port": 443, "ssl_policy": "p"}])])
}

test_null_or_empty_tls_protocols_fails if {
	t.ids(policy.deny) == {"null", "empty"} with input as _inv([
		_lb("null", "application", [_l("HTTPS", 443, null)]),
		_lb("empty", "application", [_l("HTTPS", 443, [])]),
	])
}

test_scalar_tls_protocols_fails_only_that_load_balancer if {
	t.ids(policy.deny) == {"bool", "str", "nums"} with input as _inv([
		_lb("bool", "application", [_l("HTTPS", 443, false)]),
		_lb("str", "application", [_l("HTTPS", 443, "TLSv1.2")]),
		_lb("nums", "application", [_l("HTTPS", 443, [1])]),
		_lb("good", "application", [_good]),
	])
}

test_missing_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a", "type": "application"}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a", "type": "application"}])
}

test_null_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", "application", null)])
}

test_scalar_listeners_fails_only_that_load_balancer if {
	t.ids(policy.deny) == {"bool", "num"} with input as _inv([_lb("bool", "application", false), _lb("num", "network", 443), _lb("good", "application", [_good])])
}

test_unreadable_listener_protocol_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([_lb("a", "application", [{"port": 443, "tls_protocols": ["TLSv1.2"]}]), _lb("b", "network", ["TLS"]), _lb("c", "network", [_good])])
}

test_several_load_balancers if {
	t.ids(policy.deny) == {"old", "unread", "untyped"} with input as _inv([
		_lb("good", "application", [_good, _http]),
		_lb("old", "application", [_l("HTTPS", 443, ["TLSv1", "TLSv1.2"])]),
		_lb("unread", "network", [_l("TLS", 443, true)]),
		_lb("plain", "application", [_http]),
		_lb("gwlb", "gateway", [_geneve]),
		{"id": "untyped", "listeners": [_good]},
	])
	t.ids(policy.not_applicable) == {"plain", "gwlb"} with input as _inv([
		_lb("good", "application", [_good]),
		_lb("plain", "application", [_http]),
		_lb("gwlb", "gateway", [_geneve]),
	])
}
