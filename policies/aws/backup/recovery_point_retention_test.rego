package hipaa.aws.backup.recovery_point_retention_test

import data.hipaa.aws.backup.recovery_point_retention as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "recovery_points": {"count": 2, "unencrypted": [], "short_retention": []}}

_inv(rs) := t.inventory("aws_backup_vault", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Backup vault a holds recovery points kept less than 35 days."}} with input as _inv([object.union(_good, {"recovery_points": {"count": 2, "unencrypted": [], "short_retention": ["arn:rp"]}})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"recovery_points": {"count": 2, "unencrypted": [], "short_retention": ["arn:rp"]}, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_recovery_points if {
	policy.deny == {{"id": "a", "msg": "Backup vault a: its recovery points could not be read."}} with input as _inv([object.remove(_good, ["recovery_points"])])
}

test_null_recovery_points if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"recovery_points": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"recovery_points": {"count": 2, "short_retention": "arn:rp"}})])
}
