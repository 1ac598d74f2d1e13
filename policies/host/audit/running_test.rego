package hipaa.host.audit.running_test

import data.hipaa.host.audit.running as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auditd": {
			"installed": true,
			"enabled": true,
			"active": true
		}
	}]}}
}

test_disabled_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: auditd is not enabled at boot."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auditd": {
			"installed": true,
			"enabled": false,
			"active": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"auditd": {
			"installed": true,
			"enabled": true,
			"active": true
		}
	}]}}
}

test_stopped_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: auditd is not running."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auditd": {
			"installed": true,
			"enabled": true,
			"active": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"auditd": {
			"installed": true,
			"enabled": true,
			"active": true
		}
	}]}}
}

test_missing_auditd_enabled_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auditd": {
			"installed": true,
			"active": true
		}
	}]}}
}

test_missing_auditd_active_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auditd": {
			"installed": true,
			"enabled": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
