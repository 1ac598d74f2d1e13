package hipaa.db.postgres.hba_no_plaintext_remote_test

import data.hipaa.db.postgres.hba_no_plaintext_remote as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"hba_rules": [{"line_number": 1, "type": "local", "database": ["all"], "user_name": ["all"], "address": null, "netmask": null, "auth_method": "peer", "error": null}, {"line_number": 2, "type": "host", "database": ["all"], "user_name": ["all"], "address": "127.0.0.1", "netmask": "255.255.255.255", "auth_method": "scram-sha-256", "error": null}, {"line_number": 3, "type": "hostssl", "database": ["all"], "user_name": ["all"], "address": "10.0.0.0", "netmask": "255.0.0.0", "auth_method": "scram-sha-256", "error": null}]}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_ipv6_loopback_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"hba_rules": [{"line_number": 1, "type": "host", "database": ["all"], "user_name": ["all"], "address": "::1", "netmask": null, "auth_method": "scram-sha-256", "error": null}]}), _r("db2", {})])
}

test_host_remote_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": [{"line_number": 4, "type": "host", "database": ["all"], "user_name": ["all"], "address": "10.0.0.0", "netmask": "255.0.0.0", "auth_method": "scram-sha-256", "error": null}]}), _r("db2", {})])
}

test_hostnossl_all_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": [{"line_number": 4, "type": "hostnossl", "database": ["all"], "user_name": ["all"], "address": "all", "netmask": null, "auth_method": "scram-sha-256", "error": null}]}), _r("db2", {})])
}

test_host_samenet_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": [{"line_number": 4, "type": "host", "database": ["all"], "user_name": ["all"], "address": "samenet", "netmask": null, "auth_method": "scram-sha-256", "error": null}]}), _r("db2", {})])
}

test_missing_hba_rules_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["hba_rules"]), _r("db2", {})])
}

test_null_hba_rules_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": null}), _r("db2", {})])
}

test_wrong_type_hba_rules_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"hba_rules": "host all all 0.0.0.0/0 md5"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
