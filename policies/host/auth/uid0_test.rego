package hipaa.host.auth.uid0_test

import data.hipaa.host.auth.uid0 as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"accounts": {
			"uid0": [
				"root"
			]
		}
	}]}}
}

test_toor_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: account toor has user id 0."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"accounts": {
			"uid0": [
				"root",
				"toor"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"accounts": {
			"uid0": [
				"root"
			]
		}
	}]}}
}

test_missing_accounts_uid0_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"accounts": {}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
