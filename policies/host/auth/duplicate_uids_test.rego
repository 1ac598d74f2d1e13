package hipaa.host.auth.duplicate_uids_test

import data.hipaa.host.auth.duplicate_uids as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"duplicate_uids": []}}])
}

test_dup_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"duplicate_uids": ["1000"]}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"duplicate_uids": []}}])
}

test_missing_accounts_duplicate_uids_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"duplicate_uids": []}}])
}

test_null_accounts_duplicate_uids_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"duplicate_uids": null}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"duplicate_uids": []}}])
}

test_wrong_type_accounts_duplicate_uids_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"duplicate_uids": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"duplicate_uids": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "accounts": null}, {"id": "h3", "name": "h3", "tags": {}, "accounts": "x"}, {"id": "ok", "name": "ok", "tags": {}, "accounts": {"duplicate_uids": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "accounts": {"duplicate_uids": []}}, {"id": "b", "name": "b", "tags": {}, "accounts": {"duplicate_uids": ["1000"]}}, {"id": "c", "name": "c", "tags": {}, "accounts": {"duplicate_uids": []}}, {"id": "d", "name": "d", "tags": {}, "accounts": {"duplicate_uids": ["1000"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
