package hipaa.aws.ec2.igw_authorized_vpc_test

import data.hipaa.aws.ec2.igw_authorized_vpc as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "attached_vpc_ids": ["vpc-0a1b2c3d"], "authorized_vpc_ids": ["vpc-0a1b2c3d", "vpc-9f8e7d6c"]}

_inv(rs) := t.inventory("aws_internet_gateway", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Internet gateway a is attached to a VPC not authorized for an internet gateway."}} with input as _inv([object.union(_good, {"attached_vpc_ids": ["vpc-11112222"]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"attached_vpc_ids": ["vpc-11112222"], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_attached_vpc_ids if {
	policy.deny == {{"id": "a", "msg": "Internet gateway a: its attachments or the authorized VPCs could not be read."}} with input as _inv([object.remove(_good, ["attached_vpc_ids"])])
}

test_null_attached_vpc_ids if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"attached_vpc_ids": null})])
}

test_missing_authorized_vpc_ids_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([object.remove(_good, ["authorized_vpc_ids"])])
	t.reasons(policy.not_applicable) == {"a": "The scan named no authorized VPCs (--authorized-igw-vpcs), or the gateway is attached to no VPC."} with input as _inv([object.remove(_good, ["authorized_vpc_ids"])])
}

test_null_authorized_vpc_ids if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"authorized_vpc_ids": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"authorized_vpc_ids": "vpc-0a1b2c3d"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"attached_vpc_ids": "vpc-0a1b2c3d"})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The scan named no authorized VPCs (--authorized-igw-vpcs), or the gateway is attached to no VPC."} with input as _inv([object.union(_good, {"attached_vpc_ids": []})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"attached_vpc_ids": []})])
}
