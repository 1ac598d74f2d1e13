package hipaa.host.network.firewall_test

import data.hipaa.host.network.firewall as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"firewall": {
			"active": true,
			"tools": [
				"nftables"
			],
			"input_policy": "drop"
		}
	}]}}
}

test_firewalld_reject_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"firewall": {
			"active": true,
			"tools": [
				"firewalld"
			],
			"input_policy": "reject"
		}
	}]}}
}

test_inactive_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no host firewall is active."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"firewall": {
			"active": false,
			"tools": [],
			"input_policy": null
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"firewall": {
			"active": true,
			"tools": [
				"nftables"
			],
			"input_policy": "drop"
		}
	}]}}
}

test_accept_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the firewall's input policy is accept; it must drop or reject by default."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"firewall": {
			"active": true,
			"tools": [
				"nftables"
			],
			"input_policy": "accept"
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"firewall": {
			"active": true,
			"tools": [
				"nftables"
			],
			"input_policy": "drop"
		}
	}]}}
}

test_missing_firewall_active_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"firewall": {
			"tools": [
				"nftables"
			],
			"input_policy": "drop"
		}
	}]}}
}

test_missing_firewall_input_policy_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"firewall": {
			"active": true,
			"tools": [
				"nftables"
			]
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
