package hipaa.db.postgres.supported_version_test

import data.hipaa.db.postgres.supported_version as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"major_version": 16}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_pg15_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"major_version": 15}), _r("db2", {})])
}

test_pg12_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": 12}), _r("db2", {})])
}

test_pg13_after_eol_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": 13}), _r("db2", {})])
}

test_unknown_future_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": 99}), _r("db2", {})])
}

test_missing_major_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["major_version"]), _r("db2", {})])
}

test_null_major_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": null}), _r("db2", {})])
}

test_wrong_type_major_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": "16"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_collection_date_missing_fails if {
	t.ids(policy.deny) == {"db1"} with input as {"resources": {"postgres_server": [_r("db1", {})]}}
}
