package hipaa.aws.ec2.sg_common_ports_test

import data.hipaa.aws.ec2.sg_common_ports as policy
import data.hipaa.lib.testing as t
import rego.v1

_rule(protocol, from, to, cidrs) := {"protocol": protocol, "from_port": from, "to_port": to, "cidrs": cidrs, "source_groups": [], "prefix_lists": []}

_sg(id, ingress) := {"id": id, "name": id, "ingress": ingress}

_inv(groups) := t.inventory("aws_security_group", groups)

test_https_and_narrow_pass if {
	t.ids(policy.deny) == set() with input as _inv([_sg("a", [_rule("tcp", 443, 443, ["0.0.0.0/0"]), _rule("tcp", 3306, 3306, ["10.0.0.0/8"])]), _sg("b", [])])
}

test_each_port_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a allows the internet to reach port 21."}} with input as _inv([_sg("a", [_rule("tcp", 21, 21, ["0.0.0.0/0"])])])
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("tcp", 20, 20, ["0.0.0.0/0"])])])
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("6", 3306, 3306, ["::/0"])])])
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("tcp", 3389, 3389, ["0.0.0.0/0"])])])
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("tcp", 4000, 5000, ["0.0.0.0/0"])])])
}

test_all_traffic_fails_for_every_port if {
	inv := _inv([_sg("a", [_rule("all", 0, 65535, ["0.0.0.0/0"])]), _sg("b", [_rule("tcp", 443, 443, ["0.0.0.0/0"])])])
	t.ids(policy.deny) == {"a"} with input as inv
	count(policy.deny) == 5 with input as inv # one entry per admin or database port
}

test_only_open_group_fails if {
	t.ids(policy.deny) == {"b"} with input as _inv([_sg("a", [_rule("tcp", 21, 21, ["10.0.0.0/8"])]), _sg("b", [_rule("tcp", 21, 21, ["0.0.0.0/0"])])])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a: its ingress rules could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", null)])
}

test_wrong_types_fail if {
	t.ids(policy.deny) == {"str", "cidrs", "ports"} with input as _inv([
		_sg("str", "open"),
		_sg("cidrs", [_rule("tcp", 21, 21, "0.0.0.0/0")]),
		_sg("ports", [_rule("tcp", null, 21, ["10.0.0.0/8"])]),
	])
}
