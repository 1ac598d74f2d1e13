package hipaa.host.audit.space_left_action_test

import data.hipaa.host.audit.space_left_action as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}])
}

test_syslog_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "auditd_conf": {"space_left_action": "SYSLOG"}}, {"id": "h2", "name": "h2", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}])
}

test_ignore_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "auditd_conf": {"space_left_action": "IGNORE"}}, {"id": "h2", "name": "h2", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}])
}

test_missing_auditd_conf_space_left_action_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "auditd_conf": {}}, {"id": "h2", "name": "h2", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}])
}

test_null_auditd_conf_space_left_action_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "auditd_conf": {"space_left_action": null}}, {"id": "h2", "name": "h2", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}])
}

test_wrong_type_auditd_conf_space_left_action_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "auditd_conf": {"space_left_action": 5}}, {"id": "h2", "name": "h2", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "auditd_conf": null}, {"id": "h3", "name": "h3", "tags": {}, "auditd_conf": "x"}, {"id": "ok", "name": "ok", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}, {"id": "b", "name": "b", "tags": {}, "auditd_conf": {"space_left_action": "SYSLOG"}}, {"id": "c", "name": "c", "tags": {}, "auditd_conf": {"space_left_action": "EMAIL"}}, {"id": "d", "name": "d", "tags": {}, "auditd_conf": {"space_left_action": "SYSLOG"}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
