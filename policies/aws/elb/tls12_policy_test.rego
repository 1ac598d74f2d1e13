package hipaa.aws.elb.tls12_policy_test

import data.hipaa.aws.elb.tls12_policy as policy
import data.hipaa.lib.testing as t
import rego.v1

_lb(id, listeners) := {"id": id, "name": id, "listeners": listeners}

_inv(lbs) := t.inventory("aws_elb_load_balancer", lbs)

_l(protocol, port, tls) := {"protocol": protocol, "port": port, "tls_protocols": tls}

_good := _l("HTTPS", 443, ["TLSv1.2"])

_http := {"protocol": "HTTP", "port": 80}

test_tls12_only_passes if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", [_good, _l("SSL", 636, ["TLSv1.2"]), _http])])
	t.ids(policy.not_applicable) == set() with input as _inv([_lb("a", [_good, _http])])
}

test_old_protocols_fail if {
	policy.deny == {{"id": "a", "msg": "Classic load balancer a listener on port 443 allows TLSv1, TLSv1.1."}} with input as _inv([_lb("a", [_l("HTTPS", 443, ["TLSv1.2", "TLSv1.1", "TLSv1"])])])
}

test_ssl_listener_with_sslv3_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", [_l("SSL", 636, ["SSLv3", "TLSv1.2"])])])
}

test_no_tls_listener_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", [_http]), _lb("b", [])])
	t.ids(policy.not_applicable) == {"a", "b"} with input as _inv([_lb("a", [_http]), _lb("b", [])])
}

test_missing_tls_protocols_fails if {
	policy.deny == {{"id": "a", "msg": "Classic load balancer a listener on port 443 has no readable TLS protocols."}} with input as _inv([_lb("a", [{"protocol": "HTTPS", "port": 443}])])
}

test_null_tls_protocols_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", [_l("HTTPS", 443, null)])])
}

test_empty_tls_protocols_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", [_l("HTTPS", 443, [])])])
}

test_scalar_tls_protocols_fails_only_that_load_balancer if {
	t.ids(policy.deny) == {"bool", "str", "nums"} with input as _inv([
		_lb("bool", [_l("HTTPS", 443, true)]),
		_lb("str", [_l("HTTPS", 443, "TLSv1.2")]),
		_lb("nums", [_l("HTTPS", 443, [1, 2])]),
		_lb("good", [_good]),
	])
}

test_missing_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a"}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a"}])
}

test_null_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", null)])
}

test_scalar_listeners_fails_only_that_load_balancer if {
	t.ids(policy.deny) == {"bool", "obj"} with input as _inv([_lb("bool", true), _lb("obj", {"protocol": "HTTPS"}), _lb("good", [_good])])
}

test_unreadable_listener_protocol_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([_lb("a", [{"port": 443, "tls_protocols": ["TLSv1.2"]}]), _lb("b", [null]), _lb("c", [_good])])
	t.ids(policy.not_applicable) == set() with input as _inv([_lb("a", [{"port": 443}])])
}

test_several_load_balancers if {
	t.ids(policy.deny) == {"old", "unread", "gone"} with input as _inv([
		_lb("good", [_good, _http]),
		_lb("old", [_good, _l("SSL", 636, ["TLSv1", "TLSv1.2"])]),
		_lb("unread", [_l("HTTPS", 443, false)]),
		_lb("plain", [_http]),
		{"id": "gone"},
	])
	t.ids(policy.not_applicable) == {"plain"} with input as _inv([_lb("good", [_good]), _lb("plain", [_http]), {"id": "gone"}])
}
