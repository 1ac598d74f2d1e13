package hipaa.host.integrity.aide_initialised_test

import data.hipaa.host.integrity.aide_initialised as policy
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
			"aide_database": "/var/lib/aide/aide.db",
			"aide_initialised": true,
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}]}}
}

test_other_tool_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"tripwire"
			],
			"aide_database": "/var/lib/aide/aide.db",
			"aide_initialised": false,
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}]}}
}

test_no_db_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: AIDE is installed but its database was never initialised."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"aide"
			],
			"aide_database": null,
			"aide_initialised": false,
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"aide"
			],
			"aide_database": "/var/lib/aide/aide.db",
			"aide_initialised": true,
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}]}}
}

test_missing_integrity_aide_initialised_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"tools_installed": [
				"aide"
			],
			"aide_database": "/var/lib/aide/aide.db",
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}]}}
}

test_missing_integrity_tools_installed_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"aide_database": "/var/lib/aide/aide.db",
			"aide_initialised": true,
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
