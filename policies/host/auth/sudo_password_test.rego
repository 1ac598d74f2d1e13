package hipaa.host.auth.sudo_password_test

import data.hipaa.host.auth.sudo_password as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, sudo) := {"id": id, "name": id, "tags": {}, "sudo": sudo}

_good := {"authenticate_disabled": [], "nopasswd_all": []}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_listed_item_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sudo grants all commands without a password (/etc/sudoers: %wheel ALL=(ALL) NOPASSWD: ALL)."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"nopasswd_all": ["/etc/sudoers: %wheel ALL=(ALL) NOPASSWD: ALL"]})),
		_host("h2", _good),
	])
}

test_several_hosts_only_those_listing_items_fail if {
	t.ids(policy.deny) == {"h1", "h3"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"nopasswd_all": ["/etc/sudoers: %wheel ALL=(ALL) NOPASSWD: ALL", "other"]})),
		_host("h2", _good),
		_host("h3", object.union(_good, {"nopasswd_all": ["other"]})),
	])
}

test_missing_sudo_nopasswd_all_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", object.remove(_good, ["nopasswd_all"])),
		{"id": "h2", "name": "h2"},
		_host("h3", "sudo"),
		_host("ok", _good),
	])
}

test_null_sudo_nopasswd_all_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"nopasswd_all": null})),
		_host("h2", null),
		_host("ok", _good),
	])
}

# A scalar where the list belongs is denied for that host only (it used to raise in regorus).
test_wrong_type_nopasswd_all_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj", "items", "bad"} with input as t.inventory("host", [
		_host("bool", object.union(_good, {"nopasswd_all": true})),
		_host("str", object.union(_good, {"nopasswd_all": "/etc/sudoers: %wheel ALL=(ALL) NOPASSWD: ALL"})),
		_host("obj", object.union(_good, {"nopasswd_all": {"a": "/etc/sudoers: %wheel ALL=(ALL) NOPASSWD: ALL"}})),
		_host("items", object.union(_good, {"nopasswd_all": [1, null]})),
		_host("bad", object.union(_good, {"nopasswd_all": ["/etc/sudoers: %wheel ALL=(ALL) NOPASSWD: ALL"]})),
		_host("ok", _good),
	])
}

test_missing_sudo_authenticate_disabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["authenticate_disabled"])), _host("h2", _good)])
}

test_null_sudo_authenticate_disabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"authenticate_disabled": null})), _host("h2", _good)])
}

test_wrong_type_sudo_authenticate_disabled_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"authenticate_disabled": "x"})),
		_host("h2", object.union(_good, {"authenticate_disabled": [false]})),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_authenticate_disabled_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sudo authentication is disabled (/etc/sudoers.d/ops: Defaults !authenticate)."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"authenticate_disabled": ["/etc/sudoers.d/ops: Defaults !authenticate"]})),
		_host("h2", _good),
	])
}
