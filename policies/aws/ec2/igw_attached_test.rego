package hipaa.aws.ec2.igw_attached_test

import data.hipaa.aws.ec2.igw_attached as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "attached_vpc_ids": ["vpc-0a1b2c3d"]}

_inv(rs) := t.inventory("aws_internet_gateway", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Internet gateway a is not attached to any VPC."}} with input as _inv([object.union(_good, {"attached_vpc_ids": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"attached_vpc_ids": [], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_attached_vpc_ids if {
	policy.deny == {{"id": "a", "msg": "Internet gateway a: its attachments could not be read."}} with input as _inv([object.remove(_good, ["attached_vpc_ids"])])
}

test_null_attached_vpc_ids if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"attached_vpc_ids": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"attached_vpc_ids": "vpc-0a1b2c3d"})])
}
