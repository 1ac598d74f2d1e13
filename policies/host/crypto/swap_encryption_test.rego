package hipaa.host.crypto.swap_encryption_test

import data.hipaa.host.crypto.swap_encryption as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"swap": {
			"devices": [
				{
					"name": "/dev/dm-2",
					"type": "partition",
					"encrypted": true,
					"in_memory": false
				}
			]
		}
	}]}}
}

test_none_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"swap": {
			"devices": []
		}
	}]}}
}

test_zram_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"swap": {
			"devices": [
				{
					"name": "/dev/zram0",
					"type": "partition",
					"encrypted": false,
					"in_memory": true
				}
			]
		}
	}]}}
}

test_plain_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: swap /dev/vda3 is not encrypted."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"swap": {
			"devices": [
				{
					"name": "/dev/vda3",
					"type": "partition",
					"encrypted": false,
					"in_memory": false
				}
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"swap": {
			"devices": [
				{
					"name": "/dev/dm-2",
					"type": "partition",
					"encrypted": true,
					"in_memory": false
				}
			]
		}
	}]}}
}

test_missing_swap_devices_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"swap": {}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
