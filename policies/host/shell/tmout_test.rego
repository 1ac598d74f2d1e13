package hipaa.host.shell.tmout_test

import data.hipaa.host.shell.tmout as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, shell_timeout) := {"id": id, "name": id, "tags": {}, "shell_timeout": shell_timeout}

_good := {"tmout": 900, "readonly": true, "exported": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_tmout_600_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tmout": 600})),
		_host("h2", _good),
	])
}

test_tmout_901_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tmout": 901})),
		_host("h2", _good),
	])
}

test_tmout_0_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tmout": 0})),
		_host("h2", _good),
	])
}

test_not_readonly_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"readonly": false})),
		_host("h2", _good),
	])
}

test_missing_shell_timeout_tmout_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["tmout"])), _host("h2", _good)])
}

test_null_shell_timeout_tmout_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"tmout": null})), _host("h2", _good)])
}

test_wrong_type_shell_timeout_tmout_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"tmout": "900"})), _host("h2", _good)])
}

test_missing_shell_timeout_readonly_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["readonly"])), _host("h2", _good)])
}

test_null_shell_timeout_readonly_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"readonly": null})), _host("h2", _good)])
}

test_wrong_type_shell_timeout_readonly_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"readonly": "yes"})), _host("h2", _good)])
}

test_missing_shell_timeout_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "shell_timeout"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: shell TMOUT is 3600; it must be 1 to 900 seconds."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tmout": 3600})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

# TMOUT=900 readonly but never exported used to pass: shells started from the login shell have
# no timeout, so it fails now.
test_not_exported_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"exported": false})),
		_host("h2", object.remove(_good, ["exported"])),
		_host("h3", object.union(_good, {"exported": null})),
		_host("ok", _good),
	])
}
