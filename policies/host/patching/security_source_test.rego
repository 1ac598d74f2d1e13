package hipaa.host.patching.security_source_test

import data.hipaa.host.patching.security_source as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"security_source": true}}])
}

test_no_security_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"security_source": false}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"security_source": true}}])
}

test_missing_repos_security_source_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"security_source": true}}])
}

test_null_repos_security_source_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"security_source": null}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"security_source": true}}])
}

test_wrong_type_repos_security_source_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "repos": {"security_source": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "repos": {"security_source": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "repos": null}, {"id": "h3", "name": "h3", "tags": {}, "repos": "x"}, {"id": "ok", "name": "ok", "tags": {}, "repos": {"security_source": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "repos": {"security_source": true}}, {"id": "b", "name": "b", "tags": {}, "repos": {"security_source": false}}, {"id": "c", "name": "c", "tags": {}, "repos": {"security_source": true}}, {"id": "d", "name": "d", "tags": {}, "repos": {"security_source": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
