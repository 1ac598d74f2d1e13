package hipaa.db.postgres.public_schema_create_test

import data.hipaa.db.postgres.public_schema_create as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"public_schema_public_create": false}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_granted_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"public_schema_public_create": true}), _r("db2", {})])
}

test_missing_public_schema_public_create_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["public_schema_public_create"]), _r("db2", {})])
}

test_null_public_schema_public_create_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"public_schema_public_create": null}), _r("db2", {})])
}

test_wrong_type_public_schema_public_create_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"public_schema_public_create": "no"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
