package hipaa.db.mysql.audit_connections_test

import data.hipaa.db.mysql.audit_connections as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"plugins": ["innodb", "server_audit"], "server_audit_logging": true, "server_audit_events": "CONNECT,QUERY_DML,QUERY_DDL"}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_all_events_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"server_audit_events": ""}), _r("db2", {})])
}

test_mysql_audit_log_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"plugins": ["audit_log"], "server_audit_logging": null, "server_audit_events": null, "audit_log_policy": "ALL"}), _r("db2", {})])
}

test_not_loaded_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": ["innodb"]}), _r("db2", {})])
}

test_logging_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"server_audit_logging": false}), _r("db2", {})])
}

test_other_events_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"server_audit_events": "QUERY"}), _r("db2", {})])
}

test_audit_log_none_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": ["audit_log"], "audit_log_policy": "NONE"}), _r("db2", {})])
}

test_missing_plugins_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["plugins"]), _r("db2", {})])
}

test_missing_server_audit_logging_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["server_audit_logging"]), _r("db2", {})])
}

test_missing_server_audit_events_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["server_audit_events"]), _r("db2", {})])
}

test_null_plugins_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": null}), _r("db2", {})])
}

test_null_server_audit_logging_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"server_audit_logging": null}), _r("db2", {})])
}

test_null_server_audit_events_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"server_audit_events": null}), _r("db2", {})])
}

test_wrong_type_plugins_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"plugins": "server_audit"}), _r("db2", {})])
}

test_wrong_type_server_audit_events_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"server_audit_events": ["CONNECT"]}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
