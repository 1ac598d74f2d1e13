package hipaa.host.auth.password_history_test

import data.hipaa.host.auth.password_history as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"remember": 5}}])
}

test_remember_3_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"remember": 3}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"remember": 5}}])
}

test_missing_pam_remember_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"remember": 5}}])
}

test_null_pam_remember_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"remember": null}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"remember": 5}}])
}

test_wrong_type_pam_remember_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"remember": "5"}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"remember": 5}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "pam": null}, {"id": "h3", "name": "h3", "tags": {}, "pam": "x"}, {"id": "ok", "name": "ok", "tags": {}, "pam": {"remember": 5}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "pam": {"remember": 5}}, {"id": "b", "name": "b", "tags": {}, "pam": {"remember": 3}}, {"id": "c", "name": "c", "tags": {}, "pam": {"remember": 5}}, {"id": "d", "name": "d", "tags": {}, "pam": {"remember": 3}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
