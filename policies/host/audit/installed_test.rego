package hipaa.host.audit.installed_test

import data.hipaa.host.audit.installed as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, auditd) := {"id": id, "name": id, "tags": {}, "auditd": auditd}

_good := {"installed": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_not_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": false})),
		_host("h2", _good),
	])
}

test_missing_auditd_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["installed"])), _host("h2", _good)])
}

test_null_auditd_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"installed": null})), _host("h2", _good)])
}

test_wrong_type_auditd_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"installed": "yes"})), _host("h2", _good)])
}

test_missing_auditd_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "auditd"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: auditd is not installed."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": false})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

# The package check reads the package list alone: a host without auditd_service facts (unit
# states unreadable) is still judged on it.
test_judged_without_unit_states if {
	t.ids(policy.deny) == {"h2"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1", "auditd": {"installed": true}},
		{"id": "h2", "name": "h2", "auditd": {"installed": false}},
	])
}
