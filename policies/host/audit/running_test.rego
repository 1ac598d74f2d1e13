package hipaa.host.audit.running_test

import data.hipaa.host.audit.running as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, auditd_service) := {"id": id, "name": id, "tags": {}, "auditd_service": auditd_service}

_good := {"enabled": true, "active": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_disabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"enabled": false})),
		_host("h2", _good),
	])
}

test_stopped_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"active": false})),
		_host("h2", _good),
	])
}

test_missing_auditd_service_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["enabled"])), _host("h2", _good)])
}

test_null_auditd_service_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"enabled": null})), _host("h2", _good)])
}

test_wrong_type_auditd_service_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"enabled": "yes"})), _host("h2", _good)])
}

test_missing_auditd_service_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["active"])), _host("h2", _good)])
}

test_null_auditd_service_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"active": null})), _host("h2", _good)])
}

test_wrong_type_auditd_service_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"active": "yes"})), _host("h2", _good)])
}

test_missing_auditd_service_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "auditd_service"),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_both_messages_for_a_host_disabled_and_stopped if {
	policy.deny == {
		{"id": "h1", "msg": "Host h1: auditd is not enabled at boot."},
		{"id": "h1", "msg": "Host h1: auditd is not running."},
	} with input as t.inventory("host", [
		_host("h1", {"enabled": false, "active": false}),
		_host("h2", _good),
	])
}
