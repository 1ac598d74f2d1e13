package hipaa.host.auth.password_warn_age_test

import data.hipaa.host.auth.password_warn_age as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "login_defs": {"pass_warn_age": 7}}])
}

test_warn_3_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "login_defs": {"pass_warn_age": 3}}, {"id": "h2", "name": "h2", "tags": {}, "login_defs": {"pass_warn_age": 7}}])
}

test_missing_login_defs_pass_warn_age_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "login_defs": {}}, {"id": "h2", "name": "h2", "tags": {}, "login_defs": {"pass_warn_age": 7}}])
}

test_null_login_defs_pass_warn_age_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "login_defs": {"pass_warn_age": null}}, {"id": "h2", "name": "h2", "tags": {}, "login_defs": {"pass_warn_age": 7}}])
}

test_wrong_type_login_defs_pass_warn_age_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "login_defs": {"pass_warn_age": "7"}}, {"id": "h2", "name": "h2", "tags": {}, "login_defs": {"pass_warn_age": 7}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "login_defs": null}, {"id": "h3", "name": "h3", "tags": {}, "login_defs": "x"}, {"id": "ok", "name": "ok", "tags": {}, "login_defs": {"pass_warn_age": 7}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "login_defs": {"pass_warn_age": 7}}, {"id": "b", "name": "b", "tags": {}, "login_defs": {"pass_warn_age": 3}}, {"id": "c", "name": "c", "tags": {}, "login_defs": {"pass_warn_age": 7}}, {"id": "d", "name": "d", "tags": {}, "login_defs": {"pass_warn_age": 3}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
