package hipaa.db.postgres.log_disconnections_test

import data.hipaa.db.postgres.log_disconnections as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"log_disconnections": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_disconnections": false}), _r("db2", {})])
}

test_missing_log_disconnections_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["log_disconnections"]), _r("db2", {})])
}

test_null_log_disconnections_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_disconnections": null}), _r("db2", {})])
}

test_wrong_type_log_disconnections_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_disconnections": "on"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
