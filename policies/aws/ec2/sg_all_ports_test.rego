package hipaa.aws.ec2.sg_all_ports_test

import data.hipaa.aws.ec2.sg_all_ports as policy
import data.hipaa.lib.testing as t
import rego.v1

_rule(protocol, from, to, cidrs) := {"protocol": protocol, "from_port": from, "to_port": to, "cidrs": cidrs, "source_groups": [], "prefix_lists": []}

_sg(id, ingress) := {"id": id, "name": id, "ingress": ingress}

_inv(groups) := t.inventory("aws_security_group", groups)

test_narrow_rules_pass if {
	t.ids(policy.deny) == set() with input as _inv([
		_sg("a", [_rule("tcp", 443, 443, ["0.0.0.0/0"]), _rule("all", 0, 65535, ["10.0.0.0/8"]), _rule("udp", 1, 65535, ["0.0.0.0/0"])]),
		_sg("b", []),
	])
}

test_all_traffic_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a allows the internet to reach every port."}} with input as _inv([_sg("a", [_rule("all", 0, 65535, ["0.0.0.0/0"])])])
}

test_each_way_to_fail if {
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("-1", null, null, ["::/0"])])])
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("tcp", 0, 65535, ["0.0.0.0/0"])])])
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("17", 0, 65535, ["::/0"])])])
}

test_only_open_group_fails if {
	t.ids(policy.deny) == {"b"} with input as _inv([_sg("a", [_rule("all", 0, 65535, ["10.0.0.0/8"])]), _sg("b", [_rule("all", 0, 65535, ["0.0.0.0/0"])])])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a: its ingress rules could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", null)])
}

test_wrong_types_fail if {
	t.ids(policy.deny) == {"str", "cidrs", "ports", "proto"} with input as _inv([
		_sg("str", "open"),
		_sg("cidrs", [_rule("all", 0, 65535, "0.0.0.0/0")]),
		_sg("ports", [_rule("udp", null, 65535, ["10.0.0.0/8"])]),
		_sg("proto", [_rule(6, 0, 65535, ["10.0.0.0/8"])]),
		_sg("ok", [_rule("tcp", 443, 443, ["10.0.0.0/8"])]),
	])
}
