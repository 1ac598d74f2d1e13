package hipaa.db.postgres.archiver_healthy_test

import data.hipaa.db.postgres.archiver_healthy as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"archive_mode": "on", "archiver": {"archived_count": 120, "failed_count": 0, "last_archived_time": "2026-11-30T10:00:00+00:00", "last_failed_time": null}}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_failed_then_recovered_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"archiver": {"archived_count": 120, "failed_count": 3, "last_archived_time": "2026-11-30T10:00:00+00:00", "last_failed_time": "2026-11-29T10:00:00+00:00"}}), _r("db2", {})])
}

test_failing_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archiver": {"archived_count": 120, "failed_count": 3, "last_archived_time": "2026-11-30T10:00:00+00:00", "last_failed_time": "2026-11-30T11:00:00+00:00"}}), _r("db2", {})])
}

test_never_archived_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archiver": {"archived_count": 120, "failed_count": 1, "last_archived_time": null, "last_failed_time": "2026-11-30T11:00:00+00:00"}}), _r("db2", {})])
}

test_mode_unknown_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archive_mode": "maybe"}), _r("db2", {})])
}

test_stats_wrong_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archiver": {"failed_count": "0"}}), _r("db2", {})])
}

test_missing_archive_mode_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["archive_mode"]), _r("db2", {})])
}

test_missing_archiver_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["archiver"]), _r("db2", {})])
}

test_null_archive_mode_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archive_mode": null}), _r("db2", {})])
}

test_null_archiver_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archiver": null}), _r("db2", {})])
}

test_wrong_type_archiver_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"archiver": [1]}), _r("db2", {})])
}

test_archiving_off_not_applicable if {
	t.ids(policy.not_applicable) == {"db1"} with input as _in([_r("db1", {"archive_mode": "off"}), _r("db2", {})])
	t.ids(policy.deny) == set() with input as _in([_r("db1", {"archive_mode": "off"}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
