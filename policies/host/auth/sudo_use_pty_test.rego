package hipaa.host.auth.sudo_use_pty_test

import data.hipaa.host.auth.sudo_use_pty as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"use_pty": true}}])
}

test_no_pty_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"use_pty": false}}, {"id": "h2", "name": "h2", "tags": {}, "sudo": {"use_pty": true}}])
}

test_missing_sudo_use_pty_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {}}, {"id": "h2", "name": "h2", "tags": {}, "sudo": {"use_pty": true}}])
}

test_null_sudo_use_pty_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"use_pty": null}}, {"id": "h2", "name": "h2", "tags": {}, "sudo": {"use_pty": true}}])
}

test_wrong_type_sudo_use_pty_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"use_pty": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "sudo": {"use_pty": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "sudo": null}, {"id": "h3", "name": "h3", "tags": {}, "sudo": "x"}, {"id": "ok", "name": "ok", "tags": {}, "sudo": {"use_pty": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "sudo": {"use_pty": true}}, {"id": "b", "name": "b", "tags": {}, "sudo": {"use_pty": false}}, {"id": "c", "name": "c", "tags": {}, "sudo": {"use_pty": true}}, {"id": "d", "name": "d", "tags": {}, "sudo": {"use_pty": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
