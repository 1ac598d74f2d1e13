package hipaa.host.ssh.host_based_auth_test

import data.hipaa.host.ssh.host_based_auth as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_good := {"hostbased_authentication": false, "ignore_rhosts": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_hostbased_authentication_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"hostbased_authentication": true})),
		_host("h2", _good),
	])
}

test_ignore_rhosts_no_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ignore_rhosts": false})),
		_host("h2", _good),
	])
}

test_missing_ssh_hostbased_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["hostbased_authentication"])), _host("h2", _good)])
}

test_null_ssh_hostbased_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"hostbased_authentication": null})), _host("h2", _good)])
}

test_wrong_type_ssh_hostbased_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"hostbased_authentication": "yes"})), _host("h2", _good)])
}

test_missing_ssh_ignore_rhosts_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["ignore_rhosts"])), _host("h2", _good)])
}

test_null_ssh_ignore_rhosts_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ignore_rhosts": null})), _host("h2", _good)])
}

test_wrong_type_ssh_ignore_rhosts_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ignore_rhosts": "yes"})), _host("h2", _good)])
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
