package hipaa.host.audit.chmod_rules_test

import data.hipaa.host.audit.chmod_rules as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}])
}

test_fchmodat_missing_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod"]}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}])
}

test_missing_audit_rules_syscalls_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}])
}

test_null_audit_rules_syscalls_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"syscalls": null}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}])
}

test_wrong_type_audit_rules_syscalls_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"syscalls": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": null}, {"id": "h3", "name": "h3", "tags": {}, "audit_rules": "x"}, {"id": "ok", "name": "ok", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}, {"id": "b", "name": "b", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod"]}}, {"id": "c", "name": "c", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod", "fchmodat"]}}, {"id": "d", "name": "d", "tags": {}, "audit_rules": {"syscalls": ["chmod", "fchmod"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
