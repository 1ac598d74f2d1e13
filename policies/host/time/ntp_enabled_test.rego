package hipaa.host.time.ntp_enabled_test

import data.hipaa.host.time.ntp_enabled as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"time": {
			"source": "timedatectl",
			"ntp_enabled": true,
			"synchronized": true
		}
	}]}}
}

test_off_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no time synchronisation service is enabled."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"time": {
			"source": "timedatectl",
			"ntp_enabled": false,
			"synchronized": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"time": {
			"source": "timedatectl",
			"ntp_enabled": true,
			"synchronized": true
		}
	}]}}
}

test_missing_time_ntp_enabled_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"time": {
			"source": "timedatectl",
			"synchronized": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
