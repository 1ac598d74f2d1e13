package hipaa.host.network.ip_forwarding_test

import data.hipaa.host.network.ip_forwarding as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, sysctl) := {"id": id, "name": id, "tags": {}, "sysctl": sysctl}

_good := {"ipv4_ip_forward": 0}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_forwarding_on_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv4_ip_forward": 1})),
		_host("h2", _good),
	])
}

test_missing_sysctl_ipv4_ip_forward_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["ipv4_ip_forward"])), _host("h2", _good)])
}

test_null_sysctl_ipv4_ip_forward_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ipv4_ip_forward": null})), _host("h2", _good)])
}

test_wrong_type_sysctl_ipv4_ip_forward_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ipv4_ip_forward": "0"})), _host("h2", _good)])
}

test_missing_sysctl_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "sysctl"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: net.ipv4.ip_forward is 1; it must be 0."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv4_ip_forward": 1})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
