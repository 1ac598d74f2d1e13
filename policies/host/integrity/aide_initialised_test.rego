package hipaa.host.integrity.aide_initialised_test

import data.hipaa.host.integrity.aide_initialised as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, tools, db) := {"id": id, "name": id, "tags": {}, "integrity": {"tools_installed": tools, "scheduled": true}, "aide_db": db}

_db := {"path": "/var/lib/aide/aide.db", "initialised": true}

test_initialised_database_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", ["aide"], _db)])
	t.ids(policy.not_applicable) == set() with input as t.inventory("host", [_host("h1", ["aide"], _db)])
}

test_never_initialised_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: AIDE is installed but its database was never initialised."}} with input as t.inventory("host", [
		_host("h1", ["aide"], {"path": null, "initialised": false}),
		_host("h2", ["aide"], _db),
	])
}

test_without_aide_is_not_applicable if {
	inv := t.inventory("host", [_host("wazuh", ["wazuh-agent"], {"initialised": false}), _host("none", [], null), _host("aide", ["aide"], _db)])
	t.ids(policy.not_applicable) == {"wazuh", "none"} with input as inv
	t.ids(policy.deny) == set() with input as inv
}

test_missing_aide_db_initialised_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", ["aide"], {"path": "/var/lib/aide/aide.db"}),
		{"id": "h2", "name": "h2", "integrity": {"tools_installed": ["aide"]}},
		_host("ok", ["aide"], _db),
	])
}

test_null_aide_db_initialised_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", ["aide"], {"initialised": null}),
		_host("h2", ["aide"], null),
		_host("ok", ["aide"], _db),
	])
}

test_wrong_type_initialised_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", ["aide"], {"initialised": "true"}), _host("ok", ["aide"], _db)])
}

test_missing_integrity_tools_installed_fails if {
	inv := t.inventory("host", [
		{"id": "h1", "name": "h1", "aide_db": _db},
		{"id": "h2", "name": "h2", "integrity": {}, "aide_db": _db},
		_host("ok", ["aide"], _db),
	])
	t.ids(policy.deny) == {"h1", "h2"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_null_integrity_tools_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", null, _db), _host("ok", ["aide"], _db)])
}

# "aide" in a scalar used to raise in regorus, blinding the control for every host.
test_wrong_type_tools_fail_without_blinding_other_hosts if {
	inv := t.inventory("host", [
		_host("str", "aide", _db),
		_host("bool", true, _db),
		_host("items", ["aide", 1], _db),
		_host("bad", ["aide"], {"initialised": false}),
		_host("ok", ["aide"], _db),
	])
	t.ids(policy.deny) == {"str", "bool", "items", "bad"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
