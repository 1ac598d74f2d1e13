package hipaa.db.postgres.log_connections_test

import data.hipaa.db.postgres.log_connections as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"log_connections": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_connections": false}), _r("db2", {})])
}

test_missing_log_connections_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["log_connections"]), _r("db2", {})])
}

test_null_log_connections_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_connections": null}), _r("db2", {})])
}

test_wrong_type_log_connections_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_connections": "on"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
