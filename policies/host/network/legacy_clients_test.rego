package hipaa.host.network.legacy_clients_test

import data.hipaa.host.network.legacy_clients as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "legacy_clients": {"installed": []}}])
}

test_telnet_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "legacy_clients": {"installed": ["telnet"]}}, {"id": "h2", "name": "h2", "tags": {}, "legacy_clients": {"installed": []}}])
}

test_missing_legacy_clients_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "legacy_clients": {}}, {"id": "h2", "name": "h2", "tags": {}, "legacy_clients": {"installed": []}}])
}

test_null_legacy_clients_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "legacy_clients": {"installed": null}}, {"id": "h2", "name": "h2", "tags": {}, "legacy_clients": {"installed": []}}])
}

test_wrong_type_legacy_clients_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "legacy_clients": {"installed": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "legacy_clients": {"installed": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "legacy_clients": null}, {"id": "h3", "name": "h3", "tags": {}, "legacy_clients": "x"}, {"id": "ok", "name": "ok", "tags": {}, "legacy_clients": {"installed": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "legacy_clients": {"installed": []}}, {"id": "b", "name": "b", "tags": {}, "legacy_clients": {"installed": ["telnet"]}}, {"id": "c", "name": "c", "tags": {}, "legacy_clients": {"installed": []}}, {"id": "d", "name": "d", "tags": {}, "legacy_clients": {"installed": ["telnet"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
