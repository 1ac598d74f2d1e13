package hipaa.host.audit.failed_access_rules_test

import data.hipaa.host.audit.failed_access_rules as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}])
}

test_eperm_missing_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open"]}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}])
}

test_missing_audit_rules_failed_access_syscalls_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}])
}

test_null_audit_rules_failed_access_syscalls_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"failed_access_syscalls": null}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}])
}

test_wrong_type_audit_rules_failed_access_syscalls_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_rules": {"failed_access_syscalls": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "audit_rules": null}, {"id": "h3", "name": "h3", "tags": {}, "audit_rules": "x"}, {"id": "ok", "name": "ok", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}, {"id": "b", "name": "b", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open"]}}, {"id": "c", "name": "c", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"]}}, {"id": "d", "name": "d", "tags": {}, "audit_rules": {"failed_access_syscalls": ["creat", "open"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
