package hipaa.db.postgres.wal_archiving_test

import data.hipaa.db.postgres.wal_archiving as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"archive_mode": "on", "archive_command": "pgbackrest --stanza=main archive-push %p", "archive_library": ""}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_library_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"archive_command": "", "archive_library": "basic_archive"}), _r("db2", {})])
}

test_always_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"archive_mode": "always"}), _r("db2", {})])
}

test_off_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archive_mode": "off"}), _r("db2", {})])
}

test_no_command_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archive_command": "(disabled)", "archive_library": ""}), _r("db2", {})])
}

test_command_not_string_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archive_command": 5, "archive_library": ""}), _r("db2", {})])
}

test_missing_archive_mode_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["archive_mode"]), _r("db2", {})])
}

test_null_archive_mode_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archive_mode": null}), _r("db2", {})])
}

test_wrong_type_archive_mode_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archive_mode": true}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_missing_archive_command_and_library_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["archive_command", "archive_library"]), _r("db2", {})])
}
