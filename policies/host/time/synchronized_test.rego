package hipaa.host.time.synchronized_test

import data.hipaa.host.time.synchronized as policy
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

test_unsynced_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the system clock is not synchronised."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"time": {
			"source": "timedatectl",
			"ntp_enabled": true,
			"synchronized": false
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

test_missing_time_synchronized_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"time": {
			"source": "timedatectl",
			"ntp_enabled": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
