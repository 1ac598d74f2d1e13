package hipaa.host.patching.security_updates_test

import data.hipaa.host.patching.security_updates as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 0,
			"security_packages": [],
			"metadata_age_days": 1
		}
	}]}}
}

test_pending_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: 3 security updates are pending."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 3,
			"security_packages": [
				"libssl3",
				"openssh-server",
				"sudo"
			],
			"metadata_age_days": 1
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 0,
			"security_packages": [],
			"metadata_age_days": 1
		}
	}]}}
}

test_stale_metadata_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the package metadata is 30 days old, so pending updates may be missed."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 0,
			"security_packages": [],
			"metadata_age_days": 30
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 0,
			"security_packages": [],
			"metadata_age_days": 1
		}
	}]}}
}

test_no_metadata_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 0,
			"security_packages": [],
			"metadata_age_days": null
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 0,
			"security_packages": [],
			"metadata_age_days": 1
		}
	}]}}
}

test_missing_patching_pending_security_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"security_packages": [],
			"metadata_age_days": 1
		}
	}]}}
}

test_missing_patching_metadata_age_days_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"patching": {
			"manager": "apt",
			"pending_total": 0,
			"pending_security": 0,
			"security_packages": []
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
