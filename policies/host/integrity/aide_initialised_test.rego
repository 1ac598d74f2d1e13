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
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		},
		"aide_db": {
			"path": "/var/lib/aide/aide.db",
			"initialised": true
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
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		},
		"aide_db": {
			"path": "/var/lib/aide/aide.db",
			"initialised": false
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
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		},
		"aide_db": {
			"path": null,
			"initialised": false
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
		},
		"aide_db": {
			"path": "/var/lib/aide/aide.db",
			"initialised": true
		}
	}]}}
}

test_missing_aide_db_initialised_fails if {
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
			],
			"scheduled": true
		},
		"aide_db": {
			"path": "/var/lib/aide/aide.db"
		}
	}]}}
}

test_missing_integrity_tools_installed_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"integrity": {
			"scheduled_by": [
				"/etc/cron.daily/aide"
			],
			"scheduled": true
		},
		"aide_db": {
			"path": "/var/lib/aide/aide.db",
			"initialised": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
