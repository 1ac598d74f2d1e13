package hipaa.host.ssh.log_level_test

import data.hipaa.host.ssh.log_level as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"log_level": "VERBOSE"}}])
}

test_quiet_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"log_level": "QUIET"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"log_level": "VERBOSE"}}])
}

test_debug3_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"log_level": "DEBUG3"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"log_level": "VERBOSE"}}])
}

test_missing_ssh_log_level_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"log_level": "VERBOSE"}}])
}

test_null_ssh_log_level_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"log_level": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"log_level": "VERBOSE"}}])
}

test_wrong_type_ssh_log_level_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"log_level": 5}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"log_level": "VERBOSE"}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"log_level": "VERBOSE"}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"log_level": "VERBOSE"}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"log_level": "QUIET"}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"log_level": "VERBOSE"}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"log_level": "QUIET"}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
