package hipaa.host.audit.identity_rules_test

import data.hipaa.host.audit.identity_rules as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, rules) := {"id": id, "name": id, "tags": {}, "audit_rules": rules}

_good := [{"path": "/etc/passwd", "perms": "wa", "recursive": true}, {"path": "/etc/group", "perms": "wa", "recursive": true}, {"path": "/etc/shadow", "perms": "wa", "recursive": true}, {"path": "/etc/gshadow", "perms": "wa", "recursive": true}, {"path": "/etc/security/opasswd", "perms": "wa", "recursive": true}]

_without(p) := [w | some w in _good; w.path != p]

test_all_watched_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": _good})])
}

test_etc_passwd_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/etc/passwd")}), _host("h2", {"watches": _good})])
}

test_etc_group_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/etc/group")}), _host("h2", {"watches": _good})])
}

test_etc_shadow_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/etc/shadow")}), _host("h2", {"watches": _good})])
}

test_etc_gshadow_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/etc/gshadow")}), _host("h2", {"watches": _good})])
}

test_etc_security_opasswd_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/etc/security/opasswd")}), _host("h2", {"watches": _good})])
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
		_host("str", {"watches": "/etc/passwd"}),
		_host("obj", {"watches": {"path": "/x"}}),
		_host("items", {"watches": ["/etc/passwd", 7, null, {"path": null, "perms": "wa"}, {"path": "/etc/passwd", "perms": null}, {"path": 5, "perms": 5}]}),
		_host("ok", {"watches": _good}),
	])
}

test_empty_watches_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": []}), _host("h2", {"watches": _good})])
}

# auditctl -w on a directory watches its whole subtree (like -F dir=): /etc covers /etc/passwd.
test_recursive_watch_on_etc_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": [{"path": "/etc/", "perms": "wa", "recursive": true}]})])
}

# -F path=/etc watches the directory inode only, not the files below it.
test_non_recursive_watch_on_etc_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"watches": [{"path": "/etc", "perms": "wa", "recursive": false}]}),
		_host("h2", {"watches": _good}),
	])
}

test_watch_on_a_sibling_with_the_same_prefix_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"watches": array.concat(_without("/etc/passwd"), [{"path": "/etc/pass", "perms": "wa", "recursive": true}])}),
		_host("h2", {"watches": _good}),
	])
}

test_message_names_the_path if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no audit rule watches /etc/gshadow for writes."}} with input as t.inventory("host", [
		_host("h1", {"watches": _without("/etc/gshadow")}),
		_host("h2", {"watches": _good}),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
