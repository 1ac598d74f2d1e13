package hipaa.host.patching.kernel_current_test

import data.hipaa.host.patching.kernel_current as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, kernel) := {"id": id, "name": id, "tags": {}, "kernel": kernel}

_good := {"running": "6.1.0-21-amd64", "installed": ["6.1.0-18-amd64", "6.1.0-21-amd64"], "newest_installed": "6.1.0-21-amd64", "reboot_required": false}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_newer_kernel_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"newest_installed": "6.1.0-22-amd64"})),
		_host("h2", _good),
	])
}

test_reboot_pending_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"reboot_required": true})),
		_host("h2", _good),
	])
}

test_no_kernels_in_boot_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": [], "newest_installed": null})),
		_host("h2", _good),
	])
}

test_newest_installed_number_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"newest_installed": 6})),
		_host("h2", _good),
	])
}

test_running_empty_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"running": ""})),
		_host("h2", _good),
	])
}

test_missing_kernel_running_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["running"])), _host("h2", _good)])
}

test_null_kernel_running_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"running": null})), _host("h2", _good)])
}

test_wrong_type_kernel_running_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"running": 6})), _host("h2", _good)])
}

test_missing_kernel_reboot_required_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["reboot_required"])), _host("h2", _good)])
}

test_null_kernel_reboot_required_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"reboot_required": null})), _host("h2", _good)])
}

test_wrong_type_kernel_reboot_required_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"reboot_required": "no"})), _host("h2", _good)])
}

test_missing_kernel_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "kernel"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: kernel 6.1.0-21-amd64 is running but 6.1.0-22-amd64 is installed."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"newest_installed": "6.1.0-22-amd64"})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_missing_kernel_newest_installed_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["newest_installed"])), _host("h2", _good)])
}

# A missing running kernel must not drop the other hosts' entries (the message formats it).
test_missing_running_does_not_hide_other_hosts if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.remove(_good, ["running"])),
		_host("h2", object.union(_good, {"newest_installed": "6.1.0-22-amd64"})),
		_host("ok", _good),
	])
}
