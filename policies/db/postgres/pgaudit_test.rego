package hipaa.db.postgres.pgaudit_test

import data.hipaa.db.postgres.pgaudit as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"shared_preload_libraries": "pg_stat_statements, pgaudit", "pgaudit_log": "read, write, ddl"}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_all_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"pgaudit_log": "all"}), _r("db2", {})])
}

test_not_loaded_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"shared_preload_libraries": "pg_stat_statements"}), _r("db2", {})])
}

test_no_read_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"pgaudit_log": "write,ddl"}), _r("db2", {})])
}

test_no_write_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"pgaudit_log": "read"}), _r("db2", {})])
}

test_all_minus_read_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"pgaudit_log": "all,-read"}), _r("db2", {})])
}

test_none_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"pgaudit_log": "none"}), _r("db2", {})])
}

test_missing_shared_preload_libraries_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["shared_preload_libraries"]), _r("db2", {})])
}

test_missing_pgaudit_log_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["pgaudit_log"]), _r("db2", {})])
}

test_null_shared_preload_libraries_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"shared_preload_libraries": null}), _r("db2", {})])
}

test_null_pgaudit_log_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"pgaudit_log": null}), _r("db2", {})])
}

test_wrong_type_pgaudit_log_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"pgaudit_log": ["read", "write"]}), _r("db2", {})])
}

test_wrong_type_shared_preload_libraries_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"shared_preload_libraries": ["pgaudit"]}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
