package hipaa.host.auth.rsh_trust_test

import data.hipaa.host.auth.rsh_trust as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "rsh_trust": {"files": []}}])
}

test_equiv_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "rsh_trust": {"files": ["/etc/hosts.equiv"]}}, {"id": "h2", "name": "h2", "tags": {}, "rsh_trust": {"files": []}}])
}

test_missing_rsh_trust_files_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "rsh_trust": {}}, {"id": "h2", "name": "h2", "tags": {}, "rsh_trust": {"files": []}}])
}

test_null_rsh_trust_files_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "rsh_trust": {"files": null}}, {"id": "h2", "name": "h2", "tags": {}, "rsh_trust": {"files": []}}])
}

test_wrong_type_rsh_trust_files_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "rsh_trust": {"files": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "rsh_trust": {"files": []}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "rsh_trust": null}, {"id": "h3", "name": "h3", "tags": {}, "rsh_trust": "x"}, {"id": "ok", "name": "ok", "tags": {}, "rsh_trust": {"files": []}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "rsh_trust": {"files": []}}, {"id": "b", "name": "b", "tags": {}, "rsh_trust": {"files": ["/etc/hosts.equiv"]}}, {"id": "c", "name": "c", "tags": {}, "rsh_trust": {"files": []}}, {"id": "d", "name": "d", "tags": {}, "rsh_trust": {"files": ["/etc/hosts.equiv"]}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
