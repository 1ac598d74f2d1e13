package hipaa.host.ssh.password_authentication_test

import data.hipaa.host.ssh.password_authentication as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_good := {"password_authentication": false}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_password_authentication_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"password_authentication": true})),
		_host("h2", _good),
	])
}

test_missing_ssh_password_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["password_authentication"])), _host("h2", _good)])
}

test_null_ssh_password_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"password_authentication": null})), _host("h2", _good)])
}

test_wrong_type_ssh_password_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"password_authentication": "yes"})), _host("h2", _good)])
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
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd PasswordAuthentication is true; it must be no."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"password_authentication": true})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
