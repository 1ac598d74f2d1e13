package hipaa.host.auth.duplicate_gids_test

import data.hipaa.host.auth.duplicate_gids as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_gids": []}}])
}

test_dup_gid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_gids": ["1001"]}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_gids": []}}])
}

test_missing_groups_duplicate_gids_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_gids": []}}])
}

test_null_groups_duplicate_gids_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_gids": null}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_gids": []}}])
}

test_wrong_type_groups_duplicate_gids_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_gids": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_gids": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "groups": null}, {"id": "h3", "name": "h3", "tags": {}, "groups": "x"}, {"id": "ok", "name": "ok", "tags": {}, "groups": {"duplicate_gids": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "groups": {"duplicate_gids": []}}, {"id": "b", "name": "b", "tags": {}, "groups": {"duplicate_gids": ["1001"]}}, {"id": "c", "name": "c", "tags": {}, "groups": {"duplicate_gids": []}}, {"id": "d", "name": "d", "tags": {}, "groups": {"duplicate_gids": ["1001"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
