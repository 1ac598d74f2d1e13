package hipaa.db.mysql.table_encryption_test

import data.hipaa.db.mysql.table_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"tables_encrypted": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"tables_encrypted": false}), _r("db2", {})])
}

test_missing_tables_encrypted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["tables_encrypted"]), _r("db2", {})])
}

test_null_tables_encrypted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"tables_encrypted": null}), _r("db2", {})])
}

test_wrong_type_tables_encrypted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"tables_encrypted": "ON"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
