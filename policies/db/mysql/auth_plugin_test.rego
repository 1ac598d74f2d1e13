package hipaa.db.mysql.auth_plugin_test

import data.hipaa.db.mysql.auth_plugin as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_caching_sha2_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "app_x", "host": "10.0.%", "plugin": "caching_sha2_password", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}), _r("db2", {})])
}

test_native_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "billing", "host": "10.0.%", "plugin": "mysql_native_password", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}), _r("db2", {})])
}

test_plugin_null_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "billing", "host": "10.0.%", "plugin": null, "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}), _r("db2", {})])
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
