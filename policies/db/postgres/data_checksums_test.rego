package hipaa.db.postgres.data_checksums_test

import data.hipaa.db.postgres.data_checksums as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"data_checksums": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"data_checksums": false}), _r("db2", {})])
}

test_missing_data_checksums_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["data_checksums"]), _r("db2", {})])
}

test_null_data_checksums_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"data_checksums": null}), _r("db2", {})])
}

test_wrong_type_data_checksums_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"data_checksums": "on"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
