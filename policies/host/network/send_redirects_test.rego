package hipaa.host.network.send_redirects_test

import data.hipaa.host.network.send_redirects as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_all_1_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 1, "ipv4_default_send_redirects": 0}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_default_1_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 1}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_missing_sysctl_ipv4_all_send_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_default_send_redirects": 0}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_null_sysctl_ipv4_all_send_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": null, "ipv4_default_send_redirects": 0}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_wrong_type_sysctl_ipv4_all_send_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": "0", "ipv4_default_send_redirects": 0}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_missing_sysctl_ipv4_default_send_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_null_sysctl_ipv4_default_send_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": null}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_wrong_type_sysctl_ipv4_default_send_redirects_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": "0"}}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "sysctl": null}, {"id": "h3", "name": "h3", "tags": {}, "sysctl": "x"}, {"id": "ok", "name": "ok", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}, {"id": "b", "name": "b", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 1, "ipv4_default_send_redirects": 0}}, {"id": "c", "name": "c", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 0, "ipv4_default_send_redirects": 0}}, {"id": "d", "name": "d", "tags": {}, "sysctl": {"ipv4_all_send_redirects": 1, "ipv4_default_send_redirects": 0}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
