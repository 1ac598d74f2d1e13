package hipaa.host.network.firewall_test

import data.hipaa.host.network.firewall as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, firewall) := {"id": id, "name": id, "tags": {}, "firewall": firewall}

_good := {"active": true, "input_policy": "drop"}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_reject_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"input_policy": "reject"})),
		_host("h2", _good),
	])
}

test_accept_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"input_policy": "accept"})),
		_host("h2", _good),
	])
}

test_none_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"input_policy": "none"})),
		_host("h2", _good),
	])
}

test_inactive_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"active": false, "input_policy": null})),
		_host("h2", _good),
	])
}

test_missing_firewall_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["active"])), _host("h2", _good)])
}

test_null_firewall_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"active": null})), _host("h2", _good)])
}

test_wrong_type_firewall_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"active": "true"})), _host("h2", _good)])
}

test_missing_firewall_input_policy_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["input_policy"])), _host("h2", _good)])
}

test_null_firewall_input_policy_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"input_policy": null})), _host("h2", _good)])
}

test_wrong_type_firewall_input_policy_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"input_policy": 0})), _host("h2", _good)])
}

test_missing_firewall_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "firewall"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the firewall's input policy is accept; it must drop or reject by default."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"input_policy": "accept"})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
