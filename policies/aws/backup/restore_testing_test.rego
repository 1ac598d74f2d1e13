package hipaa.aws.backup.restore_testing_test

import data.hipaa.aws.backup.restore_testing as policy
import data.hipaa.lib.testing as t
import rego.v1

_s(region, plans) := {"id": concat("/", ["111122223333", region, "backup"]), "name": concat(" ", ["AWS Backup in", region]), "account": "111122223333", "region": region, "restore_testing_plans": plans}

_id(region) := concat("/", ["111122223333", region, "backup"])

_plan(region) := {"id": concat(":", ["plan", region]), "account": "111122223333", "region": region, "selections": []}

_vault(region, n) := {"id": concat(":", ["vault", region]), "account": "111122223333", "region": region, "recovery_points": {"count": n, "unencrypted": []}}

_inv(settings, plans, vaults) := {"resources": {"aws_backup_settings": settings, "aws_backup_plan": plans, "aws_backup_vault": vaults}}

test_plan_exists_passes if {
	t.ids(policy.deny) == set() with input as _inv([_s("us-east-1", ["weekly"])], [_plan("us-east-1")], [])
}

test_no_plan_fails if {
	policy.deny == {{"id": _id("us-east-1"), "msg": "AWS Backup has no restore testing plan in us-east-1."}} with input as _inv([_s("us-east-1", [])], [_plan("us-east-1")], [])
}

test_vault_with_recovery_points_counts_as_in_use if {
	t.ids(policy.deny) == {_id("us-east-1")} with input as _inv([_s("us-east-1", [])], [], [_vault("us-east-1", 4)])
}

test_unreadable_vault_counts_as_in_use if {
	t.ids(policy.deny) == {_id("us-east-1")} with input as _inv([_s("us-east-1", [])], [], [{"id": "v", "account": "111122223333", "region": "us-east-1"}])
}

test_unused_region_is_not_applicable if {
	inv := _inv([_s("eu-west-1", [])], [_plan("us-east-1")], [_vault("eu-west-1", 0), _vault("us-east-1", 3)])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {_id("eu-west-1"): "AWS Backup holds nothing in eu-west-1 (no backup plan, no recovery point): there is no backup to test."} with input as inv
}

test_other_account_does_not_count if {
	inv := _inv([_s("us-east-1", [])], [object.union(_plan("us-east-1"), {"account": "999999999999"})], [])
	t.ids(policy.not_applicable) == {_id("us-east-1")} with input as inv
}

# OPA hoisted `not count(r.restore_testing_plans) > 0`: a missing list made the rule undefined (a pass).
test_missing_field_fails if {
	policy.deny == {{"id": _id("us-east-1"), "msg": "AWS Backup in us-east-1: its restore testing plans could not be read."}} with input as _inv([object.remove(_s("us-east-1", []), ["restore_testing_plans"])], [], [])
}

test_null_field_fails if {
	t.ids(policy.deny) == {_id("us-east-1")} with input as _inv([_s("us-east-1", null)], [_plan("us-east-1")], [])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {_id("us-east-1")} with input as _inv([_s("us-east-1", "weekly")], [_plan("us-east-1")], [])
}

test_missing_region_is_judged if {
	t.ids(policy.deny) == {"x"} with input as _inv([{"id": "x", "restore_testing_plans": []}], [], [])
}

test_some_of_several_fail if {
	inv := _inv(
		[_s("us-east-1", ["weekly"]), _s("us-east-2", []), _s("eu-west-1", []), object.remove(_s("ap-south-1", []), ["restore_testing_plans"])],
		[_plan("us-east-1"), _plan("us-east-2")],
		[],
	)
	t.ids(policy.deny) == {_id("us-east-2"), _id("ap-south-1")} with input as inv
	t.ids(policy.not_applicable) == {_id("eu-west-1")} with input as inv
}
