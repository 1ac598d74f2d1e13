package hipaa.host.auth.password_hashing_test

import data.hipaa.host.auth.password_hashing as policy
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

test_sha512_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"login_defs": {
			"pass_max_days": 90,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "SHA512"
		}
	}]}}
}

test_md5_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: passwords are hashed with MD5; use SHA512 or YESCRYPT."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"login_defs": {
			"pass_max_days": 90,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": "MD5"
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
			"pass_max_days": 90,
			"pass_min_days": 1,
			"pass_warn_age": 7,
			"encrypt_method": null
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

test_missing_login_defs_encrypt_method_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"login_defs": {
			"pass_max_days": 90,
			"pass_min_days": 1,
			"pass_warn_age": 7
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
