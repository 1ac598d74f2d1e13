package hipaa.host.ssh.idle_timeout_test

import data.hipaa.host.ssh.idle_timeout as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_good := {"client_alive_interval": 300, "client_alive_count_max": 3}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_exactly_900_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"client_alive_interval": 900, "client_alive_count_max": 1})),
		_host("h2", _good),
	])
}

test_over_900_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"client_alive_interval": 301, "client_alive_count_max": 3})),
		_host("h2", _good),
	])
}

test_interval_zero_disables_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"client_alive_interval": 0})),
		_host("h2", _good),
	])
}

test_count_zero_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"client_alive_count_max": 0})),
		_host("h2", _good),
	])
}

test_missing_ssh_client_alive_interval_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["client_alive_interval"])), _host("h2", _good)])
}

test_null_ssh_client_alive_interval_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"client_alive_interval": null})), _host("h2", _good)])
}

test_wrong_type_ssh_client_alive_interval_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"client_alive_interval": "300"})), _host("h2", _good)])
}

test_missing_ssh_client_alive_count_max_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["client_alive_count_max"])), _host("h2", _good)])
}

test_null_ssh_client_alive_count_max_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"client_alive_count_max": null})), _host("h2", _good)])
}

test_wrong_type_ssh_client_alive_count_max_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"client_alive_count_max": "3"})), _host("h2", _good)])
}

test_missing_ssh_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "ssh"),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
