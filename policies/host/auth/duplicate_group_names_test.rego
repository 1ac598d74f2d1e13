package hipaa.host.auth.duplicate_group_names_test

import data.hipaa.host.auth.duplicate_group_names as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_names": []}}])
}

test_dup_group_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_names": ["wheel"]}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_names": []}}])
}

test_missing_groups_duplicate_names_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_names": []}}])
}

test_null_groups_duplicate_names_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_names": null}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_names": []}}])
}

test_wrong_type_groups_duplicate_names_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "groups": {"duplicate_names": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "groups": {"duplicate_names": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "groups": null}, {"id": "h3", "name": "h3", "tags": {}, "groups": "x"}, {"id": "ok", "name": "ok", "tags": {}, "groups": {"duplicate_names": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "groups": {"duplicate_names": []}}, {"id": "b", "name": "b", "tags": {}, "groups": {"duplicate_names": ["wheel"]}}, {"id": "c", "name": "c", "tags": {}, "groups": {"duplicate_names": []}}, {"id": "d", "name": "d", "tags": {}, "groups": {"duplicate_names": ["wheel"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
