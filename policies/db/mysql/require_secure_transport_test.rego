package hipaa.db.mysql.require_secure_transport_test

import data.hipaa.db.mysql.require_secure_transport as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"require_secure_transport": true}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"require_secure_transport": false}), _r("db2", {})])
}

test_missing_require_secure_transport_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["require_secure_transport"]), _r("db2", {})])
}

test_null_require_secure_transport_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"require_secure_transport": null}), _r("db2", {})])
}

test_wrong_type_require_secure_transport_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"require_secure_transport": "ON"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
