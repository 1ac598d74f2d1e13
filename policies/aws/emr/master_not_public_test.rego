package hipaa.aws.emr.master_not_public_test

import data.hipaa.aws.emr.master_not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_c(id, dns) := {"id": id, "name": id, "master_public_dns": dns}

_inv(cs) := t.inventory("aws_emr_cluster", cs)

test_no_public_name_passes if {
	t.ids(policy.deny) == set() with input as _inv([_c("a", null)])
}

test_private_name_passes if {
	t.ids(policy.deny) == set() with input as _inv([_c("a", "ip-10-0-1-5.ec2.internal"), _c("b", "host.eu-west-1.compute.internal")])
}

test_public_name_fails if {
	policy.deny == {{"id": "a", "msg": "EMR cluster a has a public master node (ec2-54-1-2-3.compute-1.amazonaws.com)."}} with input as _inv([_c("a", "ec2-54-1-2-3.compute-1.amazonaws.com")])
}

test_missing_name_fails if {
	policy.deny == {{"id": "a", "msg": "EMR cluster a: its master node address could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_name_is_no_public_address if {
	t.ids(policy.deny) == set() with input as _inv([_c("a", null), _c("b", null)])
}

test_wrong_type_name_fails if {
	t.ids(policy.deny) == {"num", "bool", "empty", "list"} with input as _inv([
		_c("num", 12345),
		_c("bool", true),
		_c("empty", ""),
		_c("list", ["ip-10-0-0-1.ec2.internal"]),
	])
}

test_several_clusters if {
	t.ids(policy.deny) == {"public", "gone"} with input as _inv([
		_c("private", "ip-10-0-0-1.ec2.internal"),
		_c("none", null),
		_c("public", "ec2-3-3-3-3.compute-1.amazonaws.com"),
		{"id": "gone"},
	])
}
