package hipaa.host.auth.nullok_test

import data.hipaa.host.auth.nullok as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"nullok": []}}])
}

test_nullok_file_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"nullok": ["/etc/pam.d/common-auth"]}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"nullok": []}}])
}

test_missing_pam_nullok_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"nullok": []}}])
}

test_null_pam_nullok_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"nullok": null}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"nullok": []}}])
}

test_wrong_type_pam_nullok_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"nullok": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"nullok": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "pam": null}, {"id": "h3", "name": "h3", "tags": {}, "pam": "x"}, {"id": "ok", "name": "ok", "tags": {}, "pam": {"nullok": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "pam": {"nullok": []}}, {"id": "b", "name": "b", "tags": {}, "pam": {"nullok": ["/etc/pam.d/common-auth"]}}, {"id": "c", "name": "c", "tags": {}, "pam": {"nullok": []}}, {"id": "d", "name": "d", "tags": {}, "pam": {"nullok": ["/etc/pam.d/common-auth"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
