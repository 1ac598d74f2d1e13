package hipaa.host.integrity.fim_installed_test

import data.hipaa.host.integrity.fim_installed as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, integrity) := {"id": id, "name": id, "tags": {}, "integrity": integrity}

_good := {"tools_installed": ["aide"], "scheduled": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_wazuh_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tools_installed": ["wazuh-agent"]})),
		_host("h2", _good),
	])
}

test_none_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tools_installed": []})),
		_host("h2", _good),
	])
}

test_item_not_a_string_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tools_installed": ["aide", 5]})),
		_host("h2", _good),
	])
}

test_missing_integrity_tools_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["tools_installed"])), _host("h2", _good)])
}

test_null_integrity_tools_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"tools_installed": null})), _host("h2", _good)])
}

test_wrong_type_integrity_tools_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"tools_installed": "aide"})), _host("h2", _good)])
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
	policy.deny == {{"id": "h1", "msg": "Host h1: no file-integrity monitoring tool is installed."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"tools_installed": []})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
