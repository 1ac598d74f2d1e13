package hipaa.host.audit.sudoers_rules_test

import data.hipaa.host.audit.sudoers_rules as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, rules) := {"id": id, "name": id, "tags": {}, "audit_rules": rules}

_good := [{"path": "/etc/sudoers", "perms": "wa", "recursive": true}, {"path": "/etc/sudoers.d", "perms": "wa", "recursive": true}]

_without(p) := [w | some w in _good; w.path != p]

test_all_watched_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": _good})])
}

test_etc_sudoers_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/etc/sudoers")}), _host("h2", {"watches": _good})])
}

test_etc_sudoers_d_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/etc/sudoers.d")}), _host("h2", {"watches": _good})])
}

test_watch_without_w_permission_fails if {
	bad := [object.union(w, {"perms": "r"}) | some w in _good]
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": bad}), _host("h2", {"watches": _good})])
}

test_missing_audit_rules_watches_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", {}),
		{"id": "h2", "name": "h2"},
		_host("h3", "rules"),
		_host("ok", {"watches": _good}),
	])
}

test_null_audit_rules_watches_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"watches": null}),
		_host("h2", null),
		_host("ok", {"watches": _good}),
	])
}

test_wrong_type_watches_fail_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj", "items"} with input as t.inventory("host", [
		_host("bool", {"watches": true}),
		_host("str", {"watches": "/etc/sudoers"}),
		_host("obj", {"watches": {"path": "/x"}}),
		_host("items", {"watches": ["/etc/sudoers", 7, null, {"path": null, "perms": "wa"}, {"path": "/etc/sudoers", "perms": null}, {"path": 5, "perms": 5}]}),
		_host("ok", {"watches": _good}),
	])
}

test_empty_watches_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": []}), _host("h2", {"watches": _good})])
}

# '-w /etc/sudoers.d/ -p wa' (trailing slash) watches the same directory.
test_trailing_slash_watch_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": [
		{"path": "/etc/sudoers", "perms": "wa", "recursive": true},
		{"path": "/etc/sudoers.d/", "perms": "wa", "recursive": true},
	]})])
}

test_trailing_slash_without_recursive_field_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": [
		{"path": "/etc/sudoers", "perms": "wa"},
		{"path": "/etc/sudoers.d//", "perms": "wa"},
	]})])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
