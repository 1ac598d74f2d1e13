package hipaa.aws.elb.listeners_encrypted_test

import data.hipaa.aws.elb.listeners_encrypted as policy
import data.hipaa.lib.testing as t
import rego.v1

_lb(id, listeners) := {"id": id, "name": id, "listeners": listeners}

_inv(lbs) := t.inventory("aws_elb_load_balancer", lbs)

_https := {"protocol": "HTTPS", "port": 443}

_ssl := {"protocol": "SSL", "port": 636}

_http := {"protocol": "HTTP", "port": 80}

test_https_and_ssl_pass if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", [_https, _ssl])])
	t.ids(policy.not_applicable) == set() with input as _inv([_lb("a", [_https, _ssl])])
}

test_http_fails if {
	policy.deny == {{"id": "a", "msg": "Classic load balancer a has a plaintext HTTP listener on port 80."}} with input as _inv([_lb("a", [_https, _http])])
}

test_tcp_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", [{"protocol": "TCP", "port": 5432}])])
}

test_no_listeners_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", [])])
	t.ids(policy.not_applicable) == {"a"} with input as _inv([_lb("a", [])])
}

test_missing_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a"}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a"}])
}

test_null_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", null)])
}

test_scalar_listeners_fails_only_that_load_balancer if {
	t.ids(policy.deny) == {"bool", "str", "bad"} with input as _inv([
		_lb("bool", false),
		_lb("str", "HTTPS"),
		_lb("good", [_https]),
		_lb("bad", [_http]),
	])
}

test_listener_without_protocol_fails if {
	t.ids(policy.deny) == {"missing", "null", "number", "scalar"} with input as _inv([
		_lb("missing", [{"port": 443}]),
		_lb("null", [{"protocol": null, "port": 443}]),
		_lb("number", [{"protocol": 443, "port": 443}]),
		_lb("scalar", [true]),
		_lb("good", [_https]),
	])
}

test_listener_without_port_still_named if {
	policy.deny == {{"id": "a", "msg": "Classic load balancer a has a plaintext HTTP listener on port unknown."}} with input as _inv([_lb("a", [{"protocol": "HTTP"}])])
}

test_unnamed_load_balancer_still_denied if {
	policy.deny == {{"id": "arn:a", "msg": "Classic load balancer arn:a has a plaintext HTTP listener on port 80."}} with input as _inv([{"id": "arn:a", "listeners": [_http]}])
}

test_several_load_balancers if {
	t.ids(policy.deny) == {"plain", "mixed", "unread"} with input as _inv([
		_lb("tls", [_https]),
		_lb("plain", [_http]),
		_lb("mixed", [_ssl, _http]),
		_lb("empty", []),
		{"id": "unread", "name": "unread"},
	])
	t.ids(policy.not_applicable) == {"empty"} with input as _inv([_lb("tls", [_https]), _lb("empty", [])])
}
