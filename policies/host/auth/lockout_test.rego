package hipaa.host.auth.lockout_test

import data.hipaa.host.auth.lockout as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"lockout": {
			"module": "pam_faillock",
			"deny": 5,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}]}}
}

test_no_module_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no account lockout module is in the PAM auth stack."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"lockout": {
			"module": null,
			"deny": null,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"lockout": {
			"module": "pam_faillock",
			"deny": 5,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}]}}
}

test_ten_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: accounts lock after 10 failures; it must be 1 to 5."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"lockout": {
			"module": "pam_faillock",
			"deny": 10,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"lockout": {
			"module": "pam_faillock",
			"deny": 5,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}]}}
}

test_zero_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"lockout": {
			"module": "pam_faillock",
			"deny": 0,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"lockout": {
			"module": "pam_faillock",
			"deny": 5,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}]}}
}

test_missing_lockout_module_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"lockout": {
			"deny": 5,
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}]}}
}

test_missing_lockout_deny_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"lockout": {
			"module": "pam_faillock",
			"deny_source": "configured",
			"unlock_time": 900,
			"files": [
				"/etc/pam.d/common-auth"
			],
			"in_all_stacks": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
