package hipaa.host.ssh.use_pam_test

import data.hipaa.host.ssh.use_pam as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"use_pam": "yes"}}])
}

test_use_pam_no_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"use_pam": "no"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"use_pam": "yes"}}])
}

test_missing_ssh_use_pam_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"use_pam": "yes"}}])
}

test_null_ssh_use_pam_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"use_pam": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"use_pam": "yes"}}])
}

test_wrong_type_ssh_use_pam_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"use_pam": 5}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"use_pam": "yes"}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"use_pam": "yes"}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"use_pam": "yes"}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"use_pam": "no"}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"use_pam": "yes"}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"use_pam": "no"}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
