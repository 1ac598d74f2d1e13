package hipaa.db.postgres.idle_session_timeout_test

import data.hipaa.db.postgres.idle_session_timeout as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"idle_session_timeout": 900000}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_stricter_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"idle_session_timeout": 60000}), _r("db2", {})])
}

test_custom_limit_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"idle_session_timeout": 1800000, "logoff_limit_seconds": 1800}), _r("db2", {})])
}

test_disabled_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"idle_session_timeout": 0}), _r("db2", {})])
}

test_too_long_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"idle_session_timeout": 3600000}), _r("db2", {})])
}

test_over_custom_limit_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"idle_session_timeout": 600000, "logoff_limit_seconds": 300}), _r("db2", {})])
}

test_missing_idle_session_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["idle_session_timeout"]), _r("db2", {})])
}

test_null_idle_session_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"idle_session_timeout": null}), _r("db2", {})])
}

test_wrong_type_idle_session_timeout_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"idle_session_timeout": "15min"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
