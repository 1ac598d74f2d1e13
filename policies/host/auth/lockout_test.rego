package hipaa.host.auth.lockout_test

import data.hipaa.host.auth.lockout as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, lockout) := {"id": id, "name": id, "tags": {}, "lockout": lockout}

_good := {"module": "pam_faillock", "deny": 5, "in_all_stacks": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_deny_3_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"deny": 3})),
		_host("h2", _good),
	])
}

test_tally2_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"module": "pam_tally2"})),
		_host("h2", _good),
	])
}

test_deny_10_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"deny": 10})),
		_host("h2", _good),
	])
}

test_deny_0_never_locks_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"deny": 0})),
		_host("h2", _good),
	])
}

test_no_module_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"module": null, "deny": null})),
		_host("h2", _good),
	])
}

test_empty_module_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"module": ""})),
		_host("h2", _good),
	])
}

test_only_in_system_auth_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"in_all_stacks": false})),
		_host("h2", _good),
	])
}

test_missing_lockout_module_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["module"])), _host("h2", _good)])
}

test_null_lockout_module_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"module": null})), _host("h2", _good)])
}

test_wrong_type_lockout_module_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"module": true})), _host("h2", _good)])
}

test_missing_lockout_deny_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["deny"])), _host("h2", _good)])
}

test_null_lockout_deny_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"deny": null})), _host("h2", _good)])
}

test_wrong_type_lockout_deny_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"deny": "5"})), _host("h2", _good)])
}

test_missing_lockout_in_all_stacks_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["in_all_stacks"])), _host("h2", _good)])
}

test_null_lockout_in_all_stacks_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"in_all_stacks": null})), _host("h2", _good)])
}

test_wrong_type_lockout_in_all_stacks_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"in_all_stacks": "yes"})), _host("h2", _good)])
}

test_missing_lockout_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "lockout"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: accounts lock after 10 failures; it must be 1 to 5."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"deny": 10})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
