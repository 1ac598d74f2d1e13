package hipaa.db.mysql.empty_passwords_test

import data.hipaa.db.mysql.empty_passwords as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_locked_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "old", "host": "10.0.%", "plugin": "ed25519", "password_empty": true, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false, "locked": true}]}), _r("db2", {})])
}

test_empty_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "billing", "host": "10.0.%", "plugin": "ed25519", "password_empty": true, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}), _r("db2", {})])
}

test_unknown_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "billing", "host": "10.0.%", "plugin": "ed25519", "password_empty": null, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}), _r("db2", {})])
}

test_missing_accounts_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["accounts"]), _r("db2", {})])
}

test_null_accounts_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": null}), _r("db2", {})])
}

test_wrong_type_accounts_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": "x"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
