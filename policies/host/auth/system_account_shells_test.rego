package hipaa.host.auth.system_account_shells_test

import data.hipaa.host.auth.system_account_shells as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"system_with_shell": []}}])
}

test_games_shell_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"system_with_shell": ["games"]}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"system_with_shell": []}}])
}

test_missing_accounts_system_with_shell_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"system_with_shell": []}}])
}

test_null_accounts_system_with_shell_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"system_with_shell": null}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"system_with_shell": []}}])
}

test_wrong_type_accounts_system_with_shell_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "accounts": {"system_with_shell": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "accounts": {"system_with_shell": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "accounts": null}, {"id": "h3", "name": "h3", "tags": {}, "accounts": "x"}, {"id": "ok", "name": "ok", "tags": {}, "accounts": {"system_with_shell": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "accounts": {"system_with_shell": []}}, {"id": "b", "name": "b", "tags": {}, "accounts": {"system_with_shell": ["games"]}}, {"id": "c", "name": "c", "tags": {}, "accounts": {"system_with_shell": []}}, {"id": "d", "name": "d", "tags": {}, "accounts": {"system_with_shell": ["games"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
