package hipaa.host.auth.password_length_test

import data.hipaa.host.auth.password_length as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 14,
			"minclass": 4,
			"dcredit": null,
			"ucredit": null,
			"lcredit": null,
			"ocredit": null
		}
	}]}}
}

test_eight_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: password minimum length is 8; it must be at least 14."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 8,
			"minclass": 4,
			"dcredit": null,
			"ucredit": null,
			"lcredit": null,
			"ocredit": null
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 14,
			"minclass": 4,
			"dcredit": null,
			"ucredit": null,
			"lcredit": null,
			"ocredit": null
		}
	}]}}
}

test_unset_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": null,
			"minclass": 4,
			"dcredit": null,
			"ucredit": null,
			"lcredit": null,
			"ocredit": null
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 14,
			"minclass": 4,
			"dcredit": null,
			"ucredit": null,
			"lcredit": null,
			"ocredit": null
		}
	}]}}
}

test_missing_pwquality_minlen_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minclass": 4,
			"dcredit": null,
			"ucredit": null,
			"lcredit": null,
			"ocredit": null
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
