package hipaa.host.audit.immutable_test

import data.hipaa.host.audit.immutable as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"immutable": true}}])
}

test_mutable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"immutable": false}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"immutable": true}}])
}

test_missing_audit_rules_immutable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"immutable": true}}])
}

test_null_audit_rules_immutable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"immutable": null}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"immutable": true}}])
}

test_wrong_type_audit_rules_immutable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"immutable": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"immutable": true}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": null}, {"id": "h3", "name": "h3", "tags": {}, "audit_rules": "x"}, {"id": "ok", "name": "ok", "tags": {}, "audit_rules": {"immutable": true}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "audit_rules": {"immutable": true}}, {"id": "b", "name": "b", "tags": {}, "audit_rules": {"immutable": false}}, {"id": "c", "name": "c", "tags": {}, "audit_rules": {"immutable": true}}, {"id": "d", "name": "d", "tags": {}, "audit_rules": {"immutable": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
