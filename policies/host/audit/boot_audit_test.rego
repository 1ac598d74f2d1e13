package hipaa.host.audit.boot_audit_test

import data.hipaa.host.audit.boot_audit as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_boot": {"audit": "1"}}])
}

test_no_audit_arg_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_boot": {"audit": "0"}}, {"id": "h2", "name": "h2", "tags": {}, "audit_boot": {"audit": "1"}}])
}

test_missing_audit_boot_audit_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_boot": {}}, {"id": "h2", "name": "h2", "tags": {}, "audit_boot": {"audit": "1"}}])
}

test_null_audit_boot_audit_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_boot": {"audit": null}}, {"id": "h2", "name": "h2", "tags": {}, "audit_boot": {"audit": "1"}}])
}

test_wrong_type_audit_boot_audit_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "audit_boot": {"audit": 5}}, {"id": "h2", "name": "h2", "tags": {}, "audit_boot": {"audit": "1"}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "audit_boot": null}, {"id": "h3", "name": "h3", "tags": {}, "audit_boot": "x"}, {"id": "ok", "name": "ok", "tags": {}, "audit_boot": {"audit": "1"}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "audit_boot": {"audit": "1"}}, {"id": "b", "name": "b", "tags": {}, "audit_boot": {"audit": "0"}}, {"id": "c", "name": "c", "tags": {}, "audit_boot": {"audit": "1"}}, {"id": "d", "name": "d", "tags": {}, "audit_boot": {"audit": "0"}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
