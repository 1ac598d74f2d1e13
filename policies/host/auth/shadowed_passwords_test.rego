package hipaa.host.auth.shadowed_passwords_test

import data.hipaa.host.auth.shadowed_passwords as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"not_shadowed": []}}])
}

test_hash_in_passwd_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"not_shadowed": ["bob"]}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"not_shadowed": []}}])
}

test_missing_accounts_not_shadowed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"not_shadowed": []}}])
}

test_null_accounts_not_shadowed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"not_shadowed": null}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"not_shadowed": []}}])
}

test_wrong_type_accounts_not_shadowed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"not_shadowed": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"not_shadowed": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "accounts": null}, {"id": "h3", "name": "h3", "tags": {}, "accounts": "x"}, {"id": "ok", "name": "ok", "tags": {}, "accounts": {"not_shadowed": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "accounts": {"not_shadowed": []}}, {"id": "b", "name": "b", "tags": {}, "accounts": {"not_shadowed": ["bob"]}}, {"id": "c", "name": "c", "tags": {}, "accounts": {"not_shadowed": []}}, {"id": "d", "name": "d", "tags": {}, "accounts": {"not_shadowed": ["bob"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
