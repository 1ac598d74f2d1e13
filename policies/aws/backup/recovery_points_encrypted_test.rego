package hipaa.aws.backup.recovery_points_encrypted_test

import data.hipaa.aws.backup.recovery_points_encrypted as policy
import data.hipaa.lib.testing as t
import rego.v1

_v(id, n, unencrypted) := {"id": id, "name": id, "recovery_points": {"count": n, "unencrypted": unencrypted}}

_inv(vaults) := t.inventory("aws_backup_vault", vaults)

test_all_encrypted_passes if {
	inv := _inv([_v("a", 3, [])])
	t.ids(policy.deny) == set() with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_unencrypted_fails if {
	policy.deny == {{"id": "a", "msg": "Backup vault a holds 2 unencrypted recovery points."}} with input as _inv([_v("a", 3, ["rp-1", "rp-2"])])
}

test_empty_vault_is_not_applicable if {
	inv := _inv([_v("a", 0, [])])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {"a": "Backup vault a holds no recovery points."} with input as inv
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Backup vault a: its recovery points could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([{"id": "a", "name": "a", "recovery_points": null}, _v("b", null, []), _v("c", 1, null)])
}

# count() of a string is its length: a string list of unencrypted points must not be counted as one.
test_wrong_type_fails if {
	policy.deny == {
		{"id": "a", "msg": "Backup vault a: its recovery points could not be read."},
		{"id": "b", "msg": "Backup vault b: its recovery points could not be read."},
		{"id": "c", "msg": "Backup vault c: its recovery points could not be read."},
	} with input as _inv([_v("a", 1, "rp-1"), _v("b", "1", []), {"id": "c", "name": "c", "recovery_points": []}])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:v", "msg": "Backup vault arn:v holds 1 unencrypted recovery points."}} with input as _inv([{"id": "arn:v", "recovery_points": {"count": 1, "unencrypted": ["rp"]}}])
}

test_some_of_several_fail if {
	inv := _inv([_v("ok", 5, []), _v("bad", 5, ["rp"]), _v("empty", 0, []), {"id": "unread", "name": "unread"}])
	t.ids(policy.deny) == {"bad", "unread"} with input as inv
	t.ids(policy.not_applicable) == {"empty"} with input as inv
}
