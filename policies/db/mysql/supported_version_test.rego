package hipaa.db.mysql.supported_version_test

import data.hipaa.db.mysql.supported_version as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"flavor": "mariadb", "major_version": "10.11"}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_mysql84_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"flavor": "mysql", "major_version": "8.4"}), _r("db2", {})])
}

test_mariadb105_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": "10.5"}), _r("db2", {})])
}

test_mysql57_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"flavor": "mysql", "major_version": "5.7"}), _r("db2", {})])
}

test_mysql80_after_eol_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"flavor": "mysql", "major_version": "8.0"}), _r("db2", {})])
}

test_flavor_mismatch_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"flavor": "mysql", "major_version": "10.11"}), _r("db2", {})])
}

test_missing_flavor_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["flavor"]), _r("db2", {})])
}

test_missing_major_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["major_version"]), _r("db2", {})])
}

test_null_flavor_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"flavor": null}), _r("db2", {})])
}

test_null_major_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": null}), _r("db2", {})])
}

test_wrong_type_major_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"major_version": 10.11}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_collection_date_missing_fails if {
	t.ids(policy.deny) == {"db1"} with input as {"resources": {"mysql_server": [_r("db1", {})]}}
}
