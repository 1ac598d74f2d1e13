package hipaa.host.system.aslr_test

import data.hipaa.host.system.aslr as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}])
}

test_aslr_off_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"kernel_randomize_va_space": 0}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}])
}

test_missing_sysctl_kernel_randomize_va_space_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}])
}

test_null_sysctl_kernel_randomize_va_space_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"kernel_randomize_va_space": null}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}])
}

test_wrong_type_sysctl_kernel_randomize_va_space_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"kernel_randomize_va_space": "2"}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": null}, {"id": "h3", "name": "h3", "tags": {}, "sysctl": "x"}, {"id": "ok", "name": "ok", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}, {"id": "b", "name": "b", "tags": {}, "sysctl": {"kernel_randomize_va_space": 0}}, {"id": "c", "name": "c", "tags": {}, "sysctl": {"kernel_randomize_va_space": 2}}, {"id": "d", "name": "d", "tags": {}, "sysctl": {"kernel_randomize_va_space": 0}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
