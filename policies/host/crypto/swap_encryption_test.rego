package hipaa.host.crypto.swap_encryption_test

import data.hipaa.host.crypto.swap_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, swap) := {"id": id, "name": id, "tags": {}, "swap": swap}

_dev(name, enc, mem) := {"name": name, "type": "partition", "encrypted": enc, "in_memory": mem}

_good := {"devices": [_dev("/dev/mapper/vg-swap", true, false), _dev("/dev/zram0", false, true)]}

test_encrypted_or_in_memory_swap_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
	t.ids(policy.not_applicable) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_unencrypted_swap_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: swap /dev/sda3 is not encrypted."}} with input as t.inventory("host", [
		_host("h1", {"devices": array.concat(_good.devices, [_dev("/dev/sda3", false, false)])}),
		_host("h2", _good),
	])
}

test_no_swap_is_not_applicable if {
	inv := t.inventory("host", [_host("h1", {"devices": []}), _host("h2", _good), _host("h3", {"devices": [_dev("/swapfile", false, false)]})])
	t.ids(policy.not_applicable) == {"h1"} with input as inv
	t.reasons(policy.not_applicable) == {"h1": "The host has no swap, so no swapped-out memory can reach a disk."} with input as inv
	t.ids(policy.deny) == {"h3"} with input as inv
}

test_odd_device_entries_fail_without_dropping_other_hosts if {
	t.ids(policy.deny) == {"no-encrypted", "null-encrypted", "no-name", "scalar"} with input as t.inventory("host", [
		_host("no-encrypted", {"devices": [{"name": "/dev/sda3", "in_memory": false}]}),
		_host("null-encrypted", {"devices": [_dev("/dev/sda3", null, null)]}),
		_host("no-name", {"devices": [{"encrypted": false}]}),
		_host("scalar", {"devices": ["/dev/sda3"]}),
		_host("ok", _good),
	])
}

test_missing_swap_devices_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", {}),
		{"id": "h2", "name": "h2"},
		_host("h3", "swap"),
		_host("ok", _good),
	])
}

test_null_swap_devices_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"devices": null}),
		_host("h2", null),
		_host("ok", _good),
	])
}

test_wrong_type_devices_fail_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj"} with input as t.inventory("host", [
		_host("bool", {"devices": false}),
		_host("str", {"devices": "/dev/sda3"}),
		_host("obj", {"devices": {"name": "/dev/sda3"}}),
		_host("ok", _good),
	])
	t.ids(policy.not_applicable) == set() with input as t.inventory("host", [_host("bool", {"devices": false})])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
