package hipaa.host.audit.remote_logging_test

import data.hipaa.host.audit.remote_logging as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [
				"logs.example.org:6514"
			],
			"rsyslog_active": true,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}]}}
}

test_journal_upload_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [],
			"rsyslog_active": true,
			"journal_upload_url": "https://logs:19532",
			"journal_upload_active": true,
			"audisp_remote_active": false
		}
	}]}}
}

test_audisp_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [],
			"rsyslog_active": true,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": true
		}
	}]}}
}

test_none_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no log forwarding to a remote collector is configured and running."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [],
			"rsyslog_active": true,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [
				"logs.example.org:6514"
			],
			"rsyslog_active": true,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}]}}
}

test_rsyslog_stopped_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [
				"logs.example.org:6514"
			],
			"rsyslog_active": false,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [
				"logs.example.org:6514"
			],
			"rsyslog_active": true,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}]}}
}

test_journal_url_inactive_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [],
			"rsyslog_active": true,
			"journal_upload_url": "https://logs:19532",
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"log_forwarding": {
			"rsyslog_targets": [
				"logs.example.org:6514"
			],
			"rsyslog_active": true,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}]}}
}

test_missing_log_forwarding_rsyslog_targets_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"log_forwarding": {
			"rsyslog_active": true,
			"journal_upload_url": null,
			"journal_upload_active": false,
			"audisp_remote_active": false
		}
	}]}}
}

test_missing_log_forwarding_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
