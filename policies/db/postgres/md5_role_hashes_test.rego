package hipaa.db.postgres.md5_role_hashes_test

import data.hipaa.db.postgres.md5_role_hashes as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"password_hashes": [{"role": "admin", "type": "scram-sha-256"}, {"role": "batch", "type": "none"}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_md5_role_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"password_hashes": [{"role": "legacy", "type": "md5"}, {"role": "admin", "type": "scram-sha-256"}]}), _r("db2", {})])
}

test_missing_password_hashes_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["password_hashes"]), _r("db2", {})])
}

test_null_password_hashes_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"password_hashes": null}), _r("db2", {})])
}

test_wrong_type_password_hashes_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"password_hashes": "md5"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_message_names_the_role if {
	some e in policy.deny with input as _in([_r("db1", {"password_hashes": [{"role": "<b>legacy\"", "type": "md5"}]})])
	contains(e.msg, "<b>legacy\"")
}
