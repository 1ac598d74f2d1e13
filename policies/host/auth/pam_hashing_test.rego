package hipaa.host.auth.pam_hashing_test

import data.hipaa.host.auth.pam_hashing as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"hash": "yescrypt"}}])
}

test_md5_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"hash": "md5"}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"hash": "yescrypt"}}])
}

test_sha256_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"hash": "sha256"}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"hash": "yescrypt"}}])
}

test_missing_pam_hash_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"hash": "yescrypt"}}])
}

test_null_pam_hash_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"hash": null}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"hash": "yescrypt"}}])
}

test_wrong_type_pam_hash_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "pam": {"hash": 5}}, {"id": "h2", "name": "h2", "tags": {}, "pam": {"hash": "yescrypt"}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "pam": null}, {"id": "h3", "name": "h3", "tags": {}, "pam": "x"}, {"id": "ok", "name": "ok", "tags": {}, "pam": {"hash": "yescrypt"}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "pam": {"hash": "yescrypt"}}, {"id": "b", "name": "b", "tags": {}, "pam": {"hash": "md5"}}, {"id": "c", "name": "c", "tags": {}, "pam": {"hash": "yescrypt"}}, {"id": "d", "name": "d", "tags": {}, "pam": {"hash": "md5"}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
