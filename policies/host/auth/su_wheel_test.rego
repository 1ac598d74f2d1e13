package hipaa.host.auth.su_wheel_test

import data.hipaa.host.auth.su_wheel as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"su_wheel": true}}])
}

test_no_wheel_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"su_wheel": false}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"su_wheel": true}}])
}

test_missing_pam_su_wheel_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"su_wheel": true}}])
}

test_null_pam_su_wheel_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"su_wheel": null}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"su_wheel": true}}])
}

test_wrong_type_pam_su_wheel_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"su_wheel": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"su_wheel": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "pam": null}, {"id": "h3", "name": "h3", "tags": {}, "pam": "x"}, {"id": "ok", "name": "ok", "tags": {}, "pam": {"su_wheel": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "pam": {"su_wheel": true}}, {"id": "b", "name": "b", "tags": {}, "pam": {"su_wheel": false}}, {"id": "c", "name": "c", "tags": {}, "pam": {"su_wheel": true}}, {"id": "d", "name": "d", "tags": {}, "pam": {"su_wheel": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
