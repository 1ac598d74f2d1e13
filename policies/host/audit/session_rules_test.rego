package hipaa.host.audit.session_rules_test

import data.hipaa.host.audit.session_rules as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, rules) := {"id": id, "name": id, "tags": {}, "audit_rules": rules}

_good := [{"path": "/var/run/utmp", "perms": "wa", "recursive": true}, {"path": "/var/log/wtmp", "perms": "wa", "recursive": true}, {"path": "/var/log/btmp", "perms": "wa", "recursive": true}]

_without(p) := [w | some w in _good; w.path != p]

test_all_watched_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": _good})])
}

test_var_run_utmp_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/var/run/utmp")}), _host("h2", {"watches": _good})])
}

test_var_log_wtmp_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/var/log/wtmp")}), _host("h2", {"watches": _good})])
}

test_var_log_btmp_not_watched_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": _without("/var/log/btmp")}), _host("h2", {"watches": _good})])
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
		_host("str", {"watches": "/var/run/utmp"}),
		_host("obj", {"watches": {"path": "/x"}}),
		_host("items", {"watches": ["/var/run/utmp", 7, null, {"path": null, "perms": "wa"}, {"path": "/var/run/utmp", "perms": null}, {"path": 5, "perms": 5}]}),
		_host("ok", {"watches": _good}),
	])
}

test_empty_watches_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"watches": []}), _host("h2", {"watches": _good})])
}

# /var/run is a symlink to /run: a watch on /run/utmp is the same watch.
test_run_utmp_watch_passes if {
	watches := array.concat([{"path": "/run/utmp", "perms": "wa", "recursive": true}], _without("/var/run/utmp"))
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", {"watches": watches})])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
