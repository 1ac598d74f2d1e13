package hipaa.host.network.icmp_redirects_test

import data.hipaa.host.network.icmp_redirects as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, sysctl) := {"id": id, "name": id, "tags": {}, "sysctl": sysctl}

_good := {"ipv4_all_accept_redirects": 0, "ipv4_default_accept_redirects": 0, "ipv6_all_accept_redirects": 0, "ipv6_enabled": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_ipv4_all_on_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv4_all_accept_redirects": 1})),
		_host("h2", _good),
	])
}

test_ipv4_default_on_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv4_default_accept_redirects": 1})),
		_host("h2", _good),
	])
}

test_ipv6_on_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv6_all_accept_redirects": 1})),
		_host("h2", _good),
	])
}

test_ipv6_off_and_unreported_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv6_enabled": false, "ipv6_all_accept_redirects": null})),
		_host("h2", _good),
	])
}

test_ipv6_unknown_and_unreported_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv6_enabled": null, "ipv6_all_accept_redirects": null})),
		_host("h2", _good),
	])
}

test_ipv6_setting_null_with_ipv6_on_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv6_all_accept_redirects": null})),
		_host("h2", _good),
	])
}

test_ipv6_setting_string_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv6_all_accept_redirects": "0"})),
		_host("h2", _good),
	])
}

test_missing_sysctl_ipv4_all_accept_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["ipv4_all_accept_redirects"])), _host("h2", _good)])
}

test_null_sysctl_ipv4_all_accept_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ipv4_all_accept_redirects": null})), _host("h2", _good)])
}

test_wrong_type_sysctl_ipv4_all_accept_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ipv4_all_accept_redirects": "0"})), _host("h2", _good)])
}

test_missing_sysctl_ipv4_default_accept_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["ipv4_default_accept_redirects"])), _host("h2", _good)])
}

test_null_sysctl_ipv4_default_accept_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ipv4_default_accept_redirects": null})), _host("h2", _good)])
}

test_wrong_type_sysctl_ipv4_default_accept_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ipv4_default_accept_redirects": false})), _host("h2", _good)])
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
	policy.deny == {{"id": "h1", "msg": "Host h1: ipv4_default_accept_redirects is 1; it must be 0."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ipv4_default_accept_redirects": 1})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
