package hipaa.db.postgres.log_line_prefix_test

import data.hipaa.db.postgres.log_line_prefix as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"log_line_prefix": "%m [%p] user=%u db=%d client=%h "}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_remote_port_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"log_line_prefix": "%t %u@%d %r "}), _r("db2", {})])
}

test_default_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_line_prefix": "%m [%p] "}), _r("db2", {})])
}

test_no_client_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_line_prefix": "%m %u %d "}), _r("db2", {})])
}

test_no_db_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_line_prefix": "%m %u %h "}), _r("db2", {})])
}

test_missing_log_line_prefix_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["log_line_prefix"]), _r("db2", {})])
}

test_null_log_line_prefix_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_line_prefix": null}), _r("db2", {})])
}

test_wrong_type_log_line_prefix_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"log_line_prefix": 5}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
