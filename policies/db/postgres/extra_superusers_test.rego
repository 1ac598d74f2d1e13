package hipaa.db.postgres.extra_superusers_test

import data.hipaa.db.postgres.extra_superusers as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"roles": [{"name": "admin", "bootstrap": true, "superuser": true, "login": true, "createrole": true, "createdb": true, "replication": true, "bypassrls": true, "valid_until": null}, {"name": "dr_smith", "bootstrap": false, "superuser": false, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_second_superuser_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": [{"name": "admin", "bootstrap": true, "superuser": true, "login": true, "createrole": true, "createdb": true, "replication": true, "bypassrls": true, "valid_until": null}, {"name": "ops", "bootstrap": false, "superuser": true, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}), _r("db2", {})])
}

test_superuser_unknown_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": [{"name": "admin", "bootstrap": true, "superuser": true, "login": true, "createrole": true, "createdb": true, "replication": true, "bypassrls": true, "valid_until": null}, {"name": "ops", "bootstrap": false, "superuser": null, "login": true, "createrole": false, "createdb": false, "replication": false, "bypassrls": false, "valid_until": null}]}), _r("db2", {})])
}

test_missing_roles_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["roles"]), _r("db2", {})])
}

test_null_roles_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": null}), _r("db2", {})])
}

test_wrong_type_roles_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"roles": {"admin": true}}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_hostile_role_name_in_message if {
	some e in policy.deny with input as _in([_r("db1", {"roles": [{"name": "<script>x</script>", "bootstrap": false, "superuser": true}]})])
	contains(e.msg, "<script>x</script>")
}
