package hipaa.aws.ec2.ssm_managed_test

import data.hipaa.aws.ec2.ssm_managed as policy
import data.hipaa.lib.testing as t
import rego.v1

_i(id, state) := {"id": id, "name": id, "account": "111122223333", "region": "us-east-1", "instance_id": id, "state": state}

_m(iid) := {"id": concat("", ["mi:", iid]), "account": "111122223333", "region": "us-east-1", "instance_id": iid}

_inv(instances, managed) := {"resources": {"aws_ec2_instance": instances, "aws_ssm_managed_instance": managed}}

test_managed_passes if {
	t.ids(policy.deny) == set() with input as _inv([_i("i-1", "running"), _i("i-2", "pending")], [_m("i-1"), _m("i-2")])
}

test_unmanaged_fails if {
	policy.deny == {{"id": "i-1", "msg": "EC2 instance i-1 is not managed by Systems Manager."}} with input as _inv([_i("i-1", "running")], [])
}

test_managed_elsewhere_does_not_count if {
	t.ids(policy.deny) == {"i-1", "i-2"} with input as _inv(
		[_i("i-1", "running"), object.union(_i("i-2", "running"), {"account": "999999999999"})],
		[object.union(_m("i-1"), {"region": "eu-west-1"}), _m("i-2")],
	)
}

test_stopped_instances_are_not_applicable if {
	inv := _inv([_i("i-1", "stopped"), _i("i-2", "terminated"), _i("i-3", "stopping"), _i("i-4", "shutting-down")], [])
	t.ids(policy.deny) == set() with input as inv
	t.ids(policy.not_applicable) == {"i-1", "i-2", "i-3", "i-4"} with input as inv
	t.reasons(policy.not_applicable)["i-1"] == "EC2 instance i-1 is stopped: the SSM Agent only reports from a running instance." with input as inv
}

# OPA hoisted `not i.state in {...}`: a missing state made the rule undefined and the instance passed.
test_missing_field_fails if {
	policy.deny == {{"id": "i-1", "msg": "EC2 instance i-1: its state could not be read."}} with input as _inv([object.remove(_i("i-1", "running"), ["state"])], [_m("i-1")])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"i-1"} with input as _inv([_i("i-1", null)], [_m("i-1")])
}

test_wrong_type_or_unknown_state_fails if {
	t.ids(policy.deny) == {"i-1", "i-2", "i-3"} with input as _inv([_i("i-1", 16), _i("i-2", ""), _i("i-3", "rebooting-ish")], [_m("i-1"), _m("i-2"), _m("i-3")])
}

test_missing_or_wrong_instance_id_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv(
		[object.remove(_i("a", "running"), ["instance_id"]), object.union(_i("b", "running"), {"instance_id": null})],
		[_m("a"), _m("b")],
	)
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:i", "msg": "EC2 instance arn:i is not managed by Systems Manager."}} with input as _inv([object.remove(_i("arn:i", "running"), ["name"])], [])
}

test_some_of_several_fail if {
	inv := _inv(
		[_i("i-1", "running"), _i("i-2", "running"), _i("i-3", "stopped"), object.remove(_i("i-4", "running"), ["state"])],
		[_m("i-1"), _m("i-4")],
	)
	t.ids(policy.deny) == {"i-2", "i-4"} with input as inv
	t.ids(policy.not_applicable) == {"i-3"} with input as inv
}
