package hipaa.aws.elbv2.listeners_encrypted_test

import data.hipaa.aws.elbv2.listeners_encrypted as policy
import data.hipaa.lib.testing as t
import rego.v1

_lb(id, type, listeners) := {"id": id, "name": id, "type": type, "listeners": listeners}

_inv(lbs) := t.inventory("aws_lb", lbs)

_https := {"protocol": "HTTPS", "port": 443, "redirects_to_https": false}

_tls := {"protocol": "TLS", "port": 8443, "redirects_to_https": false}

_redirect := {"protocol": "HTTP", "port": 80, "redirects_to_https": true}

_http := {"protocol": "HTTP", "port": 80, "redirects_to_https": false}

_geneve := {"protocol": "GENEVE", "port": 6081, "redirects_to_https": false}

test_https_tls_and_redirect_pass if {
	t.ids(policy.deny) == set() with input as _inv([_lb("alb", "application", [_https, _redirect]), _lb("nlb", "network", [_tls])])
	t.ids(policy.not_applicable) == set() with input as _inv([_lb("alb", "application", [_https, _redirect])])
}

test_http_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a has a plaintext HTTP listener on port 80."}} with input as _inv([_lb("a", "application", [_https, _http])])
}

test_tcp_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", "network", [{"protocol": "TCP", "port": 5432}])])
}

test_redirect_counts_only_on_http if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", "network", [{"protocol": "TCP", "port": 80, "redirects_to_https": true}])])
}

test_http_with_missing_or_null_redirect_fails if {
	t.ids(policy.deny) == {"missing", "null"} with input as _inv([
		_lb("missing", "application", [{"protocol": "HTTP", "port": 80}]),
		_lb("null", "application", [{"protocol": "HTTP", "port": 80, "redirects_to_https": null}]),
	])
}

test_gateway_load_balancer_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_lb("gwlb", "gateway", [_geneve])])
	t.ids(policy.not_applicable) == {"gwlb"} with input as _inv([_lb("gwlb", "gateway", [_geneve])])
	t.reasons(policy.not_applicable) == {"gwlb": "Load balancer gwlb is a Gateway Load Balancer: its listeners carry GENEVE traffic on port 6081, which has no TLS."} with input as _inv([_lb("gwlb", "gateway", [_geneve])])
}

test_missing_type_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a: its type (application, network or gateway) could not be read."}} with input as _inv([{"id": "a", "name": "a", "listeners": [_geneve]}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a", "listeners": [_geneve]}])
}

test_null_or_unknown_type_fails if {
	t.ids(policy.deny) == {"null", "num", "other"} with input as _inv([
		_lb("null", null, [_https]),
		_lb("num", 3, [_https]),
		_lb("other", "classic", [_https]),
		_lb("ok", "application", [_https]),
	])
}

test_no_listeners_is_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([_lb("a", "application", [])])
	t.ids(policy.not_applicable) == {"a"} with input as _inv([_lb("a", "application", [])])
}

test_missing_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a", "type": "application"}])
	t.ids(policy.not_applicable) == set() with input as _inv([{"id": "a", "name": "a", "type": "application"}])
}

test_null_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_lb("a", "network", null)])
}

test_scalar_listeners_fails_only_that_load_balancer if {
	t.ids(policy.deny) == {"bool", "str", "bad"} with input as _inv([
		_lb("bool", "application", true),
		_lb("str", "application", "HTTPS"),
		_lb("good", "application", [_https]),
		_lb("bad", "application", [_http]),
	])
}

test_unreadable_listener_fails if {
	t.ids(policy.deny) == {"noproto", "nullproto", "scalar"} with input as _inv([
		_lb("noproto", "application", [{"port": 443}]),
		_lb("nullproto", "application", [{"protocol": null, "port": 443}]),
		_lb("scalar", "application", [false]),
		_lb("good", "application", [_https]),
	])
}

test_several_load_balancers if {
	t.ids(policy.deny) == {"plain", "untyped", "unread"} with input as _inv([
		_lb("alb", "application", [_https, _redirect]),
		_lb("plain", "application", [_https, _http]),
		_lb("gwlb", "gateway", [_geneve]),
		{"id": "untyped", "listeners": [_https]},
		_lb("unread", "network", false),
	])
	t.ids(policy.not_applicable) == {"gwlb"} with input as _inv([
		_lb("alb", "application", [_https]),
		_lb("gwlb", "gateway", [_geneve]),
		{"id": "untyped", "listeners": [_https]},
	])
}
