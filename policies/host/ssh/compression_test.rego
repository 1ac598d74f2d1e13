package hipaa.host.ssh.compression_test

import data.hipaa.host.ssh.compression as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"compression": "no"}}])
}

test_compression_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"compression": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"compression": "no"}}])
}

test_missing_ssh_compression_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"compression": "no"}}])
}

test_null_ssh_compression_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"compression": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"compression": "no"}}])
}

test_wrong_type_ssh_compression_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"compression": 5}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"compression": "no"}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"compression": "no"}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"compression": "no"}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"compression": "yes"}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"compression": "no"}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"compression": "yes"}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
