package hipaa.host.ssh.max_sessions_test

import data.hipaa.host.ssh.max_sessions as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"max_sessions": 10}}])
}

test_max_sessions_20_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"max_sessions": 20}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"max_sessions": 10}}])
}

test_max_sessions_0_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"max_sessions": 0}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"max_sessions": 10}}])
}

test_missing_ssh_max_sessions_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"max_sessions": 10}}])
}

test_null_ssh_max_sessions_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"max_sessions": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"max_sessions": 10}}])
}

test_wrong_type_ssh_max_sessions_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"max_sessions": "10"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"max_sessions": 10}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"max_sessions": 10}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"max_sessions": 10}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"max_sessions": 20}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"max_sessions": 10}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"max_sessions": 20}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
