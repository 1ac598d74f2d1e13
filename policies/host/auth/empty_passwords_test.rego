package hipaa.host.auth.empty_passwords_test

import data.hipaa.host.auth.empty_passwords as policy
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

test_guest_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: account guest has an empty password."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"passwords": {
			"empty_password": [
				"guest"
			],
			"max_age_over_90": []
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

test_missing_passwords_empty_password_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"passwords": {
			"max_age_over_90": []
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
