package hipaa.host.ssh.strict_modes_test

import data.hipaa.host.ssh.strict_modes as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"strict_modes": true}}])
}

test_strict_modes_no_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"strict_modes": false}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"strict_modes": true}}])
}

test_missing_ssh_strict_modes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"strict_modes": true}}])
}

test_null_ssh_strict_modes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"strict_modes": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"strict_modes": true}}])
}

test_wrong_type_ssh_strict_modes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"strict_modes": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"strict_modes": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"strict_modes": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"strict_modes": true}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"strict_modes": false}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"strict_modes": true}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"strict_modes": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
