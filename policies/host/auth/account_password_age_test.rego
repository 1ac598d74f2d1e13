package hipaa.host.auth.account_password_age_test

import data.hipaa.host.auth.account_password_age as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"passwords": {
			"empty_password": [],
			"max_age_over_90": []
		}
	}]}}
}

test_never_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the password of account alice does not expire within 90 days."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"passwords": {
			"empty_password": [],
			"max_age_over_90": [
				"alice"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"passwords": {
			"empty_password": [],
			"max_age_over_90": []
		}
	}]}}
}

test_missing_passwords_max_age_over_90_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"passwords": {
			"empty_password": []
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
