package hipaa.host.integrity.fim_scheduled_test

import data.hipaa.host.integrity.fim_scheduled as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, integrity) := {"id": id, "name": id, "tags": {}, "integrity": integrity}

_good := {"tools_installed": ["aide"], "scheduled": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_not_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"scheduled": false})),
		_host("h2", _good),
	])
}

test_missing_integrity_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["scheduled"])), _host("h2", _good)])
}

test_null_integrity_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"scheduled": null})), _host("h2", _good)])
}

test_wrong_type_integrity_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"scheduled": "yes"})), _host("h2", _good)])
}

test_missing_integrity_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "integrity"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no file-integrity check is scheduled."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"scheduled": false})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
