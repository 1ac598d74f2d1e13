package hipaa.aws.backup.rds_covered_test

import data.hipaa.aws.backup.rds_covered as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(name, tags) := {"id": concat("", ["arn:aws:rds:us-east-1:111122223333:db:", name]), "name": name, "account": "111122223333", "region": "us-east-1", "tags": tags}

_id(name) := concat("", ["arn:aws:rds:us-east-1:111122223333:db:", name])

_sel(resources, tags) := {"name": "s", "resources": resources, "not_resources": [], "tags": tags, "conditions": {}}

_plan(selections) := {"id": "plan", "account": "111122223333", "region": "us-east-1", "selections": selections}

_inv(resources, selections) := {"resources": {"aws_rds_instance": resources, "aws_backup_plan": [_plan(selections)]}}

_by_tag := _sel([], [{"key": "backup", "value": "daily"}])

test_arn_selected_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", {})], [_sel([_id("a")], [])])
}

test_tag_selected_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", {"backup": "daily"})], [_by_tag])
}

test_not_selected_fails if {
	policy.deny == {{"id": _id("a"), "msg": "RDS instance a is not covered by any AWS Backup plan."}} with input as _inv([_r("a", {})], [_by_tag])
}

test_excluded_fails if {
	t.ids(policy.deny) == {_id("a")} with input as _inv([_r("a", {})], [object.union(_sel(["*"], []), {"not_resources": [_id("a")]})])
}

test_other_region_or_account_fails if {
	t.ids(policy.deny) == {_id("a"), _id("b")} with input as _inv(
		[object.union(_r("a", {}), {"region": "eu-west-1"}), object.union(_r("b", {}), {"account": "999999999999"})],
		[_sel(["*"], [])],
	)
}

test_no_plan_fails if {
	t.ids(policy.deny) == {_id("a")} with input as t.inventory("aws_rds_instance", [_r("a", {})])
}

test_unreadable_selections_fail if {
	t.ids(policy.deny) == {_id("a")} with input as {"resources": {"aws_rds_instance": [_r("a", {})], "aws_backup_plan": [{"id": "p", "account": "111122223333", "region": "us-east-1"}]}}
}

# Tags only matter to a tag-based selection: absent tags still let an ARN selection cover.
test_missing_or_null_tags_with_arn_selection_passes if {
	t.ids(policy.deny) == set() with input as _inv([object.remove(_r("a", {}), ["tags"]), _r("b", null)], [_sel(["*"], [])])
}

test_missing_or_null_tags_with_tag_selection_fails if {
	t.ids(policy.deny) == {_id("a"), _id("b")} with input as _inv([object.remove(_r("a", {}), ["tags"]), _r("b", null)], [_by_tag])
}

test_wrong_type_tags_fail if {
	policy.deny == {{"id": _id("a"), "msg": "RDS instance a: its tags could not be read."}} with input as _inv([_r("a", "backup=daily")], [_sel(["*"], [])])
}

test_missing_or_null_region_fails if {
	t.ids(policy.deny) == {_id("a"), _id("b")} with input as _inv([object.remove(_r("a", {}), ["region"]), object.union(_r("b", {}), {"region": null})], [_sel(["*"], [])])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": _id("a"), "msg": sprintf("RDS instance %s is not covered by any AWS Backup plan.", [_id("a")])}} with input as _inv([object.remove(_r("a", {}), ["name"])], [_by_tag])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {_id("untagged"), _id("excluded"), _id("odd")} with input as _inv(
		[_r("tagged", {"backup": "daily"}), _r("untagged", {}), _r("listed", {}), _r("excluded", {}), _r("odd", 7)],
		[_by_tag, object.union(_sel([_id("listed"), _id("excluded")], []), {"not_resources": [_id("excluded")]})],
	)
}

_cluster(name) := {"id": concat("", ["arn:aws:rds:us-east-1:111122223333:cluster:", name]), "name": name, "account": "111122223333", "region": "us-east-1", "tags": {}}

_member(name, cluster) := object.union(_r(name, {}), {"cluster_id": cluster})

_cluster_inv(dbs, clusters, selections) := {"resources": {"aws_rds_instance": dbs, "aws_rds_cluster": clusters, "aws_backup_plan": [_plan(selections)]}}

# AWS Backup backs up an Aurora / Multi-AZ DB cluster, not its member instances.
test_member_judged_by_its_cluster if {
	t.ids(policy.deny) == {_id("m2"), _id("m3")} with input as _cluster_inv(
		[_member("m1", "covered"), _member("m2", "bare"), _member("m3", "gone")],
		[_cluster("covered"), _cluster("bare")],
		[_sel(["arn:aws:rds:*:*:cluster:covered"], [])],
	)
}

test_member_selected_by_its_own_arn_fails if {
	policy.deny == {{"id": _id("m"), "msg": "RDS instance m: its DB cluster bare is not covered by any AWS Backup plan."}} with input as _cluster_inv(
		[_member("m", "bare")],
		[_cluster("bare")],
		[_sel([_id("m")], [])],
	)
}

test_wrong_type_cluster_id_fails if {
	t.ids(policy.deny) == {_id("a"), _id("b")} with input as _inv([object.union(_r("a", {}), {"cluster_id": 5}), object.union(_r("b", {}), {"cluster_id": ""})], [_sel(["*"], [])])
}

test_null_cluster_id_is_standalone if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_r("a", {}), {"cluster_id": null})], [_sel(["*"], [])])
}
