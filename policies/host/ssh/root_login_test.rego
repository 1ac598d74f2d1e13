package hipaa.host.ssh.root_login_test

import data.hipaa.host.ssh.root_login as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_good := {"permit_root_login": "no"}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_root_login_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"permit_root_login": "yes"})),
		_host("h2", _good),
	])
}

test_prohibit_password_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"permit_root_login": "prohibit-password"})),
		_host("h2", _good),
	])
}

test_forced_commands_only_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"permit_root_login": "forced-commands-only"})),
		_host("h2", _good),
	])
}

test_missing_ssh_permit_root_login_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["permit_root_login"])), _host("h2", _good)])
}

test_null_ssh_permit_root_login_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"permit_root_login": null})), _host("h2", _good)])
}

test_wrong_type_ssh_permit_root_login_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"permit_root_login": false})), _host("h2", _good)])
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
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd PermitRootLogin is yes; it must be no."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"permit_root_login": "yes"})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

# A null value reads "not reported" in the message, never "is null".
test_null_message_says_not_reported if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd PermitRootLogin is not reported; it must be no."}} with input as t.inventory("host", [
		_host("h1", {"permit_root_login": null}),
		_host("h2", _good),
	])
}
