package hipaa.host.ssh.empty_passwords_test

import data.hipaa.host.ssh.empty_passwords as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_good := {"permit_empty_passwords": false}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_permit_empty_passwords_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"permit_empty_passwords": true})),
		_host("h2", _good),
	])
}

test_missing_ssh_permit_empty_passwords_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["permit_empty_passwords"])), _host("h2", _good)])
}

test_null_ssh_permit_empty_passwords_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"permit_empty_passwords": null})), _host("h2", _good)])
}

test_wrong_type_ssh_permit_empty_passwords_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"permit_empty_passwords": "yes"})), _host("h2", _good)])
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
