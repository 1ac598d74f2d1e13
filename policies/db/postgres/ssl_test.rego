package hipaa.db.postgres.ssl_test

import data.hipaa.db.postgres.ssl as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"ssl": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_ssl_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl": false}), _r("db2", {})])
}

test_missing_ssl_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["ssl"]), _r("db2", {})])
}

test_null_ssl_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl": null}), _r("db2", {})])
}

test_wrong_type_ssl_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl": "on"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
