package hipaa.host.system.kdump_test

import data.hipaa.host.system.kdump as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"kdump_enabled": false}}])
}

test_kdump_on_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"kdump_enabled": true}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"kdump_enabled": false}}])
}

test_missing_system_units_kdump_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"kdump_enabled": false}}])
}

test_null_system_units_kdump_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"kdump_enabled": null}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"kdump_enabled": false}}])
}

test_wrong_type_system_units_kdump_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"kdump_enabled": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"kdump_enabled": false}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "system_units": null}, {"id": "h3", "name": "h3", "tags": {}, "system_units": "x"}, {"id": "ok", "name": "ok", "tags": {}, "system_units": {"kdump_enabled": false}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "system_units": {"kdump_enabled": false}}, {"id": "b", "name": "b", "tags": {}, "system_units": {"kdump_enabled": true}}, {"id": "c", "name": "c", "tags": {}, "system_units": {"kdump_enabled": false}}, {"id": "d", "name": "d", "tags": {}, "system_units": {"kdump_enabled": true}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
