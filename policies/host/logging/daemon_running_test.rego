package hipaa.host.logging.daemon_running_test

import data.hipaa.host.logging.daemon_running as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "logging": {"rsyslog_active": true, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}])
}

test_nothing_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "logging": {"rsyslog_active": false, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}, {"id": "h2", "name": "h2", "tags": {}, "logging": {"rsyslog_active": true, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}])
}

test_volatile_journal_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "logging": {"rsyslog_active": false, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}, {"id": "h2", "name": "h2", "tags": {}, "logging": {"rsyslog_active": true, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}])
}

test_strings_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "logging": {"rsyslog_active": "true", "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}, {"id": "h2", "name": "h2", "tags": {}, "logging": {"rsyslog_active": true, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "logging": null}, {"id": "h3", "name": "h3", "tags": {}, "logging": "x"}, {"id": "ok", "name": "ok", "tags": {}, "logging": {"rsyslog_active": true, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "logging": {"rsyslog_active": true, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}, {"id": "b", "name": "b", "tags": {}, "logging": {"rsyslog_active": false, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}, {"id": "c", "name": "c", "tags": {}, "logging": {"rsyslog_active": true, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}, {"id": "d", "name": "d", "tags": {}, "logging": {"rsyslog_active": false, "syslog_ng_active": false, "journald_active": true, "journald_persistent": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_persistent_journal_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "logging": {"rsyslog_active": false, "syslog_ng_active": false, "journald_active": true, "journald_persistent": true}}])
}
