package hipaa.aws.ec2.default_sg_closed_test

import data.hipaa.aws.ec2.default_sg_closed as policy
import data.hipaa.lib.testing as t
import rego.v1

_rule := {"protocol": "all", "from_port": null, "to_port": null, "cidrs": ["0.0.0.0/0"], "source_groups": [], "prefix_lists": []}

_sg(id, is_default, ingress, egress) := {"id": id, "name": id, "vpc_id": "vpc-1", "is_default": is_default, "ingress": ingress, "egress": egress}

_inv(groups) := t.inventory("aws_security_group", groups)

test_closed_default_passes if {
	t.ids(policy.deny) == set() with input as _inv([_sg("a", true, [], [])])
}

test_default_with_ingress_fails if {
	policy.deny == {{"id": "a", "msg": "Default security group a of vpc-1 has rules."}} with input as _inv([_sg("a", true, [_rule], [])])
}

test_default_with_egress_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", true, [], [_rule])])
}

test_other_groups_are_not_applicable if {
	inv := _inv([_sg("web", false, [_rule], [_rule]), _sg("default", true, [], [])])
	t.ids(policy.deny) == set() with input as inv
	t.reasons(policy.not_applicable) == {"web": "Security group web is not the default security group of its VPC."} with input as inv
}

test_missing_vpc_id_is_named_unknown if {
	policy.deny == {{"id": "a", "msg": "Default security group a of unknown has rules."}} with input as _inv([object.remove(_sg("a", true, [_rule], []), ["vpc_id"])])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a: whether it is a default security group could not be read."}} with input as _inv([object.remove(_sg("a", true, [], []), ["is_default"])])
}

test_null_field_fails if {
	inv := _inv([_sg("a", null, [], [])])
	t.ids(policy.deny) == {"a"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num"} with input as _inv([_sg("str", "true", [], []), _sg("num", 1, [], [])])
}

test_unreadable_rules_fail if {
	t.ids(policy.deny) == {"missing", "null-in", "null-out", "str"} with input as _inv([
		object.remove(_sg("missing", true, [], []), ["ingress"]),
		_sg("null-in", true, null, []),
		_sg("null-out", true, [], null),
		_sg("str", true, "none", []),
	])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "Default security group arn:a of vpc-1 has rules."}} with input as _inv([{"id": "arn:a", "vpc_id": "vpc-1", "is_default": true, "ingress": [_rule], "egress": []}])
}

test_some_of_several_fail if {
	inv := _inv([
		_sg("closed", true, [], []),
		_sg("open", true, [_rule], [_rule]),
		_sg("null", null, [], []),
		_sg("other", false, [_rule], []),
	])
	t.ids(policy.deny) == {"open", "null"} with input as inv
	t.ids(policy.not_applicable) == {"other"} with input as inv
}
