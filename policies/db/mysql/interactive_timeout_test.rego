package hipaa.db.mysql.interactive_timeout_test

import data.hipaa.db.mysql.interactive_timeout as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"interactive_timeout": 900}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_custom_limit_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"interactive_timeout": 1800, "logoff_limit_seconds": 1800}), _r("db2", {})])
}

test_default_8h_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"interactive_timeout": 28800}), _r("db2", {})])
}

test_zero_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"interactive_timeout": 0}), _r("db2", {})])
}

test_over_custom_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"interactive_timeout": 600, "logoff_limit_seconds": 300}), _r("db2", {})])
}

test_missing_interactive_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["interactive_timeout"]), _r("db2", {})])
}

test_null_interactive_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"interactive_timeout": null}), _r("db2", {})])
}

test_wrong_type_interactive_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"interactive_timeout": "900"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
