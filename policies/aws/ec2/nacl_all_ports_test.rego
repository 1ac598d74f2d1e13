package hipaa.aws.ec2.nacl_all_ports_test

import data.hipaa.aws.ec2.nacl_all_ports as policy
import data.hipaa.lib.testing as t
import rego.v1

_e(n, action, protocol, from, to, cidr) := {"rule_number": n, "action": action, "protocol": protocol, "from_port": from, "to_port": to, "cidr": cidr}

_acl(id, ingress) := {"id": id, "name": id, "ingress": ingress}

_inv(acls) := t.inventory("aws_network_acl", acls)

_catch_all := _e(32767, "deny", "all", 0, 65535, "0.0.0.0/0")

test_narrow_entries_pass if {
	t.ids(policy.deny) == set() with input as _inv([
		_acl("a", [_e(100, "allow", "tcp", 443, 443, "0.0.0.0/0"), _e(110, "allow", "all", 0, 65535, "10.0.0.0/8"), _catch_all]),
		_acl("b", []),
		_acl("c", [_e(90, "deny", "all", 0, 65535, "0.0.0.0/0"), _e(100, "allow", "all", 0, 65535, "0.0.0.0/0")]),
	])
}

test_default_acl_fails if {
	policy.deny == {{"id": "a", "msg": "Network ACL a allows every port from the internet."}} with input as _inv([_acl("a", [_e(100, "allow", "all", 0, 65535, "0.0.0.0/0"), _catch_all])])
}

test_each_way_to_fail if {
	t.ids(policy.deny) == {"a"} with input as _inv([_acl("a", [_e(100, "allow", "-1", null, null, "::/0")])])
	t.ids(policy.deny) == {"a"} with input as _inv([_acl("a", [_e(100, "allow", "tcp", 0, 65535, "0.0.0.0/0")])])
	t.ids(policy.deny) == {"a"} with input as _inv([_acl("a", [_e(100, "allow", "all", 0, 65535, "0.0.0.0/0"), _e(110, "deny", "all", 0, 65535, "0.0.0.0/0")])])
}

test_only_open_acl_fails if {
	t.ids(policy.deny) == {"b"} with input as _inv([_acl("a", [_e(100, "allow", "all", 0, 65535, "10.0.0.0/8")]), _acl("b", [_e(100, "allow", "all", 0, 65535, "0.0.0.0/0")])])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Network ACL a: its inbound entries could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_acl("a", null)])
}

test_wrong_types_fail if {
	t.ids(policy.deny) == {"str", "num", "ports"} with input as _inv([
		_acl("str", "open"),
		_acl("num", [_e(null, "allow", "all", 0, 65535, "10.0.0.0/8")]),
		_acl("ports", [_e(100, "allow", "udp", "0", 65535, "10.0.0.0/8")]),
		_acl("ok", [_e(100, "allow", "udp", 53, 53, "10.0.0.0/8")]),
	])
}
