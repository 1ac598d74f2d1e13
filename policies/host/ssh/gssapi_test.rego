package hipaa.host.ssh.gssapi_test

import data.hipaa.host.ssh.gssapi as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"gssapi_authentication": false}}])
}

test_gssapi_authentication_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"gssapi_authentication": true}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"gssapi_authentication": false}}])
}

test_missing_ssh_gssapi_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"gssapi_authentication": false}}])
}

test_null_ssh_gssapi_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"gssapi_authentication": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"gssapi_authentication": false}}])
}

test_wrong_type_ssh_gssapi_authentication_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"gssapi_authentication": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"gssapi_authentication": false}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"gssapi_authentication": false}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"gssapi_authentication": false}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"gssapi_authentication": true}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"gssapi_authentication": false}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"gssapi_authentication": true}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
