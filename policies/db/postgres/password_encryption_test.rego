package hipaa.db.postgres.password_encryption_test

import data.hipaa.db.postgres.password_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"password_encryption": "scram-sha-256"}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_md5_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"password_encryption": "md5"}), _r("db2", {})])
}

test_on_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"password_encryption": "on"}), _r("db2", {})])
}

test_missing_password_encryption_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["password_encryption"]), _r("db2", {})])
}

test_null_password_encryption_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"password_encryption": null}), _r("db2", {})])
}

test_wrong_type_password_encryption_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"password_encryption": true}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
