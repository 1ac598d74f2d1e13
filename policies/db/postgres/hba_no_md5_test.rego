package hipaa.db.postgres.hba_no_md5_test

import data.hipaa.db.postgres.hba_no_md5 as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"hba_rules": [{"line_number": 1, "type": "local", "database": ["all"], "user_name": ["postgres"], "address": null, "netmask": null, "auth_method": "peer", "error": null}, {"line_number": 2, "type": "hostssl", "database": ["all"], "user_name": ["all"], "address": "0.0.0.0", "netmask": "0.0.0.0", "auth_method": "scram-sha-256", "error": null}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_md5_remote_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": [{"line_number": 7, "type": "hostssl", "database": ["all"], "user_name": ["all"], "address": "10.0.0.0", "netmask": null, "auth_method": "md5", "error": null}]}), _r("db2", {})])
}

test_md5_local_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": [{"line_number": 7, "type": "local", "database": ["all"], "user_name": ["all"], "address": null, "netmask": null, "auth_method": "md5", "error": null}]}), _r("db2", {})])
}

test_missing_hba_rules_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["hba_rules"]), _r("db2", {})])
}

test_null_hba_rules_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": null}), _r("db2", {})])
}

test_wrong_type_hba_rules_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": {"line": 1}}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
