package hipaa.host.auth.shadow_permissions_test

import data.hipaa.host.auth.shadow_permissions as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"mode": "0640",
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": "0640",
			"gshadow_world_readable": false
		}
	}]}}
}

test_rhel_zero_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"mode": "0000",
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": "0000",
			"gshadow_world_readable": false
		}
	}]}}
}

test_no_gshadow_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"mode": "0640",
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": null,
			"gshadow_world_readable": false
		}
	}]}}
}

test_world_readable_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: /etc/shadow has mode 0644; other users must have no access."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"mode": "0644",
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": "0640",
			"gshadow_world_readable": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"mode": "0640",
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": "0640",
			"gshadow_world_readable": false
		}
	}]}}
}

test_gshadow_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: /etc/gshadow has mode 0604; other users must have no access."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"mode": "0640",
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": "0604",
			"gshadow_world_readable": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"mode": "0640",
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": "0640",
			"gshadow_world_readable": false
		}
	}]}}
}

test_missing_shadow_file_mode_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shadow_file": {
			"exists": true,
			"world_readable": false,
			"world_writable": false,
			"gshadow_mode": "0640",
			"gshadow_world_readable": false
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
