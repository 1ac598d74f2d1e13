package hipaa.db.mysql.binlog_encryption_test

import data.hipaa.db.mysql.binlog_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"binlog_encrypted": true, "log_bin": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"binlog_encrypted": false}), _r("db2", {})])
}

test_missing_binlog_encrypted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["binlog_encrypted"]), _r("db2", {})])
}

test_null_binlog_encrypted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"binlog_encrypted": null}), _r("db2", {})])
}

test_wrong_type_binlog_encrypted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"binlog_encrypted": "ON"}), _r("db2", {})])
}

test_binlog_off_not_applicable if {
	t.ids(policy.not_applicable) == {"db1"} with input as _in([_r("db1", {"log_bin": false, "binlog_encrypted": false}), _r("db2", {})])
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"log_bin": false, "binlog_encrypted": false}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_missing_log_bin_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {"binlog_encrypted": false}), ["log_bin"]), _r("db2", {})])
}
