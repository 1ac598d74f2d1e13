package hipaa.host.ssh.user_environment_test

import data.hipaa.host.ssh.user_environment as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"permit_user_environment": false}}])
}

test_permit_user_environment_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"permit_user_environment": true}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"permit_user_environment": false}}])
}

test_missing_ssh_permit_user_environment_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"permit_user_environment": false}}])
}

test_null_ssh_permit_user_environment_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"permit_user_environment": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"permit_user_environment": false}}])
}

test_wrong_type_ssh_permit_user_environment_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"permit_user_environment": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"permit_user_environment": false}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"permit_user_environment": false}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"permit_user_environment": false}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"permit_user_environment": true}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"permit_user_environment": false}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"permit_user_environment": true}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
