package hipaa.host.ssh.host_key_permissions_test

import data.hipaa.host.ssh.host_key_permissions as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_key_world_readable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0644", "uid": 0}]}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_key_not_root_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 1000}]}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_key_mode_null_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": null, "uid": 0}]}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_missing_ssh_files_private_keys_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_null_ssh_files_private_keys_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"private_keys": null}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_wrong_type_ssh_files_private_keys_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"private_keys": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": null}, {"id": "h3", "name": "h3", "tags": {}, "ssh_files": "x"}, {"id": "ok", "name": "ok", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}, {"id": "b", "name": "b", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0644", "uid": 0}]}}, {"id": "c", "name": "c", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0600", "uid": 0}]}}, {"id": "d", "name": "d", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0644", "uid": 0}]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_no_host_keys_is_not_applicable if {
	inv := t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "ssh_files": {"private_keys": []}}, {"id": "h2", "name": "h2", "tags": {}, "ssh_files": {"private_keys": [{"path": "/etc/ssh/ssh_host_ed25519_key", "mode": "0644", "uid": 0}]}}])
	t.ids(policy.not_applicable) == {"h1"} with input as inv
	t.ids(policy.deny) == {"h2"} with input as inv
}
