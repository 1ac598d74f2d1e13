package hipaa.host.patching.automatic_updates_test

import data.hipaa.host.patching.automatic_updates as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"scheduled": true,
			"applies_updates": true,
			"upgrade_type": null
		}
	}]}}
}

test_not_installed_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: unattended-upgrades is not installed."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": false,
			"scheduled": true,
			"applies_updates": true,
			"upgrade_type": null
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"scheduled": true,
			"applies_updates": true,
			"upgrade_type": null
		}
	}]}}
}

test_not_scheduled_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: automatic updates are not scheduled."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"scheduled": false,
			"applies_updates": true,
			"upgrade_type": null
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"scheduled": true,
			"applies_updates": true,
			"upgrade_type": null
		}
	}]}}
}

test_download_only_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: automatic updates download but do not install updates."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"scheduled": true,
			"applies_updates": false,
			"upgrade_type": null
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"scheduled": true,
			"applies_updates": true,
			"upgrade_type": null
		}
	}]}}
}

test_missing_auto_updates_installed_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"scheduled": true,
			"applies_updates": true,
			"upgrade_type": null
		}
	}]}}
}

test_missing_auto_updates_scheduled_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"applies_updates": true,
			"upgrade_type": null
		}
	}]}}
}

test_missing_auto_updates_applies_updates_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"auto_updates": {
			"tool": "unattended-upgrades",
			"installed": true,
			"scheduled": true,
			"upgrade_type": null
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
