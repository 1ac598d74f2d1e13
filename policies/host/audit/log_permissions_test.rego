package hipaa.host.audit.log_permissions_test

import data.hipaa.host.audit.log_permissions as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, audit_log) := {"id": id, "name": id, "tags": {}, "audit_log": audit_log}

_good := {"path": "/var/log/audit/audit.log", "exists": true, "mode": "0600", "directory_mode": "0700"}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_mode_0640_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0640"})),
		_host("h2", _good),
	])
}

test_directory_0750_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"directory_mode": "0750"})),
		_host("h2", _good),
	])
}

test_directory_0711_traversable_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"directory_mode": "0711"})),
		_host("h2", _good),
	])
}

test_world_readable_log_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0644"})),
		_host("h2", _good),
	])
}

test_world_writable_log_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0602"})),
		_host("h2", _good),
	])
}

test_world_readable_directory_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"directory_mode": "0755"})),
		_host("h2", _good),
	])
}

test_absent_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"exists": false, "mode": null, "directory_mode": "0700"})),
		_host("h2", _good),
	])
}

test_mode_not_octal_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "rw-r--r--"})),
		_host("h2", _good),
	])
}

test_mode_too_short_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0"})),
		_host("h2", _good),
	])
}

test_missing_audit_log_exists_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["exists"])), _host("h2", _good)])
}

test_null_audit_log_exists_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"exists": null})), _host("h2", _good)])
}

test_wrong_type_audit_log_exists_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"exists": "yes"})), _host("h2", _good)])
}

test_missing_audit_log_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["mode"])), _host("h2", _good)])
}

test_null_audit_log_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"mode": null})), _host("h2", _good)])
}

test_wrong_type_audit_log_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"mode": 600})), _host("h2", _good)])
}

test_missing_audit_log_directory_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["directory_mode"])), _host("h2", _good)])
}

test_null_audit_log_directory_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"directory_mode": null})), _host("h2", _good)])
}

test_wrong_type_audit_log_directory_mode_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"directory_mode": 700})), _host("h2", _good)])
}

test_missing_audit_log_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "audit_log"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the audit log has mode 0644; other users must have no access."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"mode": "0644"})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
