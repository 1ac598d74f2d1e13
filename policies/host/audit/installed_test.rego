package hipaa.host.audit.installed_test

import data.hipaa.host.audit.installed as policy
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

test_absent_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: auditd is not installed."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auditd": {
			"installed": false,
			"enabled": true,
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

test_missing_auditd_installed_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auditd": {
			"enabled": true,
			"active": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
