package hipaa.host.patching.signed_packages_test

import data.hipaa.host.patching.signed_packages as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"unsigned_allowed": []}}])
}

test_allow_unauth_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"unsigned_allowed": ["APT::Get::AllowUnauthenticated"]}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"unsigned_allowed": []}}])
}

test_missing_repos_unsigned_allowed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"unsigned_allowed": []}}])
}

test_null_repos_unsigned_allowed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"unsigned_allowed": null}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"unsigned_allowed": []}}])
}

test_wrong_type_repos_unsigned_allowed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"unsigned_allowed": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"unsigned_allowed": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "repos": null}, {"id": "h3", "name": "h3", "tags": {}, "repos": "x"}, {"id": "ok", "name": "ok", "tags": {}, "repos": {"unsigned_allowed": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "repos": {"unsigned_allowed": []}}, {"id": "b", "name": "b", "tags": {}, "repos": {"unsigned_allowed": ["APT::Get::AllowUnauthenticated"]}}, {"id": "c", "name": "c", "tags": {}, "repos": {"unsigned_allowed": []}}, {"id": "d", "name": "d", "tags": {}, "repos": {"unsigned_allowed": ["APT::Get::AllowUnauthenticated"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
