package hipaa.db.mysql.tls_version_test

import data.hipaa.db.mysql.tls_version as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"tls_version": "TLSv1.2,TLSv1.3"}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"mysql_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_only13_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"tls_version": "TLSv1.3"}), _r("db2", {})])
}

test_tls11_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"tls_version": "TLSv1.1,TLSv1.2,TLSv1.3"}), _r("db2", {})])
}

test_empty_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"tls_version": ""}), _r("db2", {})])
}

test_missing_tls_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["tls_version"]), _r("db2", {})])
}

test_null_tls_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"tls_version": null}), _r("db2", {})])
}

test_wrong_type_tls_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"tls_version": ["TLSv1.2"]}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
