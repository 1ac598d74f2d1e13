package hipaa.host.auth.shadow_permissions_test

import data.hipaa.host.auth.shadow_permissions as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, shadow_file) := {"id": id, "name": id, "tags": {}, "shadow_file": shadow_file}

_good := {"mode": "0640", "gshadow_mode": "0640"}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_mode_0000_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0000", "gshadow_mode": "0000"})),
		_host("h2", _good),
	])
}

test_no_gshadow_file_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"gshadow_mode": null})),
		_host("h2", _good),
	])
}

test_shadow_world_readable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0644"})),
		_host("h2", _good),
	])
}

test_gshadow_world_readable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"gshadow_mode": "0604"})),
		_host("h2", _good),
	])
}

test_shadow_other_execute_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0641"})),
		_host("h2", _good),
	])
}

test_mode_not_octal_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "rw-r-----"})),
		_host("h2", _good),
	])
}

test_missing_shadow_file_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["mode"])), _host("h2", _good)])
}

test_null_shadow_file_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"mode": null})), _host("h2", _good)])
}

test_wrong_type_shadow_file_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"mode": 640})), _host("h2", _good)])
}

test_missing_shadow_file_gshadow_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["gshadow_mode"])), _host("h2", _good)])
}

# null gshadow_mode: the host has no /etc/gshadow (declared in evidence_optional).
test_null_shadow_file_gshadow_mode_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", object.union(_good, {"gshadow_mode": null})), _host("h2", _good)])
}

test_wrong_type_shadow_file_gshadow_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"gshadow_mode": 640})), _host("h2", _good)])
}

test_missing_shadow_file_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "shadow_file"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: /etc/gshadow has mode 0644; other users must have no access."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"gshadow_mode": "0644"})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
