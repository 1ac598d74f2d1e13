package hipaa.db.postgres.shared_logins_test

import data.hipaa.db.postgres.shared_logins as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"roles": [{"name": "admin", "bootstrap": true, "superuser": true, "login": true, "createrole": true, "createdb": true, "replication": true, "bypassrls": true, "valid_until": null}, {"name": "dr_smith", "bootstrap": false, "superuser": false, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}, {"name": "clinic_staff", "bootstrap": false, "superuser": false, "login": false, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_personal_names_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"roles": [{"name": "jdoe2", "bootstrap": false, "superuser": false, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}, {"name": "mapping", "bootstrap": false, "superuser": false, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}, {"name": "happy", "bootstrap": false, "superuser": false, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}), _r("db2", {})])
}

test_shared_app_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": [{"name": "admin", "bootstrap": true, "superuser": true, "login": true, "createrole": true, "createdb": true, "replication": true, "bypassrls": true, "valid_until": null}, {"name": "app", "bootstrap": false, "superuser": false, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}), _r("db2", {})])
}

test_clinic_user_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": [{"name": "admin", "bootstrap": true, "superuser": true, "login": true, "createrole": true, "createdb": true, "replication": true, "bypassrls": true, "valid_until": null}, {"name": "clinic_frontdesk", "bootstrap": false, "superuser": false, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}), _r("db2", {})])
}

test_login_unknown_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": [{"name": "shared", "bootstrap": false, "superuser": false, "login": null, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}), _r("db2", {})])
}

test_missing_roles_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["roles"]), _r("db2", {})])
}

test_null_roles_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": null}), _r("db2", {})])
}

test_wrong_type_roles_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": "app"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
