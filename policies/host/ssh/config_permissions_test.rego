package hipaa.host.ssh.config_permissions_test

import data.hipaa.host.ssh.config_permissions as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_mode_0644_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": "0644", "config_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_owner_1000_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 1000}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_missing_ssh_files_config_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_null_ssh_files_config_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": null, "config_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_wrong_type_ssh_files_config_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": 5, "config_uid": 0}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_missing_ssh_files_config_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": "0600"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_null_ssh_files_config_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_wrong_type_ssh_files_config_uid_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": "0"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh_files": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}, {"id": "b", "name": "b", "tags": {}, "ssh_files": {"config_mode": "0644", "config_uid": 0}}, {"id": "c", "name": "c", "tags": {}, "ssh_files": {"config_mode": "0600", "config_uid": 0}}, {"id": "d", "name": "d", "tags": {}, "ssh_files": {"config_mode": "0644", "config_uid": 0}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
