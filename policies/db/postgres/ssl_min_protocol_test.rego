package hipaa.db.postgres.ssl_min_protocol_test

import data.hipaa.db.postgres.ssl_min_protocol as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"ssl_min_protocol_version": "TLSv1.2"}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_tls13_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"ssl_min_protocol_version": "TLSv1.3"}), _r("db2", {})])
}

test_tls10_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl_min_protocol_version": "TLSv1"}), _r("db2", {})])
}

test_tls11_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl_min_protocol_version": "TLSv1.1"}), _r("db2", {})])
}

test_empty_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl_min_protocol_version": ""}), _r("db2", {})])
}

test_missing_ssl_min_protocol_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["ssl_min_protocol_version"]), _r("db2", {})])
}

test_null_ssl_min_protocol_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl_min_protocol_version": null}), _r("db2", {})])
}

test_wrong_type_ssl_min_protocol_version_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"ssl_min_protocol_version": 1.2}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
