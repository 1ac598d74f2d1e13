package hipaa.db.postgres.at_rest_test

import data.hipaa.db.postgres.at_rest as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"host": "db1.internal"}

_r(id, over) := object.union(object.union(_good, {"id": id, "name": id}), over)

_in(resources) := {"collected_at": "2026-12-01T00:00:00Z", "resources": {"postgres_server": resources}}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

test_missing_host_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([object.remove(_r("db1", {}), ["host"]), _r("db2", {})])
}

test_null_host_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"host": null}), _r("db2", {})])
}

test_wrong_type_host_fails if {
	t.ids(policy.deny) == {"db1"} with input as _in([_r("db1", {"host": 5}), _r("db2", {})])
}

test_no_servers_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_no_linked_evidence_not_applicable if {
	t.ids(policy.not_applicable) == {"db1", "db2"} with input as _in([_r("db1", {}), _r("db2", {})])
	t.ids(policy.deny) == set() with input as _in([_r("db1", {}), _r("db2", {})])
}

_enc(ok) := {"id": "db1.internal", "name": "db1.internal", "disk_encryption": {"filesystems": [
	{"device": "/dev/sda1", "mountpoint": "/boot", "fstype": "ext4", "encrypted": false},
	{"device": "/dev/mapper/root", "mountpoint": "/", "fstype": "ext4", "encrypted": ok},
]}}

_with(resources, extra) := object.union(_in(resources), {"resources": extra})

test_encrypted_host_passes if {
	inp := object.union(_in([_r("db1", {})]), {"resources": {"host": [_enc(true)]}})
	t.ids(policy.deny) == set() with input as inp
	t.ids(policy.not_applicable) == set() with input as inp
}

test_unencrypted_host_fails if {
	inp := object.union(_in([_r("db1", {}), _r("db2", {"host": "other"})]), {"resources": {"host": [_enc(false)]}})
	t.ids(policy.deny) == {"db1"} with input as inp
	t.ids(policy.not_applicable) == {"db2"} with input as inp
}

test_host_without_filesystems_fails if {
	inp := object.union(_in([_r("db1", {})]), {"resources": {"host": [{"id": "db1.internal", "name": "db1.internal"}]}})
	t.ids(policy.deny) == {"db1"} with input as inp
}

test_rds_encrypted_passes if {
	inp := object.union(_in([_r("db1", {"host": "x.rds.amazonaws.com"})]), {"resources": {"aws_rds_instance": [{"id": "arn:1", "name": "x", "endpoint_address": "x.rds.amazonaws.com", "storage_encrypted": true}]}})
	t.ids(policy.deny) == set() with input as inp
}

test_rds_unencrypted_fails if {
	inp := object.union(_in([_r("db1", {"host": "x.rds.amazonaws.com"})]), {"resources": {"aws_rds_cluster": [{"id": "arn:2", "name": "x", "endpoint_address": "x.rds.amazonaws.com", "storage_encrypted": false}]}})
	t.ids(policy.deny) == {"db1"} with input as inp
}
