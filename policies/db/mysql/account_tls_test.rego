package hipaa.db.mysql.account_tls_test

import data.hipaa.db.mysql.account_tls as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_x509_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "lab", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "X509", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}), _r("db2", {})])
}

test_remote_none_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": [{"user": "root", "host": "localhost", "plugin": "unix_socket", "password_empty": false, "ssl_type": "NONE", "super": true, "all_privileges": true, "grant_option": true, "system": false, "bootstrap": true}, {"user": "mariadb.sys", "host": "localhost", "plugin": "mysql_native_password", "password_empty": true, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": true, "bootstrap": false}, {"user": "dr_smith", "host": "10.0.%", "plugin": "ed25519", "password_empty": false, "ssl_type": "ANY", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}, {"user": "billing", "host": "%", "plugin": "ed25519", "password_empty": false, "ssl_type": "NONE", "super": false, "all_privileges": false, "grant_option": false, "system": false, "bootstrap": false}]}), _r("db2", {})])
}

test_ssl_type_missing_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": [{"user": "b", "host": "%"}]}), _r("db2", {})])
}

test_missing_accounts_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["accounts"]), _r("db2", {})])
}

test_null_accounts_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": null}), _r("db2", {})])
}

test_wrong_type_accounts_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"accounts": "root@%"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_hostile_account_name_in_message if {
	some e in policy.deny with input as _in([_r("db1", {"accounts": [{"user": "<img src=x onerror=alert(1)>", "host": "%", "ssl_type": "NONE"}]})])
	contains(e.msg, "<img src=x onerror=alert(1)>")
}
