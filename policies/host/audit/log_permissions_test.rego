package hipaa.host.audit.log_permissions_test

import data.hipaa.host.audit.log_permissions as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": true,
			"mode": "0600",
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}]}}
}

test_absent_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: /var/log/audit/audit.log does not exist."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": false,
			"mode": null,
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": true,
			"mode": "0600",
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}]}}
}

test_world_readable_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the audit log has mode 0644; other users must have no access."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": true,
			"mode": "0644",
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": true,
			"mode": "0600",
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}]}}
}

test_dir_readable_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the audit log directory has mode 0755; other users must have no read access."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": true,
			"mode": "0600",
			"world_readable": false,
			"directory_mode": "0755",
			"directory_world_readable": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": true,
			"mode": "0600",
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}]}}
}

test_missing_audit_log_exists_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"mode": "0600",
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}]}}
}

test_missing_audit_log_mode_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_log": {
			"path": "/var/log/audit/audit.log",
			"exists": true,
			"world_readable": false,
			"directory_mode": "0700",
			"directory_world_readable": false
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
