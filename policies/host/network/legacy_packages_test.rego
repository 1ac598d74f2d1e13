package hipaa.host.network.legacy_packages_test

import data.hipaa.host.network.legacy_packages as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"legacy_services": {
			"installed": []
		}
	}]}}
}

test_telnetd_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: plaintext server package telnetd is installed."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"legacy_services": {
			"installed": [
				"telnetd"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"legacy_services": {
			"installed": []
		}
	}]}}
}

test_missing_legacy_services_installed_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"legacy_services": {}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
