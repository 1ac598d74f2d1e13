package hipaa.db.mysql.wait_timeout_test

import data.hipaa.db.mysql.wait_timeout as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"wait_timeout": 900}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_custom_limit_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"wait_timeout": 1800, "logoff_limit_seconds": 1800}), _r("db2", {})])
}

test_default_8h_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"wait_timeout": 28800}), _r("db2", {})])
}

test_zero_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"wait_timeout": 0}), _r("db2", {})])
}

test_over_custom_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"wait_timeout": 600, "logoff_limit_seconds": 300}), _r("db2", {})])
}

test_missing_wait_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["wait_timeout"]), _r("db2", {})])
}

test_null_wait_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"wait_timeout": null}), _r("db2", {})])
}

test_wrong_type_wait_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"wait_timeout": "900"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
