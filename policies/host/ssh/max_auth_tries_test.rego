package hipaa.host.ssh.max_auth_tries_test

import data.hipaa.host.ssh.max_auth_tries as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_good := {"max_auth_tries": 4}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_one_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_auth_tries": 1})),
		_host("h2", _good),
	])
}

test_five_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_auth_tries": 5})),
		_host("h2", _good),
	])
}

test_default_six_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_auth_tries": 6})),
		_host("h2", _good),
	])
}

test_zero_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_auth_tries": 0})),
		_host("h2", _good),
	])
}

test_missing_ssh_max_auth_tries_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["max_auth_tries"])), _host("h2", _good)])
}

test_null_ssh_max_auth_tries_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"max_auth_tries": null})), _host("h2", _good)])
}

test_wrong_type_ssh_max_auth_tries_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"max_auth_tries": "4"})), _host("h2", _good)])
}

test_missing_ssh_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "ssh"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd MaxAuthTries is 6; it must be 1 to 4."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_auth_tries": 6})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
