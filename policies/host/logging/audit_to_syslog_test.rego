package hipaa.host.logging.audit_to_syslog_test

import data.hipaa.host.logging.audit_to_syslog as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_plugins": {"syslog_active": true}}])
}

test_inactive_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_plugins": {"syslog_active": false}}, {"id": "h2", "name": "h2", "tags": {}, "audit_plugins": {"syslog_active": true}}])
}

test_missing_audit_plugins_syslog_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_plugins": {}}, {"id": "h2", "name": "h2", "tags": {}, "audit_plugins": {"syslog_active": true}}])
}

test_null_audit_plugins_syslog_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_plugins": {"syslog_active": null}}, {"id": "h2", "name": "h2", "tags": {}, "audit_plugins": {"syslog_active": true}}])
}

test_wrong_type_audit_plugins_syslog_active_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_plugins": {"syslog_active": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "audit_plugins": {"syslog_active": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "audit_plugins": null}, {"id": "h3", "name": "h3", "tags": {}, "audit_plugins": "x"}, {"id": "ok", "name": "ok", "tags": {}, "audit_plugins": {"syslog_active": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "audit_plugins": {"syslog_active": true}}, {"id": "b", "name": "b", "tags": {}, "audit_plugins": {"syslog_active": false}}, {"id": "c", "name": "c", "tags": {}, "audit_plugins": {"syslog_active": true}}, {"id": "d", "name": "d", "tags": {}, "audit_plugins": {"syslog_active": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
