package hipaa.host.ssh.access_limited_test

import data.hipaa.host.ssh.access_limited as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_users": [], "allow_groups": ["ssh-users"], "deny_users": [], "deny_groups": []}}])
}

test_no_lists_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_users": [], "allow_groups": [], "deny_users": [], "deny_groups": []}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_users": [], "allow_groups": ["ssh-users"], "deny_users": [], "deny_groups": []}}])
}

test_lists_missing_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"deny_users": [], "deny_groups": []}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_users": [], "allow_groups": ["ssh-users"], "deny_users": [], "deny_groups": []}}])
}

test_lists_wrong_type_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh": {"allow_users": [], "allow_groups": "ssh-users", "deny_users": [], "deny_groups": []}}, {"id": "h2", "name": "h2", "tags": {}, "ssh": {"allow_users": [], "allow_groups": ["ssh-users"], "deny_users": [], "deny_groups": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh": {"allow_users": [], "allow_groups": ["ssh-users"], "deny_users": [], "deny_groups": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh": {"allow_users": [], "allow_groups": ["ssh-users"], "deny_users": [], "deny_groups": []}}, {"id": "b", "name": "b", "tags": {}, "ssh": {"allow_users": [], "allow_groups": [], "deny_users": [], "deny_groups": []}}, {"id": "c", "name": "c", "tags": {}, "ssh": {"allow_users": [], "allow_groups": ["ssh-users"], "deny_users": [], "deny_groups": []}}, {"id": "d", "name": "d", "tags": {}, "ssh": {"allow_users": [], "allow_groups": [], "deny_users": [], "deny_groups": []}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
