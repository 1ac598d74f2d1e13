package hipaa.host.auth.password_classes_test

import data.hipaa.host.auth.password_classes as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, pwquality) := {"id": id, "name": id, "tags": {}, "pwquality": pwquality}

_good := {"module": "pam_pwquality.so", "in_pam": true, "enforcing": null, "minlen": 14, "minclass": 4, "dcredit": null, "ucredit": null, "lcredit": null, "ocredit": null}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_minclass_3_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": 3})),
		_host("h2", _good),
	])
}

test_four_credits_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": null, "dcredit": -1, "ucredit": -1, "lcredit": -1, "ocredit": -2})),
		_host("h2", _good),
	])
}

test_three_credits_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": null, "dcredit": -1, "ucredit": -1, "lcredit": -1, "ocredit": 0})),
		_host("h2", _good),
	])
}

test_credit_null_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": 2, "dcredit": -1, "ucredit": -1, "lcredit": -1, "ocredit": null})),
		_host("h2", _good),
	])
}

test_credit_string_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": null, "dcredit": "-1", "ucredit": -1, "lcredit": -1, "ocredit": -1})),
		_host("h2", _good),
	])
}

test_positive_credits_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": null, "dcredit": 1, "ucredit": 1, "lcredit": 1, "ocredit": 1})),
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

test_missing_pwquality_minclass_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["minclass"])), _host("h2", _good)])
}

test_null_pwquality_minclass_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"minclass": null})), _host("h2", _good)])
}

test_wrong_type_pwquality_minclass_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"minclass": "4"})), _host("h2", _good)])
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
	policy.deny == {{"id": "h1", "msg": "Host h1: passwords need only 2 character classes; require all 4."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": 2})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

# minlen/minclass = 14/4 in pwquality.conf take no effect when pam_pwquality is not in the PAM
# password stack (it used to pass): the control fails.
test_values_without_module_in_stack_fail if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"module": null, "in_pam": false})),
		_host("h2", object.union(_good, {"in_pam": false})),
		_host("h3", object.union(_good, {"enforcing": 0})),
		_host("ok", _good),
	])
}

test_not_in_stack_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no enforcing password-quality module (pam_pwquality or pam_cracklib) is in every PAM password stack, so no character classes are required."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"in_pam": false})),
		_host("h2", _good),
	])
}

# The message never reads "only null character classes".
test_null_minclass_message_names_it_not_set if {
	policy.deny == {{"id": "h1", "msg": "Host h1: passwords need no minimum number of character classes (minclass is not set); require all 4."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"minclass": null})),
		_host("h2", _good),
	])
}
