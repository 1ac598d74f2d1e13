package hipaa.aws.backup.fsx_covered_test

import data.hipaa.aws.backup.fsx_covered as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(name, tags) := {"id": concat("", ["arn:aws:fsx:us-east-1:111122223333:file-system/", name]), "name": name, "account": "111122223333", "region": "us-east-1", "tags": tags}

_id(name) := concat("", ["arn:aws:fsx:us-east-1:111122223333:file-system/", name])

_sel(resources, tags) := {"name": "s", "resources": resources, "not_resources": [], "tags": tags, "conditions": {}}

_plan(selections) := {"id": "plan", "account": "111122223333", "region": "us-east-1", "selections": selections}

_inv(resources, selections) := {"resources": {"aws_fsx_file_system": resources, "aws_backup_plan": [_plan(selections)]}}

_by_tag := _sel([], [{"key": "backup", "value": "daily"}])

test_arn_selected_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", {})], [_sel([_id("a")], [])])
}

test_tag_selected_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", {"backup": "daily"})], [_by_tag])
}

test_not_selected_fails if {
	policy.deny == {{"id": _id("a"), "msg": "FSx file system a is not covered by any AWS Backup plan."}} with input as _inv([_r("a", {})], [_by_tag])
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
	t.ids(policy.deny) == {_id("a")} with input as t.inventory("aws_fsx_file_system", [_r("a", {})])
}

test_unreadable_selections_fail if {
	t.ids(policy.deny) == {_id("a")} with input as {"resources": {"aws_fsx_file_system": [_r("a", {})], "aws_backup_plan": [{"id": "p", "account": "111122223333", "region": "us-east-1"}]}}
}

# Tags only matter to a tag-based selection: absent tags still let an ARN selection cover.
test_missing_or_null_tags_with_arn_selection_passes if {
	t.ids(policy.deny) == set() with input as _inv([object.remove(_r("a", {}), ["tags"]), _r("b", null)], [_sel(["*"], [])])
}

test_missing_or_null_tags_with_tag_selection_fails if {
	t.ids(policy.deny) == {_id("a"), _id("b")} with input as _inv([object.remove(_r("a", {}), ["tags"]), _r("b", null)], [_by_tag])
}

test_wrong_type_tags_fail if {
	policy.deny == {{"id": _id("a"), "msg": "FSx file system a: its tags could not be read."}} with input as _inv([_r("a", "backup=daily")], [_sel(["*"], [])])
}

test_missing_or_null_region_fails if {
	t.ids(policy.deny) == {_id("a"), _id("b")} with input as _inv([object.remove(_r("a", {}), ["region"]), object.union(_r("b", {}), {"region": null})], [_sel(["*"], [])])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": _id("a"), "msg": sprintf("FSx file system %s is not covered by any AWS Backup plan.", [_id("a")])}} with input as _inv([object.remove(_r("a", {}), ["name"])], [_by_tag])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {_id("untagged"), _id("excluded"), _id("odd")} with input as _inv(
		[_r("tagged", {"backup": "daily"}), _r("untagged", {}), _r("listed", {}), _r("excluded", {}), _r("odd", 7)],
		[_by_tag, object.union(_sel([_id("listed"), _id("excluded")], []), {"not_resources": [_id("excluded")]})],
	)
}
