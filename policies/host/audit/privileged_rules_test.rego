package hipaa.host.audit.privileged_rules_test

import data.hipaa.host.audit.privileged_rules as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, rules) := {"id": id, "name": id, "tags": {}, "audit_rules": rules}

_good := [{"path": "/usr/bin/sudo", "perms": "x", "recursive": false}, {"path": "/usr/bin/su", "perms": "x", "recursive": false}]

_without(p) := [w | some w in _good; w.path != p]

test_all_watched_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": _good})])
}

test_usr_bin_sudo_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/usr/bin/sudo")}), _host("h2", {"watches": _good})])
}

test_usr_bin_su_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/usr/bin/su")}), _host("h2", {"watches": _good})])
}

test_watch_without_x_permission_fails if {
	bad := [object.union(w, {"perms": "wa"}) | some w in _good]
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
		_host("str", {"watches": "/usr/bin/sudo"}),
		_host("obj", {"watches": {"path": "/x"}}),
		_host("items", {"watches": ["/usr/bin/sudo", 7, null, {"path": null, "perms": "wa"}, {"path": "/usr/bin/sudo", "perms": null}, {"path": 5, "perms": 5}]}),
		_host("ok", {"watches": _good}),
	])
}

test_empty_watches_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": []}), _host("h2", {"watches": _good})])
}

test_bin_paths_pass if {
	watches := [{"path": "/bin/sudo", "perms": "x", "recursive": false}, {"path": "/bin/su", "perms": "x", "recursive": false}]
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": watches})])
}

test_message_names_the_command if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no audit rule records executions of su."}} with input as t.inventory("host", [
		_host("h1", {"watches": _without("/usr/bin/su")}),
		_host("h2", {"watches": _good}),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
