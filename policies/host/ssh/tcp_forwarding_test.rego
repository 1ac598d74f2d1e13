package hipaa.host.ssh.tcp_forwarding_test

import data.hipaa.host.ssh.tcp_forwarding as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}])
}

test_forwarding_yes_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_tcp_forwarding": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}])
}

test_forwarding_local_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_tcp_forwarding": "local"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}])
}

test_missing_ssh_allow_tcp_forwarding_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}])
}

test_null_ssh_allow_tcp_forwarding_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_tcp_forwarding": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}])
}

test_wrong_type_ssh_allow_tcp_forwarding_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_tcp_forwarding": 5}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"allow_tcp_forwarding": "yes"}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"allow_tcp_forwarding": "no"}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"allow_tcp_forwarding": "yes"}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
