package hipaa.aws.ec2.sg_admin_ports_test

import data.hipaa.aws.ec2.sg_admin_ports as policy
import data.hipaa.lib.testing as t
import rego.v1

_rule(protocol, from, to, cidrs) := {"protocol": protocol, "from_port": from, "to_port": to, "cidrs": cidrs, "source_groups": [], "prefix_lists": []}

_sg(id, ingress) := {"id": id, "name": id, "ingress": ingress}

_inv(groups) := t.inventory("aws_security_group", groups)

test_https_only_passes if {
	t.ids(policy.deny) == set() with input as _inv([_sg("a", [_rule("tcp", 443, 443, ["0.0.0.0/0"])])])
}

test_narrow_source_passes if {
	t.ids(policy.deny) == set() with input as _inv([_sg("a", [_rule("tcp", 22, 22, ["10.0.0.0/8"]), _rule("all", null, null, ["192.168.0.0/16"])])])
}

test_no_rules_passes if {
	t.ids(policy.deny) == set() with input as _inv([_sg("a", [])])
}

test_world_port_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a allows the internet to reach port 22."}} with input as _inv([_sg("a", [_rule("tcp", 22, 22, ["0.0.0.0/0"])])])
}

test_ipv6_range_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a allows the internet to reach port 3389."}} with input as _inv([_sg("a", [_rule("6", 3389 - 10, 3389 + 10, ["::/0"])])])
}

test_all_traffic_fails_for_every_port if {
	count(policy.deny) == count(policy._ports) with input as _inv([_sg("a", [_rule("all", 0, 65535, ["0.0.0.0/0"])])])
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", [_rule("all", null, null, ["0.0.0.0/0"])])])
}

test_udp_is_not_judged if {
	t.ids(policy.deny) == set() with input as _inv([_sg("a", [_rule("udp", 22, 22, ["0.0.0.0/0"])])])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Security group a: its ingress rules could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_sg("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "obj"} with input as _inv([_sg("str", "open"), _sg("obj", {"protocol": "all"})])
}

# Defect: `some cidr in <scalar>` raised and blinded the control for every group.
test_scalar_cidrs_fail_only_their_group if {
	t.ids(policy.deny) == {"bool", "null", "str", "open"} with input as _inv([
		_sg("bool", [_rule("tcp", 22, 22, false)]),
		_sg("null", [_rule("tcp", 22, 22, null)]),
		_sg("str", [_rule("tcp", 22, 22, "0.0.0.0/0")]),
		_sg("open", [_rule("tcp", 22, 22, ["0.0.0.0/0"])]),
		_sg("closed", [_rule("tcp", 22, 22, ["10.0.0.0/8"])]),
	])
}

# null orders below every number: a TCP rule with a null port range is unreadable, never "covers nothing".
test_null_ports_fail if {
	t.ids(policy.deny) == {"from", "to", "str"} with input as _inv([
		_sg("from", [_rule("tcp", null, 22, ["10.0.0.0/8"])]),
		_sg("to", [_rule("tcp", 22, null, ["10.0.0.0/8"])]),
		_sg("str", [_rule("tcp", "22", "22", ["10.0.0.0/8"])]),
	])
}

test_malformed_rule_fails if {
	t.ids(policy.deny) == {"scalar", "noproto", "numproto"} with input as _inv([
		_sg("scalar", ["tcp/22"]),
		_sg("noproto", [{"from_port": 22, "to_port": 22, "cidrs": []}]),
		_sg("numproto", [_rule(6, 22, 22, [])]),
	])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "Security group arn:a allows the internet to reach port 22."}} with input as _inv([{"id": "arn:a", "ingress": [_rule("tcp", 22, 22, ["0.0.0.0/0"])]}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"world", "broken"} with input as _inv([
		_sg("narrow", [_rule("tcp", 22, 22, ["10.0.0.0/8"])]),
		_sg("world", [_rule("tcp", 0, 65535, ["0.0.0.0/0"])]),
		_sg("broken", [_rule("tcp", 22, 22, true)]),
		_sg("web", [_rule("tcp", 443, 443, ["0.0.0.0/0", "::/0"])]),
	])
}
