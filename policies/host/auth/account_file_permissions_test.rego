package hipaa.host.auth.account_file_permissions_test

import data.hipaa.host.auth.account_file_permissions as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_passwd_0666_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0666", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_group_0664_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0664", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_passwd_owner_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 1000, "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_group_owner_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 5}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_missing_account_files_passwd_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_null_account_files_passwd_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": null, "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_wrong_type_account_files_passwd_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": 5, "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_missing_account_files_group_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_null_account_files_group_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": null, "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_wrong_type_account_files_group_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": 5, "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_missing_account_files_passwd_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_null_account_files_passwd_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": null, "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_wrong_type_account_files_passwd_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": "0", "group_mode": "0644", "group_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_missing_account_files_group_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644"}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_null_account_files_group_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": null}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_wrong_type_account_files_group_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": "0"}}, {"id": "h2", "name": "h2", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "account_files": null}, {"id": "h3", "name": "h3", "tags": {}, "account_files": "x"}, {"id": "ok", "name": "ok", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}, {"id": "b", "name": "b", "tags": {}, "account_files": {"passwd_mode": "0666", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}, {"id": "c", "name": "c", "tags": {}, "account_files": {"passwd_mode": "0644", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}, {"id": "d", "name": "d", "tags": {}, "account_files": {"passwd_mode": "0666", "passwd_uid": 0, "group_mode": "0644", "group_uid": 0}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
