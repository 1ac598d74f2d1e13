package hipaa.host.auth.password_max_age_test

import data.hipaa.host.auth.password_max_age as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, login_defs) := {"id": id, "name": id, "tags": {}, "login_defs": login_defs}

_good := {"pass_max_days": 90}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_thirty_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pass_max_days": 30})),
		_host("h2", _good),
	])
}

test_default_99999_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pass_max_days": 99999})),
		_host("h2", _good),
	])
}

test_ninety_one_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pass_max_days": 91})),
		_host("h2", _good),
	])
}

test_zero_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pass_max_days": 0})),
		_host("h2", _good),
	])
}

test_never_minus_1_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pass_max_days": -1})),
		_host("h2", _good),
	])
}

test_missing_login_defs_pass_max_days_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["pass_max_days"])), _host("h2", _good)])
}

test_null_login_defs_pass_max_days_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"pass_max_days": null})), _host("h2", _good)])
}

test_wrong_type_login_defs_pass_max_days_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"pass_max_days": "90"})), _host("h2", _good)])
}

test_missing_login_defs_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "login_defs"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: PASS_MAX_DAYS is 99999; it must be 1 to 90."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pass_max_days": 99999})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
