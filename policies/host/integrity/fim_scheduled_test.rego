package hipaa.host.integrity.fim_scheduled_test

import data.hipaa.host.integrity.fim_scheduled as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"aide"
			],
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}]}}
}

test_unscheduled_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no file-integrity check is scheduled."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"aide"
			],
			"scheduled_by": [],
			"scheduled": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"aide"
			],
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}]}}
}

test_missing_integrity_scheduled_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"aide"
			],
			"scheduled_by": [
				"/etc/cron.daily/aide"
			]
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
