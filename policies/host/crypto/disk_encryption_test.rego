package hipaa.host.crypto.disk_encryption_test

import data.hipaa.host.crypto.disk_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, de) := {"id": id, "name": id, "tags": {}, "disk_encryption": de}

_fs(mp, dev, enc) := {"device": dev, "mountpoint": mp, "fstype": "ext4", "encrypted": enc}

_good := {"filesystems": [
	_fs("/", "/dev/mapper/vg-root", true),
	_fs("/boot", "/dev/sda1", false),
	_fs("/boot/efi", "/dev/sda2", false),
	_fs("/var", "/dev/mapper/vg-var", true),
]}

_with(f) := {"filesystems": array.concat(_good.filesystems, [f])}

test_encrypted_filesystems_pass if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_unencrypted_data_filesystem_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: file system /srv on /dev/sdb1 is not encrypted."}} with input as t.inventory("host", [
		_host("h1", _with(_fs("/srv", "/dev/sdb1", false))),
		_host("h2", _good),
	])
}

test_only_boot_filesystems_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"filesystems": [_fs("/boot", "/dev/sda1", false)]}),
		_host("h2", {"filesystems": []}),
		_host("ok", _good),
	])
}

# A file system entry with its fields missing or of the wrong type is denied, and its message
# never formats a missing field (which would drop the other hosts' entries in regorus).
test_odd_filesystem_entries_fail_without_dropping_other_hosts if {
	t.ids(policy.deny) == {"no-encrypted", "null-encrypted", "str-encrypted", "no-mountpoint", "scalar", "plain"} with input as t.inventory("host", [
		_host("no-encrypted", _with({"device": "/dev/sdb1", "mountpoint": "/srv"})),
		_host("null-encrypted", _with(_fs("/srv", "/dev/sdb1", null))),
		_host("str-encrypted", _with(_fs("/srv", "/dev/sdb1", "true"))),
		_host("no-mountpoint", _with({"encrypted": false})),
		_host("scalar", _with("/srv")),
		_host("plain", _with(_fs("/srv", "/dev/sdb1", false))),
		_host("ok", _good),
	])
}

test_missing_disk_encryption_filesystems_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", {}),
		{"id": "h2", "name": "h2"},
		_host("h3", "disk_encryption"),
		_host("ok", _good),
	])
}

test_null_disk_encryption_filesystems_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"filesystems": null}),
		_host("h2", null),
		_host("ok", _good),
	])
}

test_wrong_type_filesystems_fail_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj"} with input as t.inventory("host", [
		_host("bool", {"filesystems": true}),
		_host("str", {"filesystems": "/"}),
		_host("obj", {"filesystems": {"/": {"encrypted": true}}}),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
