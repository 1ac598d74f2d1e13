package hipaa.db.mysql.password_check_test

import data.hipaa.db.mysql.password_check as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"plugins": ["innodb", "simple_password_check"]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_component_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"plugins": ["innodb"], "validate_password_policy": "MEDIUM"}), _r("db2", {})])
}

test_none_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": ["innodb"]}), _r("db2", {})])
}

test_component_but_no_plugins_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": [], "validate_password_policy": "MEDIUM"}), _r("db2", {})])
}

test_missing_plugins_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["plugins"]), _r("db2", {})])
}

test_null_plugins_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": null}), _r("db2", {})])
}

test_wrong_type_plugins_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": "simple_password_check"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
