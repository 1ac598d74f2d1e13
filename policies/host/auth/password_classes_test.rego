package hipaa.host.auth.password_classes_test

import data.hipaa.host.auth.password_classes as policy
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

test_credits_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 14,
			"minclass": null,
			"dcredit": -1,
			"ucredit": -1,
			"lcredit": -1,
			"ocredit": -1
		}
	}]}}
}

test_two_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: passwords need only 2 character classes; require all 4."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 14,
			"minclass": 2,
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
			"minlen": 14,
			"minclass": null,
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

test_three_credits_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 14,
			"minclass": null,
			"dcredit": -1,
			"ucredit": -1,
			"lcredit": -1,
			"ocredit": 0
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

test_missing_pwquality_minclass_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"pwquality": {
			"module": "pam_pwquality.so",
			"in_pam": true,
			"minlen": 14,
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
