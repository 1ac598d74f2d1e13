package hipaa.host.ssh.login_grace_time_test

import data.hipaa.host.ssh.login_grace_time as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_good := {"login_grace_time": 60}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_thirty_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"login_grace_time": 30})),
		_host("h2", _good),
	])
}

test_default_120_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"login_grace_time": 120})),
		_host("h2", _good),
	])
}

test_zero_unlimited_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"login_grace_time": 0})),
		_host("h2", _good),
	])
}

test_missing_ssh_login_grace_time_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["login_grace_time"])), _host("h2", _good)])
}

test_null_ssh_login_grace_time_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"login_grace_time": null})), _host("h2", _good)])
}

test_wrong_type_ssh_login_grace_time_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"login_grace_time": "60"})), _host("h2", _good)])
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
