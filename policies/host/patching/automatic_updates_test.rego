package hipaa.host.patching.automatic_updates_test

import data.hipaa.host.patching.automatic_updates as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, auto_updates) := {"id": id, "name": id, "tags": {}, "auto_updates": auto_updates}

_good := {"tool": "unattended-upgrades", "installed": true, "scheduled": true, "applies_updates": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_not_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": false, "scheduled": false, "applies_updates": false})),
		_host("h2", _good),
	])
}

test_not_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"scheduled": false})),
		_host("h2", _good),
	])
}

test_download_only_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"applies_updates": false})),
		_host("h2", _good),
	])
}

test_missing_auto_updates_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["installed"])), _host("h2", _good)])
}

test_null_auto_updates_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"installed": null})), _host("h2", _good)])
}

test_wrong_type_auto_updates_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"installed": "yes"})), _host("h2", _good)])
}

test_missing_auto_updates_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["scheduled"])), _host("h2", _good)])
}

test_null_auto_updates_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"scheduled": null})), _host("h2", _good)])
}

test_wrong_type_auto_updates_scheduled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"scheduled": "yes"})), _host("h2", _good)])
}

test_missing_auto_updates_applies_updates_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["applies_updates"])), _host("h2", _good)])
}

test_null_auto_updates_applies_updates_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"applies_updates": null})), _host("h2", _good)])
}

test_wrong_type_auto_updates_applies_updates_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"applies_updates": "yes"})), _host("h2", _good)])
}

test_missing_auto_updates_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "auto_updates"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: unattended-upgrades is not installed."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": false})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
