package hipaa.lib.aws_backup_test

import data.hipaa.lib.aws_backup
import rego.v1

_vol(id, tags) := {"id": concat("", ["arn:aws:ec2:us-east-1:111122223333:volume/", id]), "account": "111122223333", "region": "us-east-1", "tags": tags}

_sel(resources, tags, conditions) := {"name": "s", "resources": resources, "not_resources": [], "tags": tags, "conditions": conditions}

_plan(selections) := {"id": "plan", "account": "111122223333", "region": "us-east-1", "selections": selections}

_inv(selections) := {"resources": {"aws_backup_plan": [_plan(selections)]}}

# The ids of these resources that the plan covers.
_covered(resources) := {r.id | some r in resources; aws_backup.covered(r)}

_v1 := _vol("vol-1", {"backup": "daily"})

_v2 := _vol("vol-2", {})

test_arn_pattern_covers if {
	_covered([_v1, _v2]) == {_v1.id, _v2.id} with input as _inv([_sel(["arn:aws:ec2:*:*:volume/*"], [], {})])
}

# `*` crosses dots: glob.match with [] delimiters would have stopped at the first ".".
test_star_crosses_dots if {
	r := _vol("vol.with.dots", {})
	_covered([r]) == {r.id} with input as _inv([_sel(["arn:aws:ec2:us-east-1:*"], [], {})])
}

test_list_of_tags_is_or if {
	r := _vol("v3", {"tier": "gold"})
	_covered([_v1, _v2, r]) == {_v1.id, r.id} with input as _inv([_sel([], [{"key": "backup", "value": "daily"}, {"key": "tier", "value": "gold"}], {})])
}

# A tag condition narrows an ARN selection (AND): it never widens it to untagged volumes.
test_conditions_narrow_resources if {
	_covered([_v1, _v2]) == {_v1.id} with input as _inv([_sel(["arn:aws:ec2:*:*:volume/*"], [], {"string_equals": [{"key": "backup", "value": "daily"}]})])
}

test_list_of_tags_narrows_resources if {
	_covered([_v1, _v2]) == {_v1.id} with input as _inv([_sel(["arn:aws:ec2:*:*:volume/*"], [{"key": "backup", "value": "daily"}], {})])
}

test_every_condition_must_hold if {
	r := _vol("v3", {"backup": "daily", "stage": "prod"})
	_covered([_v1, r]) == {r.id} with input as _inv([_sel([], [], {"string_equals": [{"key": "backup", "value": "daily"}, {"key": "stage", "value": "prod"}]})])
}

test_string_like_and_negations if {
	prod := _vol("prod", {"stage": "production"})
	dev := _vol("dev", {"stage": "dev"})
	untagged := _vol("none", {})
	_covered([prod, dev, untagged]) == {prod.id} with input as _inv([_sel([], [], {"string_like": [{"key": "stage", "value": "prod*"}]})])
	_covered([prod, dev, untagged]) == {prod.id, untagged.id} with input as _inv([_sel([], [], {"string_not_equals": [{"key": "stage", "value": "dev"}]})])
	_covered([prod, dev, untagged]) == {dev.id, untagged.id} with input as _inv([_sel([], [], {"string_not_like": [{"key": "stage", "value": "*rod*"}]})])
}

test_unknown_condition_kind_covers_nothing if {
	_covered([_v1]) == set() with input as _inv([_sel(["*"], [], {"StringFancy": [{"key": "backup", "value": "daily"}]})])
}

test_malformed_conditions_cover_nothing if {
	_covered([_v1]) == set() with input as _inv([_sel(["*"], [], {"string_equals": "backup=daily"})])
	_covered([_v1]) == set() with input as _inv([_sel(["*"], [], {"string_equals": [{"key": "backup", "value": null}]})])
	_covered([_v1]) == set() with input as _inv([_sel(["*"], [], null)])
}

test_selection_without_conditions_field_still_counts if {
	_covered([_v1]) == {_v1.id} with input as _inv([{"resources": ["*"], "not_resources": [], "tags": []}])
}

test_empty_selection_picks_everything if {
	_covered([_v1, _v2]) == {_v1.id, _v2.id} with input as _inv([_sel([], [], {})])
}

test_not_resources_excludes if {
	inv := _inv([object.union(_sel(["*"], [], {}), {"not_resources": ["arn:aws:ec2:*:*:volume/vol-1"]})])
	_covered([_v1, _v2]) == {_v2.id} with input as inv
}

test_other_region_or_account_does_not_cover if {
	_covered([object.union(_v1, {"region": "eu-west-1"}), object.union(_v2, {"account": "999999999999"})]) == set() with input as _inv([_sel(["*"], [], {})])
}

test_unreadable_selections_cover_nothing if {
	_covered([_v1]) == set() with input as {"resources": {"aws_backup_plan": [{"id": "p", "account": "111122223333", "region": "us-east-1"}]}}
	_covered([_v1]) == set() with input as {"resources": {"aws_backup_plan": [object.union(_plan([]), {"selections": null})]}}
	_covered([_v1]) == set() with input as {"resources": {"aws_backup_plan": [object.union(_plan([]), {"selections": "all"})]}}
}

test_malformed_selection_covers_nothing_but_others_still_do if {
	_covered([_v1]) == set() with input as _inv(["*", object.union(_sel(["*"], [], {}), {"resources": "*"}), object.union(_sel(["*"], [], {}), {"not_resources": null})])
	_covered([_v1]) == {_v1.id} with input as _inv([object.union(_sel(["*"], [], {}), {"tags": null}), _sel(["*"], [], {})])
}

test_resource_without_region_or_id_is_not_covered if {
	_covered([object.remove(_v1, ["region"]), object.union(_v2, {"region": null})]) == set() with input as _inv([_sel(["*"], [], {})])
	count([r | some r in [object.union(_v1, {"id": 5})]; aws_backup.covered(r)]) == 0 with input as _inv([_sel(["*"], [], {})])
}

test_unreadable_resource_tags_never_match_a_tag if {
	_covered([object.remove(_v1, ["tags"]), object.union(_v2, {"tags": "backup=daily"})]) == set() with input as _inv([_sel([], [{"key": "backup", "value": "daily"}], {})])
}
