package hipaa.host.system.mac_test

import data.hipaa.host.system.mac as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "mac": {"active": true}}])
}

test_permissive_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "mac": {"active": false}}, {"id": "h2", "name": "h2", "tags": {}, "mac": {"active": true}}])
}

test_missing_mac_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "mac": {}}, {"id": "h2", "name": "h2", "tags": {}, "mac": {"active": true}}])
}

test_null_mac_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "mac": {"active": null}}, {"id": "h2", "name": "h2", "tags": {}, "mac": {"active": true}}])
}

test_wrong_type_mac_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "mac": {"active": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "mac": {"active": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "mac": null}, {"id": "h3", "name": "h3", "tags": {}, "mac": "x"}, {"id": "ok", "name": "ok", "tags": {}, "mac": {"active": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "mac": {"active": true}}, {"id": "b", "name": "b", "tags": {}, "mac": {"active": false}}, {"id": "c", "name": "c", "tags": {}, "mac": {"active": true}}, {"id": "d", "name": "d", "tags": {}, "mac": {"active": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
