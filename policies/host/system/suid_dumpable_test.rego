package hipaa.host.system.suid_dumpable_test

import data.hipaa.host.system.suid_dumpable as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}])
}

test_dumpable_2_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"fs_suid_dumpable": 2}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}])
}

test_missing_sysctl_fs_suid_dumpable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}])
}

test_null_sysctl_fs_suid_dumpable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"fs_suid_dumpable": null}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}])
}

test_wrong_type_sysctl_fs_suid_dumpable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"fs_suid_dumpable": "0"}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": null}, {"id": "h3", "name": "h3", "tags": {}, "sysctl": "x"}, {"id": "ok", "name": "ok", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}, {"id": "b", "name": "b", "tags": {}, "sysctl": {"fs_suid_dumpable": 2}}, {"id": "c", "name": "c", "tags": {}, "sysctl": {"fs_suid_dumpable": 0}}, {"id": "d", "name": "d", "tags": {}, "sysctl": {"fs_suid_dumpable": 2}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
