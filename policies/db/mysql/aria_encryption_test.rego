package hipaa.db.mysql.aria_encryption_test

import data.hipaa.db.mysql.aria_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"flavor": "mariadb", "aria_encrypt_tables": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"aria_encrypt_tables": false}), _r("db2", {})])
}

test_missing_aria_encrypt_tables_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["aria_encrypt_tables"]), _r("db2", {})])
}

test_missing_flavor_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["flavor"]), _r("db2", {})])
}

test_null_aria_encrypt_tables_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"aria_encrypt_tables": null}), _r("db2", {})])
}

test_null_flavor_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"flavor": null}), _r("db2", {})])
}

test_wrong_type_aria_encrypt_tables_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"aria_encrypt_tables": "ON"}), _r("db2", {})])
}

test_mysql_not_applicable if {
	t.ids(policy.not_applicable) == {"db1"} with input as _in([_r("db1", {"flavor": "mysql", "aria_encrypt_tables": null}), _r("db2", {})])
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"flavor": "mysql", "aria_encrypt_tables": null}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_flavor_unknown_and_unencrypted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"flavor": "percona", "aria_encrypt_tables": null}), _r("db2", {})])
}
