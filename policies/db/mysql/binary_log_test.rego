package hipaa.db.mysql.binary_log_test

import data.hipaa.db.mysql.binary_log as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"log_bin": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_bin": false}), _r("db2", {})])
}

test_missing_log_bin_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["log_bin"]), _r("db2", {})])
}

test_null_log_bin_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_bin": null}), _r("db2", {})])
}

test_wrong_type_log_bin_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_bin": "ON"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
