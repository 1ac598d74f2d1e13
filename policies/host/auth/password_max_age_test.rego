package hipaa.host.auth.password_max_age_test

import data.hipaa.host.auth.password_max_age as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"login_defs": {
			"pass_max_days": 90,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "YESCRYPT"
		}
	}]}}
}

test_never_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: PASS_MAX_DAYS is 99999; it must be 1 to 90."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"login_defs": {
			"pass_max_days": 99999,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "YESCRYPT"
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"login_defs": {
			"pass_max_days": 90,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "YESCRYPT"
		}
	}]}}
}

test_unset_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"login_defs": {
			"pass_max_days": null,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "YESCRYPT"
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"login_defs": {
			"pass_max_days": 90,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "YESCRYPT"
		}
	}]}}
}

test_missing_login_defs_pass_max_days_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"login_defs": {
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "YESCRYPT"
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
