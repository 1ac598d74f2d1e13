package hipaa.host.shell.tmout_test

import data.hipaa.host.shell.tmout as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shell_timeout": {
			"tmout": 900,
			"readonly": true,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}]}}
}

test_unset_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: shell TMOUT is null; it must be 1 to 900 seconds."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shell_timeout": {
			"tmout": null,
			"readonly": true,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"shell_timeout": {
			"tmout": 900,
			"readonly": true,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}]}}
}

test_too_long_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shell_timeout": {
			"tmout": 3600,
			"readonly": true,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"shell_timeout": {
			"tmout": 900,
			"readonly": true,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}]}}
}

test_not_readonly_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: shell TMOUT is not readonly, so a user can unset it."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shell_timeout": {
			"tmout": 900,
			"readonly": false,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"shell_timeout": {
			"tmout": 900,
			"readonly": true,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}]}}
}

test_missing_shell_timeout_tmout_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shell_timeout": {
			"readonly": true,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}]}}
}

test_missing_shell_timeout_readonly_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"shell_timeout": {
			"tmout": 900,
			"sources": [
				"/etc/profile.d/tmout.sh"
			]
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
