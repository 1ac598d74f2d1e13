package hipaa.host.auth.pwquality_pam_test

import data.hipaa.host.auth.pwquality_pam as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, pwquality) := {"id": id, "name": id, "tags": {}, "pwquality": pwquality}

_good := {"module": "pam_pwquality.so", "in_pam": true, "enforcing": null}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_not_in_stack_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"module": null, "in_pam": false})),
		_host("h2", _good),
	])
}

test_enforcing_1_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"enforcing": 1})),
		_host("h2", _good),
	])
}

test_enforcing_0_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"enforcing": 0})),
		_host("h2", _good),
	])
}

test_missing_pwquality_in_pam_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["in_pam"])), _host("h2", _good)])
}

test_null_pwquality_in_pam_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"in_pam": null})), _host("h2", _good)])
}

test_wrong_type_pwquality_in_pam_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"in_pam": "true"})), _host("h2", _good)])
}

test_missing_pwquality_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "pwquality"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: pam_pwquality only warns (enforcing = 0), so weak passwords are accepted."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"enforcing": 0})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
