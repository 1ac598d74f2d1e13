package hipaa.host.audit.rules_loaded_test

import data.hipaa.host.audit.rules_loaded as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, audit_rules) := {"id": id, "name": id, "tags": {}, "audit_rules": audit_rules}

_good := {"rule_count": 17, "loaded_rule_count": 17}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_more_loaded_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"loaded_rule_count": 20})),
		_host("h2", _good),
	])
}

test_fewer_loaded_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"loaded_rule_count": 3})),
		_host("h2", _good),
	])
}

test_none_loaded_none_on_disk_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"rule_count": 0, "loaded_rule_count": 0})),
		_host("h2", _good),
	])
}

test_none_loaded_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"loaded_rule_count": 0})),
		_host("h2", _good),
	])
}

test_missing_audit_rules_rule_count_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["rule_count"])), _host("h2", _good)])
}

test_null_audit_rules_rule_count_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"rule_count": null})), _host("h2", _good)])
}

test_wrong_type_audit_rules_rule_count_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"rule_count": "17"})), _host("h2", _good)])
}

test_missing_audit_rules_loaded_rule_count_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["loaded_rule_count"])), _host("h2", _good)])
}

test_null_audit_rules_loaded_rule_count_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"loaded_rule_count": null})), _host("h2", _good)])
}

test_wrong_type_audit_rules_loaded_rule_count_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"loaded_rule_count": "17"})), _host("h2", _good)])
}

test_missing_audit_rules_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "audit_rules"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the kernel has 3 audit rules loaded; the rule files hold 17."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"loaded_rule_count": 3})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
