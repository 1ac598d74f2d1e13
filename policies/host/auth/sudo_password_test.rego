package hipaa.host.auth.sudo_password_test

import data.hipaa.host.auth.sudo_password as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sudo": {
			"nopasswd_all": [],
			"authenticate_disabled": []
		}
	}]}}
}

test_nopasswd_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sudo grants all commands without a password (/etc/sudoers.d/ops: ops ALL=(ALL) NOPASSWD: ALL)."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sudo": {
			"nopasswd_all": [
				"/etc/sudoers.d/ops: ops ALL=(ALL) NOPASSWD: ALL"
			],
			"authenticate_disabled": []
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"sudo": {
			"nopasswd_all": [],
			"authenticate_disabled": []
		}
	}]}}
}

test_no_authenticate_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sudo authentication is disabled (/etc/sudoers: Defaults !authenticate)."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sudo": {
			"nopasswd_all": [],
			"authenticate_disabled": [
				"/etc/sudoers: Defaults !authenticate"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"sudo": {
			"nopasswd_all": [],
			"authenticate_disabled": []
		}
	}]}}
}

test_missing_sudo_nopasswd_all_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sudo": {
			"authenticate_disabled": []
		}
	}]}}
}

test_missing_sudo_authenticate_disabled_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sudo": {
			"nopasswd_all": []
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
