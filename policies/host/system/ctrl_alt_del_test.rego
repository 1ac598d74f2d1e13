package hipaa.host.system.ctrl_alt_del_test

import data.hipaa.host.system.ctrl_alt_del as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}])
}

test_unmasked_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"ctrl_alt_del_masked": false}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}])
}

test_missing_system_units_ctrl_alt_del_masked_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}])
}

test_null_system_units_ctrl_alt_del_masked_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"ctrl_alt_del_masked": null}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}])
}

test_wrong_type_system_units_ctrl_alt_del_masked_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "system_units": {"ctrl_alt_del_masked": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "system_units": null}, {"id": "h3", "name": "h3", "tags": {}, "system_units": "x"}, {"id": "ok", "name": "ok", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}, {"id": "b", "name": "b", "tags": {}, "system_units": {"ctrl_alt_del_masked": false}}, {"id": "c", "name": "c", "tags": {}, "system_units": {"ctrl_alt_del_masked": true}}, {"id": "d", "name": "d", "tags": {}, "system_units": {"ctrl_alt_del_masked": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
