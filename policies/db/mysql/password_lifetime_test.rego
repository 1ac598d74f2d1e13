package hipaa.db.mysql.password_lifetime_test

import data.hipaa.db.mysql.password_lifetime as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"default_password_lifetime": 180}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_never_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"default_password_lifetime": 0}), _r("db2", {})])
}

test_too_long_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"default_password_lifetime": 720}), _r("db2", {})])
}

test_missing_default_password_lifetime_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["default_password_lifetime"]), _r("db2", {})])
}

test_null_default_password_lifetime_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"default_password_lifetime": null}), _r("db2", {})])
}

test_wrong_type_default_password_lifetime_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"default_password_lifetime": "180"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
