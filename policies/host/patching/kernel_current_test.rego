package hipaa.host.patching.kernel_current_test

import data.hipaa.host.patching.kernel_current as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"kernel": {
			"running": "6.1.0-21-amd64",
			"installed": [
				"6.1.0-18-amd64",
				"6.1.0-21-amd64"
			],
			"newest_installed": "6.1.0-21-amd64",
			"reboot_required": false
		}
	}]}}
}

test_no_packaged_kernel_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"kernel": {
			"running": "6.1.0-21-amd64",
			"installed": [],
			"newest_installed": null,
			"reboot_required": false
		}
	}]}}
}

test_old_kernel_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: kernel 6.1.0-18-amd64 is running but 6.1.0-21-amd64 is installed."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"kernel": {
			"running": "6.1.0-18-amd64",
			"installed": [
				"6.1.0-18-amd64",
				"6.1.0-21-amd64"
			],
			"newest_installed": "6.1.0-21-amd64",
			"reboot_required": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"kernel": {
			"running": "6.1.0-21-amd64",
			"installed": [
				"6.1.0-18-amd64",
				"6.1.0-21-amd64"
			],
			"newest_installed": "6.1.0-21-amd64",
			"reboot_required": false
		}
	}]}}
}

test_reboot_flag_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: a reboot is pending to finish installing updates."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"kernel": {
			"running": "6.1.0-21-amd64",
			"installed": [
				"6.1.0-18-amd64",
				"6.1.0-21-amd64"
			],
			"newest_installed": "6.1.0-21-amd64",
			"reboot_required": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"kernel": {
			"running": "6.1.0-21-amd64",
			"installed": [
				"6.1.0-18-amd64",
				"6.1.0-21-amd64"
			],
			"newest_installed": "6.1.0-21-amd64",
			"reboot_required": false
		}
	}]}}
}

test_missing_kernel_running_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"kernel": {
			"installed": [
				"6.1.0-18-amd64",
				"6.1.0-21-amd64"
			],
			"newest_installed": "6.1.0-21-amd64",
			"reboot_required": false
		}
	}]}}
}

test_missing_kernel_reboot_required_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"kernel": {
			"running": "6.1.0-21-amd64",
			"installed": [
				"6.1.0-18-amd64",
				"6.1.0-21-amd64"
			],
			"newest_installed": "6.1.0-21-amd64"
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
