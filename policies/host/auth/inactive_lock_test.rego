package hipaa.host.auth.inactive_lock_test

import data.hipaa.host.auth.inactive_lock as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "useradd": {"inactive": 30}}])
}

test_never_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "useradd": {"inactive": -1}}, {"id": "h2", "name": "h2", "tags": {}, "useradd": {"inactive": 30}}])
}

test_sixty_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "useradd": {"inactive": 60}}, {"id": "h2", "name": "h2", "tags": {}, "useradd": {"inactive": 30}}])
}

test_missing_useradd_inactive_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "useradd": {}}, {"id": "h2", "name": "h2", "tags": {}, "useradd": {"inactive": 30}}])
}

test_null_useradd_inactive_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "useradd": {"inactive": null}}, {"id": "h2", "name": "h2", "tags": {}, "useradd": {"inactive": 30}}])
}

test_wrong_type_useradd_inactive_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "useradd": {"inactive": "30"}}, {"id": "h2", "name": "h2", "tags": {}, "useradd": {"inactive": 30}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "useradd": null}, {"id": "h3", "name": "h3", "tags": {}, "useradd": "x"}, {"id": "ok", "name": "ok", "tags": {}, "useradd": {"inactive": 30}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "useradd": {"inactive": 30}}, {"id": "b", "name": "b", "tags": {}, "useradd": {"inactive": -1}}, {"id": "c", "name": "c", "tags": {}, "useradd": {"inactive": 30}}, {"id": "d", "name": "d", "tags": {}, "useradd": {"inactive": -1}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
